// Where the quote stage loses, by mechanism: the scorer counts a missed gold quote and a spurious
// prediction, but not why. This sorts every missed gold quote into "no quote over it" (no
// predicted quote holds its text; "span differs" when one overlaps its start), "speaker empty",
// "speaker another gold entity" or "speaker an unmapped entity", each marked "(gold speaker not
// found)" when no predicted entity maps to the gold speaker at all (an entity-stage miss, not a
// speaker-slot one); and every unmatched prediction with a speaker into "no gold quote over it"
// or "gold has another speaker"; and every matched quote with a relaying outlet by whether the
// outlet (`via`) agrees. Measurement only; it reads gold and predictions.
//   npx tsx eval/quote-errors.ts --gold DIR --pred out.jsonl [--list]
// The entity mapping is event-errors.ts's approximation of score.mjs's, so counts can differ from
// the scorer's by an item or two.
import path from "node:path";
import { fold, goldWithPredictions, mapEntities, type Gold as EventGold, type Pred as EventPred } from "./event-errors.ts";

export type GoldQuote = { speaker: string; contains: string; via?: string | null };
export type Gold = EventGold & { quotes?: GoldQuote[] };
export type PredQuote = { speaker?: string | null; text: string; via?: string | null };
export type Pred = EventPred & { quotes?: PredQuote[] };
export type Finding = { doc: string; cls: string; speaker: string; said: string; text: string };

// How much of a quote's start must agree for two spans to count as the same quote cut differently.
const HEAD = 15;
const overlaps = (a: string, b: string) => a.length > HEAD && b.length > HEAD && (a.includes(b.slice(0, HEAD)) || b.includes(a.slice(0, HEAD)));

/** What both gold-side readers ask of a prediction: which gold entities it found, its entities'
 *  names by id, and its quotes with their folded text. */
function lookups(pred: Pred, map: Map<string, string>) {
  return {
    found: new Set(map.values()),
    names: new Map(pred.entities.map((e) => [e.id, e.name])),
    preds: (pred.quotes ?? []).map((q) => ({ ...q, folded: fold(q.text) })),
  };
}

/** Each gold quote no prediction matches (speaker maps to gold's and text holds gold's), with why. */
export function missedQuotes(gold: Gold, pred: Pred, map = mapEntities(pred, gold)): Finding[] {
  const out: Finding[] = [];
  const { found, names, preds } = lookups(pred, map);
  for (const g of gold.quotes ?? []) {
    const want = fold(g.contains);
    const over = preds.filter((q) => q.folded.includes(want));
    if (over.some((q) => q.speaker != null && map.get(q.speaker) === g.speaker)) continue; // matched
    const named = over.find((q) => q.speaker != null);
    let cls = !over.length ? (preds.some((q) => overlaps(q.folded, want)) ? "span differs" : "no quote over it")
      : !named ? "speaker empty"
      : map.get(named.speaker!) ? "speaker another gold entity" : "speaker an unmapped entity";
    if (!found.has(g.speaker)) cls += " (gold speaker not found)";
    out.push({ doc: gold.doc, cls, speaker: g.speaker, said: named ? names.get(named.speaker!) ?? "" : "", text: g.contains });
  }
  return out;
}

/** Each prediction with a speaker that matches no gold quote, with why. */
export function spuriousQuotes(gold: Gold, pred: Pred, map = mapEntities(pred, gold)): Finding[] {
  const out: Finding[] = [];
  const names = new Map(pred.entities.map((e) => [e.id, e.name]));
  for (const q of pred.quotes ?? []) {
    if (q.speaker == null) continue; // the scorer leaves unattributed quotes out
    const text = fold(q.text);
    const here = (gold.quotes ?? []).filter((g) => text.includes(fold(g.contains)));
    if (here.some((g) => map.get(q.speaker!) === g.speaker)) continue;
    const cls = here.length ? "gold has another speaker" : "no gold quote over it";
    out.push({ doc: gold.doc, cls, speaker: here[0]?.speaker ?? "", said: names.get(q.speaker) ?? "", text: q.text.slice(0, 80) });
  }
  return out;
}

/** For each matched quote where gold or the prediction names a relaying outlet, whether the
 *  outlet agrees: "via right", "via missed" (gold names one, none predicted), "via spurious"
 *  (predicted, gold has none), "via another entity" (both, different), each of the last three
 *  marked "(gold outlet not found)" when no predicted entity maps to gold's outlet. The scorer's
 *  "via right" is the share of the first class. */
export function viaFindings(gold: Gold, pred: Pred, map = mapEntities(pred, gold)): Finding[] {
  const out: Finding[] = [];
  const { found, names, preds } = lookups(pred, map);
  for (const g of gold.quotes ?? []) {
    const want = fold(g.contains);
    const q = preds.find((p) => p.speaker != null && map.get(p.speaker) === g.speaker && p.folded.includes(want));
    if (!q || (g.via == null && q.via == null)) continue;
    const said = q.via != null ? map.get(q.via) : undefined;
    let cls = g.via == null ? "via spurious" : q.via == null ? "via missed" : said === g.via ? "via right" : "via another entity";
    if (g.via != null && cls !== "via right" && !found.has(g.via)) cls += " (gold outlet not found)";
    out.push({ doc: gold.doc, cls, speaker: g.via ?? "", said: q.via != null ? names.get(q.via) ?? "" : "", text: g.contains });
  }
  return out;
}

/** Rows "count  class", largest first. */
export function tally(findings: Finding[]): string {
  const by = new Map<string, number>();
  for (const f of findings) by.set(f.cls, (by.get(f.cls) ?? 0) + 1);
  return [...by].sort((a, b) => b[1] - a[1]).map(([cls, n]) => `${String(n).padStart(5)}  ${cls}`).join("\n");
}

function main(argv: string[]) {
  const arg = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const goldDir = arg("--gold"), predFile = arg("--pred"), list = argv.includes("--list");
  if (!goldDir || !predFile) { console.error("usage: npx tsx eval/quote-errors.ts --gold DIR --pred out.jsonl [--list]"); process.exit(2); }
  const missed: Finding[] = [], spurious: Finding[] = [], via: Finding[] = [];
  for (const { gold, pred } of goldWithPredictions<Gold, Pred>(goldDir, predFile)) {
    const map = mapEntities(pred, gold);
    missed.push(...missedQuotes(gold, pred, map)); spurious.push(...spuriousQuotes(gold, pred, map)); via.push(...viaFindings(gold, pred, map));
  }
  for (const [title, items] of [["missed gold quotes", missed], ["unmatched predictions with a speaker", spurious], ["matched quotes with an outlet (gold's or predicted)", via]] as const) {
    console.log(`${title}: ${items.length}\n${tally(items)}\n`);
    if (list) for (const f of items) console.log(`  ${f.cls} | ${f.doc} | gold ${f.speaker || "-"} | predicted ${f.said || "-"} | ${f.text}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main(process.argv.slice(2));
