// clean/: from a decoded page to "the article and nothing else": headline, body paragraphs,
// publication date. (First cut: the headline is the first line, repeated lines dropped; the
// clean-stage engineer replaces this with the real cleaner.)
import type { Cleaned, RawArticle } from "../core/document.ts";

export function clean(raw: RawArticle): Omit<Cleaned, "language"> {
  const lines = raw.body.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  const seen = new Set<string>();
  const kept = lines.filter((l) => (seen.has(l) ? false : (seen.add(l), true)));
  const title = raw.title ?? kept[0] ?? "";
  const body = raw.title ? kept.filter((l) => l !== title) : kept.slice(1);
  return { title, text: [title, ...body].join("\n"), published: raw.published };
}
