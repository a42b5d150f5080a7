// clean/: from a decoded page to "the article and nothing else": the headline, the body
// paragraphs (one a line), and the publication date. Scraped text goes straight to the text
// cleaner; HTML goes through a DOM and Readability first, then the same cleaner. A date given by
// the container (a JSON Lines record) wins over one stated by the page (meta, then text).
import type { Cleaned, RawArticle } from "../core/document.ts";
import { findPublished } from "../text/dates.ts";
import { readHtml } from "./html.ts";
import { cleanLines } from "./lines.ts";
import { paragraphs, tidy } from "./paragraphs.ts";

export function clean(raw: RawArticle): Omit<Cleaned, "language"> {
  if (raw.kind === "html") {
    const page = readHtml(raw.body);
    const { title, body } = cleanLines(page.blocks, { title: raw.title ?? page.title });
    const published = raw.published ?? page.published ?? findPublished(page.pageBlocks.join("\n"));
    return { title, text: [title, ...body].join("\n"), published };
  }
  const { title, body } = cleanLines(paragraphs(raw.body), { title: raw.title ? tidy(raw.title) : null });
  return { title, text: [title, ...body].join("\n"), published: raw.published ?? findPublished(raw.body) };
}
