// CPU per article of the mention and entity stages, apart from everything else: the articles are
// read and analyzed (text layer) first, untimed; then three timed passes over them: findMentions
// with the rules alone (KB matching and name patterns, no tagger; caches cold), findMentions
// with the tagger (the stage as the pipeline runs it; the gazetteer's caches are warm by then),
// and linkEntities on its mentions. Then, with every cache warm, two passes that show the rules'
// steady cost apart from the tagger: kbMatches alone and the rules again (each on a copy of the
// token array, so nothing kept per document is reused). CPU time (process.cpuUsage) per pass, so the shared
// machine's load matters less than for wall time; the load average is printed beside it.
//
//   node --import tsx bench/mention-parts.ts [--limit 1000] [FILE.jsonl ...]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../src/text/analyze.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { linkEntities } from "../src/entities/link-entities.ts";
import { kbMatches } from "../src/mentions/kb-matches.ts";
import { defaultResources } from "../src/mentions/resources.ts";
import type { Document } from "../src/core/document.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const args = process.argv.slice(2);
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : 1000;
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const files = named.length ? named
  : fs.existsSync(DEFAULT_DIR) ? fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f)) : [];
if (!files.length) { console.log(`bench/mention-parts: no corpus at ${DEFAULT_DIR}; nothing to measure.`); process.exit(0); }

const texts: string[] = [];
for (const f of files) {
  for (const line of fs.readFileSync(f, "utf8").split("\n")) {
    if (texts.length >= limit) break;
    try { const r = JSON.parse(line); if (r.content) texts.push(`${r.title ?? ""}\n${r.content}`); } catch { /* not a record */ }
  }
  if (texts.length >= limit) break;
}

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const res = defaultResources();
const docs: Pick<Document, "text" | "tokens" | "mentions">[] = texts.map((text) => ({ text, ...analyze(text), mentions: [] }));
const load0 = os.loadavg()[0];
const pass = (fn: (d: Pick<Document, "text" | "tokens" | "mentions">) => void) => { const c = cpu(); for (const d of docs) fn(d); return (cpu() - c) / docs.length; };
const rules = pass((d) => { findMentions(d, { gaz: res.gaz, lex: res.lex }); });
const full = pass((d) => { d.mentions = findMentions(d, res); });
const link = pass((d) => { linkEntities(d, res); });
const kbWarm = pass((d) => { kbMatches(d.text, d.tokens.slice(), res.gaz); });
const rulesWarm = pass((d) => { findMentions({ text: d.text, tokens: d.tokens.slice() }, { gaz: res.gaz, lex: res.lex }); });
console.log(`bench/mention-parts: ${docs.length} articles, load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`);
console.log(`  mentions, rules only (no tagger) ${rules.toFixed(3)} ms/article cpu`);
console.log(`  mentions, with the tagger        ${full.toFixed(3)} ms/article cpu`);
console.log(`  entities (linkEntities)          ${link.toFixed(3)} ms/article cpu`);
console.log(`  kbMatches alone, warm            ${kbWarm.toFixed(3)} ms/article cpu`);
console.log(`  mentions, rules only, warm       ${rulesWarm.toFixed(3)} ms/article cpu`);
