// Where the event stage loses, by mechanism: the scorer counts a missed gold event and a spurious
// prediction, but not why. This sorts every strict miss into "no event in its sentence", "another
// type there", or "the right type with the source/target empty or another entity", and every
// unmatched prediction into "no gold event in its sentence", "gold has another type there" or
// "the right type, other actors". The classes point at the stage to fix (triggers, typing,
// subject inheritance, actor choice). Measurement only; it reads gold and predictions.
//   npx tsx eval/event-errors.ts --gold DIR --pred out.jsonl [--type ASSAULT] [--list]
// The entity mapping is this file's own approximation of score.mjs's (a predicted entity maps to
// the gold entity one of whose aliases equals its name or a mention, else whose alias it contains
// as whole words; greedy, one to one), so counts can differ from the scorer's by an item or two.
import fs from "node:fs";
import path from "node:path";

export type GoldEvent = { type: string; source?: string | null; target?: string | null; contains: string; trigger?: string; optional?: boolean };
type GoldEntity = { key: string; aliases: string[] };
export type Gold = { doc: string; entities: GoldEntity[]; events?: GoldEvent[] };
type Span = { start: number; end: number };
export type PredEvent = { type: string; source?: string | null; target?: string | null; sentence: Span; trigger?: string | null; trigger_span?: Span | null };
export type Pred = { text: string; source?: { path?: string }; entities: { id: string; name: string; mentions: { text: string }[] }[]; events: PredEvent[] };

