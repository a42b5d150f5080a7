// Ingest throughput and database size on SaudiNewsNet (all of it by default), beside bare
// extraction (the same articles through extract() with no store), so the store's cost shows.
//   node --import tsx bench/ingest.ts [--limit N] [--db FILE] [--no-bare] [--batch N]
//   node --import tsx bench/ingest.ts --contract DOCS.jsonl      (the store alone: no extraction)
// --db keeps the database (bench/search.ts reads it); default is a temporary file.
// --contract times only the store's writes, from contract documents (`rasid export --format jsonl`).
// The corpus is read from $RASID_BENCH_CORPUS, else /work/shared/corpus/saudinewsnet; when it
// is absent the bench says so and measures nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../src/pipeline/run.ts";
import { ingest, Skipper } from "../src/store/ingest.ts";
import { openStore } from "../src/store/open.ts";

const { values: opt } = parseArgs({
  options: { limit: { type: "string" }, db: { type: "string" }, "no-bare": { type: "boolean" }, batch: { type: "string", default: "1000" }, contract: { type: "string" } },
});

if (opt.contract) {
  const docs = fs.readFileSync(opt.contract, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-bench-"));
  const store = await openStore(path.join(dir, "store.db"));
  const size = Number(opt.batch);
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < docs.length; i += size) await store.putBatch(docs.slice(i, i + size));
  const s = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  const bytes = fs.statSync(path.join(dir, "store.db")).size;
  console.log(`store only   : ${docs.length} documents in ${s.toFixed(2)}s = ${(docs.length / s).toFixed(0)} documents/s (${((1000 * s) / docs.length).toFixed(2)} ms each, ` +
    `${((cpu.user + cpu.system) / 1000 / docs.length).toFixed(2)} ms CPU each); ${(bytes / 1e6).toFixed(1)} MB; load average ${os.loadavg()[0].toFixed(1)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const corpus = process.env.RASID_BENCH_CORPUS ?? "/work/shared/corpus/saudinewsnet";
if (!fs.existsSync(corpus)) {
  console.log(`bench/ingest: ${corpus} is absent (no /work/shared here); nothing measured`);
  process.exit(0);
}
const limit = opt.limit ? Number(opt.limit) : Infinity;

/** extract() over the corpus, stopped after `limit` outcomes. */
function outcomes(skip?: Skipper) {
  const ctl = new AbortController();
  let n = 0;
  const gen = extract([corpus], { signal: ctl.signal, skip: skip?.skip });
  return (async function* () {
    for await (const o of gen) {
      yield o;
      if (++n >= limit) ctl.abort();
    }
  })();
}

const mb = (b: number) => (b / 1e6).toFixed(1);

if (!opt["no-bare"]) {
  const t = performance.now();
  let n = 0, failed = 0;
  for await (const o of outcomes()) { n++; if (!o.ok) failed++; }
  const s = (performance.now() - t) / 1000;
  console.log(`bare extract : ${n} articles (${failed} failed) in ${s.toFixed(1)}s = ${(n / s).toFixed(1)} articles/s`);
}

const tmp = opt.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), "rasid-bench-"));
const file = opt.db ?? path.join(tmp!, "bench.db");
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const store = await openStore(file);
const t = performance.now();
const skipper = new Skipper(await store.allIds());
const r = await ingest(store, outcomes(skipper), skipper, { batchSize: Number(opt.batch) });
const s = (performance.now() - t) / 1000;
const st = await store.stats();
await store.close();   // checkpoints the WAL into the main file
const size = fs.statSync(file).size;
console.log(`ingest       : ${r.progress.seen} articles (${r.progress.added} stored, ${r.progress.failed} failed) in ${s.toFixed(1)}s = ${(r.progress.seen / s).toFixed(1)} articles/s`);
console.log(`database     : ${mb(size)} MB (${(size / Math.max(1, st.documents) / 1000).toFixed(1)} kB/article) — ${JSON.stringify({ documents: st.documents, entities: st.entities, quotes: st.quotes, events: st.events })}`);
console.log(`corpus       : ${corpus} (${mb(fs.readdirSync(corpus).reduce((a, f) => a + fs.statSync(path.join(corpus, f)).size, 0))} MB)`);
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
else console.log(`kept         : ${file}`);
