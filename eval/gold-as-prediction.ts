// Renders one annotator's gold files as `rasid extract`-shaped JSON Lines, so that score.mjs can
// score annotator B against annotator A: the agreement between two people coding the same
// articles, which is the ceiling a system can be expected to reach under the same scorer.
// Measurement only; it reads gold files and articles and ships nothing from them.
//   npx tsx eval/gold-as-prediction.ts GOLD_B ARTICLES > /tmp/b.jsonl
//   node /work/shared/eval/score.mjs --gold GOLD_A --pred /tmp/b.jsonl
// Optional gold items are left out (a coder who marks something optional would not assert it).
// A gold quote or event names only a snippet; the prediction carries the snippet's whole sentence,
// as a system's quote or evidence span would, so a longer snippet in the other gold still matches.
import fs from "node:fs";
import path from "node:path";

type GoldEntity = { key: string; type: string; aliases: string[]; geo?: unknown; optional?: boolean };
type GoldQuote = { speaker: string; contains: string; direct?: boolean; via?: string | null };
type GoldEvent = {
  type: string; source?: string | null; target?: string | null; location?: string | null;
  contains: string; hedged?: boolean; negated?: boolean; optional?: boolean;
};

const BOUNDARY = /[.!?؟\n]/;

/** The sentence around the first occurrence of `snippet`, at most 600 characters (the scorer's limit). */
export function sentenceAround(text: string, snippet: string): { start: number; end: number } {
  const at = snippet ? text.indexOf(snippet) : -1;
  if (at < 0) return { start: 0, end: 0 };
  let start = at;
  while (start > 0 && !BOUNDARY.test(text[start - 1])) start--;
  let end = at + snippet.length;
  while (end < text.length && !BOUNDARY.test(text[end])) end++;
  if (end - start > 600) { start = Math.max(start, at - 200); end = Math.min(end, start + 600); }
  return { start, end };
}

export function goldAsPrediction(gold: { doc: string; title: string; entities: GoldEntity[]; quotes?: GoldQuote[]; events?: GoldEvent[] }, text: string) {
  const asserted = <T extends { optional?: boolean }>(x: T) => !x.optional;
  const entities = gold.entities.filter(asserted).map((e) => ({
    id: e.key, type: e.type, name: e.aliases[0], geo: e.geo ?? null,
    mentions: e.aliases.map((a) => { const s = text.indexOf(a); return { text: a, start: s, end: s + a.length }; }),
  }));
  const quotes = (gold.quotes ?? []).map((q) => {
    const s = sentenceAround(text, q.contains);
    return { speaker: q.speaker, text: s.end > s.start ? text.slice(s.start, s.end) : q.contains, direct: !!q.direct, via: q.via ?? null };
  });
  const events = (gold.events ?? []).filter(asserted).map((e) => ({
    type: e.type, source: e.source ?? null, target: e.target ?? null, location: e.location ?? null,
    hedged: !!e.hedged, negated: !!e.negated, sentence: sentenceAround(text, e.contains),
  }));
  return { source: { path: gold.doc }, title: gold.title, text, entities, quotes, events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [goldDir, artDir] = process.argv.slice(2);
  if (!goldDir || !artDir) { console.error("usage: npx tsx eval/gold-as-prediction.ts GOLD_DIR ARTICLES_DIR"); process.exit(2); }
  for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith(".gold.json")).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), "utf8"));
    const text = fs.readFileSync(path.join(artDir, f.replace(/\.gold\.json$/, ".txt")), "utf8");
    console.log(JSON.stringify(goldAsPrediction(gold, text)));
  }
}
