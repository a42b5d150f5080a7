// Search latency over a fixed set of Arabic queries (names, places, clitic-attached forms,
// phrases, filters) on a database built by bench/ingest.ts, plus the entity page query the web
// UI's entity page makes, the actor graph and the map. Prints p50/p95 per kind; each query runs
// once cold, then `--runs` times warm (percentiles are over the warm runs). Beside wall time it
// prints this process's CPU time per call and the load average, since on a shared machine the
// wall time says as much about the neighbours as about Rasid.
//   node --import tsx bench/ingest.ts --db /tmp/rasid-snn.db      (once)
//   node --import tsx bench/search.ts --db /tmp/rasid-snn.db [--runs 5]
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open.ts";
import type { SearchQuery } from "../src/store/store.ts";

const { values: opt } = parseArgs({ options: { db: { type: "string", default: "/tmp/rasid-snn.db" }, runs: { type: "string", default: "5" }, verbose: { type: "boolean" } } });
if (!fs.existsSync(opt.db!)) {
  console.log(`bench/search: no database at ${opt.db}; build it with bench/ingest.ts --db ${opt.db} (needs /work/shared); nothing measured`);
  process.exit(0);
}

const QUERIES: SearchQuery[] = [
  // names
  { q: "سلمان بن عبدالعزيز" }, { q: "محمد بن نايف" }, { q: "أوباما" }, { q: "بوتين" }, { q: "الأسد" }, { q: "عبدربه منصور هادي" },
  { q: "السيسي" }, { q: "أردوغان" }, { q: "روحاني" }, { q: "كيري" },
  // places and organizations
  { q: "الرياض" }, { q: "صنعاء" }, { q: "عدن" }, { q: "الموصل" }, { q: "طهران" }, { q: "القاهرة" }, { q: "مكة المكرمة" },
  { q: "الأمم المتحدة" }, { q: "مجلس التعاون" }, { q: "حزب الله" }, { q: "داعش" }, { q: "الحوثيين" },
  // clitic-attached forms (typed by the user, or only present in the text)
  { q: "بالرياض" }, { q: "وصنعاء" }, { q: "للأمم المتحدة" }, { q: "بالموصل" }, { q: "والحوثيين" },
  // phrases and folding
  { q: '"عاصفة الحزم"' }, { q: "الاتفاق النووي" }, { q: "وزارة الداخلية" }, { q: "إيران" }, { q: "ايران" },
  // with filters
  { q: "هجوم", eventType: "ASSAULT" }, { q: "السعودية", from: "2015-08-01", to: "2015-08-31" }, { q: "", entityType: "PERSON", limit: 20 },
];

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const fmt = (xs: number[], cpuMs?: number) => `p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms` +
  `${cpuMs === undefined ? "" : `  cpu ${(cpuMs / xs.length).toFixed(1)} ms/call`}  (n=${xs.length})`;
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(" ");

const store = await openStore(opt.db!, { mustExist: true });
const runs = Number(opt.runs);
const st = await store.stats();
console.log(`database: ${opt.db} — ${st.documents} documents, ${st.entities} entities, ${st.events} events; ${os.cpus().length} cores, load average ${load()}`);

const cold: number[] = [];
const warm: number[] = [];
let coldCpu = 0, warmCpu = 0;
for (const q of QUERIES) {
  let c = cpuNow();
  let t = performance.now();
  const r = await store.search(q);
  cold.push(performance.now() - t);
  coldCpu += cpuNow() - c;
  c = cpuNow();
  for (let i = 0; i < runs; i++) { t = performance.now(); await store.search(q); warm.push(performance.now() - t); }
  const qCpu = cpuNow() - c;
  warmCpu += qCpu;
  if (opt.verbose) console.log(`  ${JSON.stringify(q)} → ${r.total}${r.approximate ? "+" : ""} hits, ${r.hits.filter((h) => h.match === "substring").length} by substring, ${warm.slice(-runs).reduce((a, b) => Math.max(a, b), 0).toFixed(1)} ms worst warm, cpu ${(qCpu / runs).toFixed(1)} ms/call`);
}
console.log(`search (${QUERIES.length} queries)  cold: ${fmt(cold, coldCpu)}`);
console.log(`search (${QUERIES.length} queries)  warm: ${fmt(warm, warmCpu)}`);

const top = (await store.entities({ limit: 30 })).items;
const page: number[] = [];
let c = cpuNow();
for (const e of top) for (let i = 0; i < runs; i++) { const t = performance.now(); await store.entity(e.id); page.push(performance.now() - t); }
console.log(`entity page (top ${top.length} entities by documents): ${fmt(page, cpuNow() - c)}`);

const other: [string, () => Promise<unknown>][] = [
  ["events page", () => store.events({ limit: 50 })], ["timeline", () => store.timeline({})],
  ["graph (100 nodes)", () => store.graph({ nodes: 100 })],
  ["graph (100 nodes, ASSAULT)", () => store.graph({ nodes: 100, type: "ASSAULT" })],
  ["graph (100 nodes, around wd:Q851)", () => store.graph({ nodes: 100, entity: "wd:Q851" })],
  ["graph (100 nodes, 10 days)", () => store.graph({ nodes: 100, from: "2015-08-01", to: "2015-08-10" })],
  ["geo", () => store.geo({})], ["geo (10 days)", () => store.geo({ from: "2015-08-01", to: "2015-08-10" })],
  ["stats", () => store.stats()],
];
for (const [name, fn] of other) {
  const xs: number[] = [];
  await fn();
  c = cpuNow();
  for (let i = 0; i < runs; i++) { const t = performance.now(); await fn(); xs.push(performance.now() - t); }
  console.log(`${name}: ${fmt(xs, cpuNow() - c)}`);
}
console.log(`load average after: ${load()}`);
await store.close();
