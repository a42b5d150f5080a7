// The composer: runs the stages in order over one article. Each stage reads the layers before
// it and returns its own; this file is the only place that knows the order.
import type { Document, RawArticle } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
import { clean } from "../clean/clean.ts";
import { analyze } from "../text/analyze.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { linkEntities } from "../entities/link-entities.ts";
import { identifyLanguage } from "../text/language.ts";
import { findQuotes } from "../quotes/find-quotes.ts";
import { findEvents } from "../events/find-events.ts";

export function processArticle(raw: RawArticle): Document {
  const c = clean(raw);
  if (!c.text.trim()) throw new RasidError("E_NO_TEXT", raw.source.path);
  // Non-Arabic input is reported, not silently processed as Arabic; a text too short to tell
  // passes when its letters are mostly Arabic.
  const lang = identifyLanguage(c.text);
  const language = lang.language === "und" && lang.arabicShare >= 0.5 ? "ar" : lang.language;
  if (language !== "ar") throw new RasidError("E_NOT_ARABIC", raw.source.path, `detected ${language}, ${Math.round(lang.arabicShare * 100)}% Arabic letters`);
  const doc: Document = {
    raw, title: c.title, text: c.text, published: c.published, language,
    sentences: [], paragraphs: [], tokens: [], mentions: [], entities: [], quotes: [], events: [],
  };
  Object.assign(doc, analyze(doc.text));
  doc.mentions = findMentions(doc);
  doc.entities = linkEntities(doc);
  doc.quotes = findQuotes(doc);
  doc.events = findEvents(doc);
  return doc;
}
