// What the statistical name tagger itself costs per article: tag() (emissions, Viterbi, document
// memory) and outsideMargin() over the rule mentions of places it leaves untagged (as
// model-mentions.ts combine asks), on SaudiNewsNet records cleaned and
// tokenized as the pipeline does, with the rules' tags computed beforehand (not timed). CPU time
// (the machine is shared): a "cold" pass (the first sight of every word: its vectors are made)
// and warm passes (vectors cached), plus a checksum of the spans and margins, so that two trees
// can be compared for identical output.
//
//   npx tsx bench/ner-tagger.ts [FILE.jsonl ...] [--limit 2000] [--skip 0]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isRasidError } from "../src/core/errors.ts";
import type { Token } from "../src/core/document.ts";
import { readInputs } from "../src/input/read.ts";
import { processArticle } from "../src/pipeline/process.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { defaultResources } from "../src/mentions/resources.ts";
import { ruleTags } from "../src/mentions/model/features.ts";
import { outsideMargin, tag } from "../src/mentions/model/tagger.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const limit = opt("--limit", 2000), skip = opt("--skip", 0);
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const files = named.length ? named
  : fs.existsSync(DEFAULT_DIR) ? fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f)) : [];
if (!files.length) { console.log(`bench/ner-tagger: no corpus at ${DEFAULT_DIR}; nothing to measure.`); process.exit(0); }

const res = defaultResources();
const model = res.model;
if (!model) { console.log("bench/ner-tagger: the model is off (RASID_NER_MODEL=off)"); process.exit(0); }
const rulesOnly = { gaz: res.gaz, lex: res.lex };
interface Doc { tokens: Token[]; rules: string[]; places: [number, number][] }
const docs: Doc[] = [];
let seen = 0;
for await (const r of readInputs(files)) {
  if (docs.length >= limit) break;
  if (seen++ < skip || isRasidError(r)) continue;
  try {
    const doc = processArticle(r, undefined, "text");
    const found = findMentions(doc, rulesOnly);
    docs.push({ tokens: doc.tokens, rules: ruleTags(doc.tokens.length, found), places: found.filter((m) => m.type === "GPE" || m.type === "LOC" || m.type === "FAC").map((m) => [m.tokens.start, m.tokens.end]) });
  } catch (e) { if (!isRasidError(e)) throw e; }
}

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let sum = 0x811c9dc5 | 0;
const mix = (s: string) => { for (let i = 0; i < s.length; i++) sum = Math.imul(sum ^ s.charCodeAt(i), 16777619); };
const run = (check: boolean) => {
  const t0 = cpu();
  for (const d of docs) {
    const spans = tag(model, d.tokens, d.rules, res);
    let margins = "";
    const named = new Uint8Array(d.tokens.length);
    for (const s of spans) named.fill(1, s.start, s.end);
    for (const [s, e] of d.places) if (!named.subarray(s, e).includes(1)) margins += outsideMargin(model, d.tokens, s, e) + ",";
    if (check) { for (const s of spans) mix(s.start + s.type + s.end); mix(margins); }
  }
  return (cpu() - t0) / docs.length;
};
const load = os.loadavg()[0].toFixed(1);
const cold = run(true);
const warm = [run(false), run(false), run(false)];
const tokens = docs.reduce((s, d) => s + d.tokens.length, 0) / docs.length;
console.log(`bench/ner-tagger: ${docs.length} articles, ${tokens.toFixed(0)} tokens each, load ${load} → ${os.loadavg()[0].toFixed(1)}`);
console.log(`  tag + outsideMargin, cold (first sight): ${cold.toFixed(3)} ms/article cpu`);
console.log(`  tag + outsideMargin, warm:               ${warm.map((x) => x.toFixed(3)).join(" / ")} ms/article cpu`);
console.log(`  checksum ${(sum >>> 0).toString(16)}`);