/** Folds the spelling differences the scorer ignores: marks, tatweel, alef forms, ى/ي, ة/ه, spaces. */
export function fold(s: string): string {
  return (s ?? "").normalize("NFKC").replace(/[\u064B-\u0652\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/\s+/g, " ").trim();
}

const hasWords = (hay: string, needle: string) => needle.length > 0 && ` ${hay} `.includes(` ${needle} `);

/** Predicted entity id → gold key. */
export function mapEntities(pred: Pred, gold: Gold): Map<string, string> {
  const pairs: [number, string, string][] = [];
  for (const pe of pred.entities) {
    const forms = [pe.name, ...pe.mentions.map((m) => m.text)].map(fold);
    for (const ge of gold.entities) {
      const aliases = ge.aliases.map(fold);
      const score = forms.some((f) => aliases.includes(f)) ? 2
        : forms.some((f) => aliases.some((a) => a.length >= 3 && hasWords(f, a))) ? 1 : 0;
      if (score) pairs.push([score, pe.id, ge.key]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const map = new Map<string, string>(), taken = new Set<string>();
  for (const [, id, key] of pairs) if (!map.has(id) && !taken.has(key)) { map.set(id, key); taken.add(key); }
  return map;
}

/** Each gold file of `goldDir` (sorted) with the prediction for its document; a document with no
 *  prediction is reported on stderr and skipped. The predictions: a JSON Lines file, or documents
 *  already in memory (trigger-fates.ts runs the pipeline itself). */
export function* goldWithPredictions<G extends { doc: string }, P extends { source?: { path?: string } }>(goldDir: string, predFile: string | readonly P[]): Generator<{ gold: G; pred: P }> {
  const preds = new Map<string, P>();
  const docs = typeof predFile === "string"
    ? fs.readFileSync(predFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as P) : predFile;
  for (const d of docs) preds.set(path.basename((d.source?.path ?? "").split("#")[0]), d);
  for (const f of fs.readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), "utf8")) as G;
    const pred = preds.get(path.basename(gold.doc));
    if (pred) yield { gold, pred }; else console.error(`${gold.doc}: no prediction`);
  }
}

const sentenceOf = (pred: Pred, e: PredEvent) => fold(pred.text.slice(e.sentence.start, e.sentence.end));
const covers = (sentence: string, g: GoldEvent) =>
  sentence.includes(fold(g.contains)) || (!!g.trigger && hasWords(sentence, fold(g.trigger)));

function actorClass(role: "source" | "target", want: string | null | undefined, got: string | null | undefined, map: Map<string, string>): string {
  if (want == null || (got != null && map.get(got) === want)) return "";
  return got == null ? `${role} empty` : `${role} other`;
}

export type Finding = { doc: string; type: string; cls: string; text: string };

/** Each required gold event the prediction does not match strictly, with why. */
export function missedEvents(gold: Gold, pred: Pred, map = mapEntities(pred, gold)): Finding[] {
  const out: Finding[] = [];
  for (const g of (gold.events ?? []).filter((e) => !e.optional)) {
    const here = pred.events.filter((p) => covers(sentenceOf(pred, p), g));
    const same = here.filter((p) => p.type === g.type);
    const classes = same.map((p) => [actorClass("source", g.source, p.source, map), actorClass("target", g.target, p.target, map)].filter(Boolean).join(", "));
    if (classes.includes("")) continue; // matched
    const cls = !here.length ? "no event in its sentence"
      : !same.length ? "another type there"
      : `right type, ${classes.sort((a, b) => a.split(",").length - b.split(",").length)[0]}`;
    out.push({ doc: gold.doc, type: g.type, cls, text: g.contains });
  }
  return out;
}

/** Each prediction that matches no gold event (required or optional) strictly, with why. */
export function spuriousEvents(gold: Gold, pred: Pred, map = mapEntities(pred, gold)): Finding[] {
  const out: Finding[] = [];
  for (const p of pred.events) {
    const sentence = sentenceOf(pred, p);
    const here = (gold.events ?? []).filter((g) => covers(sentence, g));
    const same = here.filter((g) => g.type === p.type);
    if (same.some((g) => !actorClass("source", g.source, p.source, map) && !actorClass("target", g.target, p.target, map))) continue;
    const cls = !here.length ? "no gold event in its sentence" : !same.length ? "gold has another type there" : "right type, other actors";
    // the trigger and the sentence from it on, so a listed prediction can be read in place
    const from = p.trigger_span?.start ?? p.sentence.start;
    out.push({ doc: gold.doc, type: p.type, cls, text: pred.text.slice(from, Math.min(p.sentence.end, from + 80)) });
  }
  return out;
}

/** Rows "count  class" and per-type counts, largest first. */
export function tally(findings: Finding[]): string {
  const by = new Map<string, Map<string, number>>();
  for (const f of findings) {
    const t = by.get(f.cls) ?? new Map<string, number>(); by.set(f.cls, t);
    t.set(f.type, (t.get(f.type) ?? 0) + 1);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return [...by].sort((a, b) => total(b[1]) - total(a[1])).map(([cls, t]) =>
    `${String(total(t)).padStart(5)}  ${cls.padEnd(32)} ${[...t].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`).join("\n");
}

function main(argv: string[]) {
  const arg = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const goldDir = arg("--gold"), predFile = arg("--pred"), only = arg("--type"), list = argv.includes("--list");
  if (!goldDir || !predFile) { console.error("usage: npx tsx eval/event-errors.ts --gold DIR --pred out.jsonl [--type T] [--list]"); process.exit(2); }
  const missed: Finding[] = [], spurious: Finding[] = [];
  for (const { gold, pred } of goldWithPredictions<Gold, Pred>(goldDir, predFile)) {
    const map = mapEntities(pred, gold);
    missed.push(...missedEvents(gold, pred, map)); spurious.push(...spuriousEvents(gold, pred, map));
  }
  const keep = (f: Finding) => !only || f.type === only;
  for (const [title, items] of [["missed gold events", missed.filter(keep)], ["unmatched predictions", spurious.filter(keep)]] as const) {
    console.log(`${title}: ${items.length}\n${tally(items)}\n`);
    if (list) for (const f of items) console.log(`  ${f.cls} | ${f.type} | ${f.doc} | ${f.text}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main(process.argv.slice(2));
