// bench/start-up: what a fresh process pays before its first article, part by part, in CPU ms
// (the process's own time, all threads: comparable under load, unlike wall time): the knowledge
// base from its cache, the gazetteer over it, the lexicons, the NER model (from its binary cache,
// model-cache.ts), the ordinary-word list, the KB's loose matching's first use; then the first
// article through every stage (first touches of the form table and the tagger's arena), and the
// live heap after a full collection (what every later full collection marks). Run each variant in
// its own process, several times, alternating trees: a part's first run in a process is the cost
// every `rasid extract` (and every worker of -j) pays. bench/PERF.md, session 15.
//
//   node --expose-gc --import tsx bench/start-up.ts [FILE.jsonl]
import os from "node:os";
import path from "node:path";
import { kbKey, loadKb } from "../src/kb/index.ts";
import { gazetteerFromKb } from "../src/mentions/kb-gazetteer.ts";
import { loadLexicons } from "../src/mentions/lexicons.ts";
import { MODEL_FILE } from "../src/mentions/resources.ts";
import { loadModel } from "../src/mentions/model/tagger.ts";
import { ordinaryWords } from "../src/mentions/model/features.ts";
import { extract } from "../src/pipeline/run.ts";

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const parts: [string, number][] = [];
function part<T>(name: string, f: () => T): T {
  const c = cpu();
  const x = f();
  parts.push([name, cpu() - c]);
  return x;
}

const file = process.argv[2] ?? path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet/2015-07-21.jsonl");
const kb = part("kb (from its cache)", () => loadKb());
part("gazetteer", () => gazetteerFromKb(kb));
part("lexicons", () => loadLexicons());
part("ner model", () => loadModel(process.env.RASID_NER_MODEL_FILE || MODEL_FILE));
part("ordinary words", () => ordinaryWords().size);
// (the KB's loose matching reads its word lists on the first key that reaches them: its names do)
part("kb loose matching over its first 300 names", () => { for (const e of kb.entries.slice(0, 300)) kb.loose(kbKey(e.name)); });
const c = cpu();
let n = 0;
for await (const o of extract([file], { jobs: 1 })) if (o.ok && ++n >= 1) break;
if (n === 0) throw new Error(`bench/start-up: no article read from ${file}`);
parts.push(["first article (all stages, resources above loaded)", cpu() - c]);
const g = (globalThis as { gc?: () => void }).gc;
if (g) { g(); g(); }
const total = parts.reduce((s, [, ms]) => s + ms, 0);
for (const [name, ms] of parts) console.log(`${ms.toFixed(0).padStart(6)} ms cpu  ${name}`);
console.log(`${total.toFixed(0).padStart(6)} ms cpu  in all (module loading before this not counted)`);
const m = process.memoryUsage();
console.log(`heap ${g ? "after a full collection" : "(run with --expose-gc for the live heap)"}: used ${(m.heapUsed / 1e6).toFixed(1)} MB, array buffers ${(m.arrayBuffers / 1e6).toFixed(1)} MB; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
