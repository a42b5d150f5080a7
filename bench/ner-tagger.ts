// What the statistical name tagger costs per article: findMentions with and without the model on
// SaudiNewsNet records (CPU time, the machine is shared), and the model's load time.
//
//   npx tsx bench/ner-tagger.ts [DIR] [--limit 500]
import fs from "node:fs";
import path from "node:path";
import { analyze } from "../src/text/analyze.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { defaultResources, MODEL_FILE } from "../src/mentions/resources.ts";
import { loadModel } from "../src/mentions/model/tagger.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "/work/shared/corpus/saudinewsnet";
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : 500;
if (!fs.existsSync(dir)) { console.log(`bench/ner-tagger: ${dir} not found`); process.exit(0); }
const texts: string[] = [];
for (const f of fs.readdirSync(dir).sort()) {
  if (texts.length >= limit) break;
  for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
    if (!line.trim() || texts.length >= limit) continue;
    try { const r = JSON.parse(line); if (r.content) texts.push(String(r.content)); } catch { /* not a record */ }
  }
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
loadModel(MODEL_FILE);
const loadMs = cpu() - t;
const res = defaultResources();
const docs = texts.map((text) => ({ text, tokens: analyze(text).tokens }));
const rules = { gaz: res.gaz, lex: res.lex };
const run = (r: typeof res) => { const t0 = cpu(); let n = 0; for (const d of docs) n += findMentions(d, r).length; return { ms: cpu() - t0, n }; };
run(rules); run(res); // warm caches
const a = run(rules), b = run(res), a2 = run(rules), b2 = run(res);
const per = (x: number) => (x / docs.length).toFixed(3);
const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);
console.log(`${docs.length} articles, ${(tokens / docs.length).toFixed(0)} tokens each; model load ${loadMs.toFixed(0)} ms cpu`);
console.log(`findMentions rules only: ${per((a.ms + a2.ms) / 2)} ms/article (${a.n} mentions)`);
console.log(`findMentions + tagger:   ${per((b.ms + b2.ms) / 2)} ms/article (${b.n} mentions)`);
console.log(`tagger cost:             ${per((b.ms + b2.ms - a.ms - a2.ms) / 2)} ms/article (warm word-vector cache)`);
