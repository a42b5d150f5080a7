// The composer: runs the stages in order over one article. Each stage reads the layers before
// it and returns its own; this file is the only place that knows the order.
//
// An optional timer sees each stage's name and its cost (bench/profile.ts uses it to say where
// the time goes per article); without one, the stages run with no timing at all.
import type { Document, RawArticle } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
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
  const c = time("clean", () => clean(raw));
  if (!c.text.trim()) throw new RasidError("E_NO_TEXT", raw.source.path);
  // Non-Arabic input is reported, not silently processed as Arabic; a text too short to tell
  // passes when its letters are mostly Arabic.
  const lang = time("language", () => identifyLanguage(c.text));
  const language = lang.language === "und" && lang.arabicShare >= 0.5 ? "ar" : lang.language;
  if (language !== "ar") throw new RasidError("E_NOT_ARABIC", raw.source.path, `detected ${language}, ${Math.round(lang.arabicShare * 100)}% Arabic letters`);
  const doc: Document = {
    raw, title: c.title, text: c.text, published: c.published, language,
    sentences: [], paragraphs: [], tokens: [], mentions: [], entities: [], quotes: [], events: [],
  };
  Object.assign(doc, time("text", () => analyze(doc.text)));
  if (until === "text") return doc;
  doc.mentions = time("mentions", () => findMentions(doc));
  doc.entities = time("entities", () => linkEntities(doc));
  doc.quotes = time("quotes", () => findQuotes(doc));
  doc.events = time("events", () => findEvents(doc));
  return doc;
}
