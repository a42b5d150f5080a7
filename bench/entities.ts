// Entity throughput: analyze → findMentions → linkEntities over every SaudiNewsNet record
// (title + content), printing KB load time, articles per CPU-second for the entity stages alone and with
// the text layer, entities per article, and peak RSS. Says so and exits 0 without the corpus.
//
//   npx tsx bench/entities.ts [DIR] [--limit N]
import fs from "node:fs";
import path from "node:path";
import { analyze } from "../src/text/analyze.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { linkEntities } from "../src/entities/link-entities.ts";
import { defaultResources } from "../src/mentions/resources.ts";
import type { Document } from "../src/core/document.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "/work/shared/corpus/saudinewsnet";
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Infinity;
if (!fs.existsSync(dir)) { console.log(`bench/entities: ${dir} not found; nothing to measure`); process.exit(0); }

const texts: string[] = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
  for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
    if (!line.trim() || texts.length >= limit) continue;
    try { const r = JSON.parse(line); if (r.content) texts.push(`${r.title ?? ""}\n${r.content}`); } catch { /* skip bad lines */ }
  }
}

let t = performance.now();
const res = defaultResources();
const kbMs = performance.now() - t;

// CPU time, not wall time: the machine is shared, and the budget is per core
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let textMs = 0, entMs = 0, entities = 0, mentions = 0;
for (const text of texts) {
  let t0 = cpu();
  const doc = { text, ...analyze(text), mentions: [] } as unknown as Document;
  textMs += cpu() - t0;
  t0 = cpu();
  doc.mentions = findMentions(doc, res);
  const es = linkEntities(doc, res);
  entMs += cpu() - t0;
  entities += es.length;
  for (const e of es) mentions += e.mentions.length;
}
const n = texts.length;
const mb = texts.reduce((n, s) => n + s.length, 0) / 1e6;

console.log(`articles            ${n} (${mb.toFixed(1)} M chars)`);
console.log(`KB + lexicon load   ${kbMs.toFixed(0)} ms`);
console.log(`entity stages       (CPU) ${(n / (entMs / 1000)).toFixed(0)} articles/s (${(entMs / 1000).toFixed(1)} s)`);
console.log(`text + entities     (CPU) ${(n / ((entMs + textMs) / 1000)).toFixed(0)} articles/s`);
console.log(`entities/article    ${(entities / n).toFixed(1)} (${(mentions / n).toFixed(1)} mentions)`);
console.log(`peak RSS            ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
