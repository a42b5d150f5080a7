// JSON Lines of articles (one record a line: id, title, content or text, url, and a date in
// published, date or date_extracted, as SaudiNewsNet has them). Each record becomes one article
// whose id is the sha256 of title + "\n" + content, so re-scraping the same story gives the same id.
import { RasidError } from "../core/errors.ts";
import type { RawArticle } from "../core/document.ts";
import { MAX_INPUT_BYTES } from "./decode.ts";
import { sha256Lines } from "./hash.ts";
import { isoDate } from "./iso-date.ts";

export function recordToArticle(line: string, file: string, lineNo: number): RawArticle {
  let rec: Record<string, unknown>;
  if (line.length > MAX_INPUT_BYTES) throw new RasidError("E_TOO_LARGE", `${file}#${lineNo}`, `record of ${(line.length / 1048576).toFixed(1)} MB`);
  try { rec = JSON.parse(line); } catch (e) {
    throw new RasidError("E_BAD_RECORD", `${file}#${lineNo}`, `not JSON: ${(e as Error).message.slice(0, 80)}`);
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) throw new RasidError("E_BAD_RECORD", `${file}#${lineNo}`, "not a JSON object");
  const id = field(rec, "id");
  const ref = `${file}#${id ?? lineNo}`;
  const content = field(rec, "content") ?? field(rec, "text") ?? field(rec, "body");
  if (content == null || !content.trim()) throw new RasidError("E_EMPTY", ref, "record has no content or text");
  const title = field(rec, "title");
  return {
    id: sha256Lines(title ?? "", content),
    source: { path: ref, url: field(rec, "url") },
    kind: /^\s*<(!doctype|html|body|div|p)\b/i.test(content) ? "html" : "text",
    body: content,
    title: title?.trim() || null,
    published: isoDate(field(rec, "published") ?? field(rec, "date") ?? field(rec, "date_extracted")),
    encoding: "utf-8",
  };
}

/** A string field of a record (a number as its decimal string), else null. */
function field(rec: Record<string, unknown>, k: string): string | null {
  const v = rec[k];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
}
