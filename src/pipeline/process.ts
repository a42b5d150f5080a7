// The composer: runs the stages in order over one article. Each stage reads the layers before
// it and returns its own; this file is the only place that knows the order.
//
// An optional timer sees each stage's name and its cost (bench/profile.ts uses it to say where
// the time goes per article); without one, the stages run with no timing at all.
//
// processBatch runs the same stages over several articles STAGE BY STAGE (clean and language for
// all, then text for all, then mentions for all, ...): each stage's code and data (the tagger's
// weights, the KB tries, the lexicons) stay warm over the batch instead of being pushed out by
// the other stages after every article (bench/PERF.md, session 5). It is safe because the only
// per-process state that one article's stage can change under another's feet is the form table
// (text/form-table.ts, cleared when full), and only the text stage reads it: an article's tokens
// hold their Form objects themselves, which a clear does not touch, and the text stages run in the
// same order as one at a time, so every article gets the very same Forms. Later stages keep
// per-Form records (word classes, tagger slots, phrase entries) tagged with a generation and
// recomputed when stale, so their order across stages changes no result.
import type { Document, RawArticle } from "../core/document.ts";
import { RasidError, isRasidError } from "../core/errors.ts";
import { clean } from "../clean/clean.ts";
import { analyze } from "../text/analyze.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { linkEntities } from "../entities/link-entities.ts";
import { identifyLanguage } from "../text/language.ts";
import { findQuotes } from "../quotes/find-quotes.ts";
import { findEvents } from "../events/find-events.ts";

/** The stages in the order processArticle runs them. */
export const STAGES = ["clean", "language", "text", "mentions", "entities", "quotes", "events"] as const;
export type Stage = (typeof STAGES)[number];

/** Wraps each stage: runs `fn` and may measure it (e.g. with performance.now() around the call). */
export type StageTimer = <T>(stage: Stage, fn: () => T) => T;

const untimed: StageTimer = (_stage, fn) => fn();

/** Runs every stage; with `until`, stops after that stage (bench/profile.ts --until text). */
export function processArticle(raw: RawArticle, time: StageTimer = untimed, until?: Stage): Document {
  const doc = open(raw, time);
  for (const [stage, step] of STEPS) {
    time(stage, () => step(doc));
    if (stage === until) break;
  }
  return doc;
}

/** The stages after language, in order, each filling its layer of `doc` (both runners read this one list). */
type Step = (doc: Document) => void;
const STEPS: readonly (readonly [Stage, Step])[] = [
  ["text", (doc) => { Object.assign(doc, analyze(doc.text)); }],
  ["mentions", (doc) => { doc.mentions = findMentions(doc); }],
  ["entities", (doc) => { doc.entities = linkEntities(doc); }],
  ["quotes", (doc) => { doc.quotes = findQuotes(doc); }],
  ["events", (doc) => { doc.events = findEvents(doc); }],
];

/** What a stage threw, as the typed error for `raw` (an untyped one is a bug: E_INTERNAL with its stack). */
export const asRasidError = (e: unknown, raw: RawArticle): RasidError =>
  isRasidError(e) ? e : new RasidError("E_INTERNAL", raw.source.path, String((e as Error)?.stack ?? e));

/**
 * processArticle over `raws`, stage by stage; one outcome per article in input order: its
 * Document, or the error it failed with (an article that fails at a stage drops out of the later
 * stages; the others go on). Same Documents as processArticle one at a time.
 */
export function processBatch(raws: readonly RawArticle[], time: StageTimer = untimed): (Document | RasidError)[] {
  const out: (Document | RasidError)[] = new Array(raws.length);
  const docs: Document[] = [];
  const at: number[] = [];
  for (let i = 0; i < raws.length; i++) {
    try { docs.push(open(raws[i], time)); at.push(i); } catch (e) { out[i] = asRasidError(e, raws[i]); }
  }
  const failed = new Array<boolean>(docs.length).fill(false);
  for (const [stage, step] of STEPS) {
    // (timed per stage over the whole batch: bench/profile.ts --batch)
    time(stage, () => {
      for (let k = 0; k < docs.length; k++) {
        if (failed[k]) continue;
        try { step(docs[k]); } catch (e) { failed[k] = true; out[at[k]] = asRasidError(e, raws[at[k]]); }
      }
    });
  }
  for (let k = 0; k < docs.length; k++) if (!failed[k]) out[at[k]] = docs[k];
  return out;
}

/** Clean and language: the Document with no layers yet, or the typed error (no text, not Arabic). */
function open(raw: RawArticle, time: StageTimer = untimed): Document {
  const c = time("clean", () => clean(raw));
  if (!c.text.trim()) throw new RasidError("E_NO_TEXT", raw.source.path);
  // Non-Arabic input is reported, not silently processed as Arabic; a text too short to tell
  // passes when its letters are mostly Arabic.
  const lang = time("language", () => identifyLanguage(c.text));
  const language = lang.language === "und" && lang.arabicShare >= 0.5 ? "ar" : lang.language;
  if (language !== "ar") throw new RasidError("E_NOT_ARABIC", raw.source.path, `detected ${language}, ${Math.round(lang.arabicShare * 100)}% Arabic letters`);
  return {
    raw, title: c.title, text: c.text, published: c.published, language,
    sentences: [], paragraphs: [], tokens: [], mentions: [], entities: [], quotes: [], events: [],
  };
}
