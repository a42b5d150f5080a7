// The composer: runs the stages in order over one article. Each stage reads the layers before
// it and returns its own; this file is the only place that knows the order.
import type { Document, RawArticle } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
import { clean } from "../clean/clean.ts";
import { analyze } from "../text/analyze.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { linkEntities } from "../entities/link-entities.ts";

export function processArticle(raw: RawArticle): Document {
  const c = clean(raw);
  if (!c.text.trim()) throw new RasidError("E_NO_TEXT", raw.source.path);
  const doc: Document = {
    raw, title: c.title, text: c.text, published: c.published, language: "ar",
    sentences: [], paragraphs: [], tokens: [], mentions: [], entities: [], quotes: [], events: [],
  };
  Object.assign(doc, analyze(doc.text));
  doc.mentions = findMentions(doc);
  doc.entities = linkEntities(doc);
  return doc;
}
