// JSON Lines of articles (one record a line: id, title, content or text, url, and a date in
// published, date or date_extracted, as SaudiNewsNet has them). Each record becomes one article
// whose id is the sha256 of title + "\n" + content, so re-scraping the same story gives the same id.
import { RasidError } from "../core/errors.ts";
import type { RawArticle } from "../core/document.ts";
import { MAX_INPUT_BYTES } from "./decode.ts";
import { sha256 } from "./hash.ts";
import { isoDate } from "./iso-date.ts";

export function recordToArticle(line: string, file: string, lineNo: number): RawArticle {
  let rec: Record<string, unknown>;
  const where = `${file}#${lineNo}`;
  if (line.length > MAX_INPUT_BYTES) throw new RasidError("E_TOO_LARGE", where, `record of ${(line.length / 1048576).toFixed(1)} MB`);
  try { rec = JSON.parse(line); } catch (e) {
    throw new RasidError("E_BAD_RECORD", where, `not JSON: ${(e as Error).message.slice(0, 80)}`);
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) throw new RasidError("E_BAD_RECORD", where, "not a JSON object");
  const str = (k: string) => (typeof rec[k] === "string" ? (rec[k] as string) : typeof rec[k] === "number" ? String(rec[k]) : null);
  const id = str("id");
  const ref = `${file}#${id ?? lineNo}`;
  const content = str("content") ?? str("text") ?? str("body");
  if (content == null || !content.trim()) throw new RasidError("E_EMPTY", ref, "record has no content or text");
  const title = str("title");
  return {
    id: sha256(`${title ?? ""}\n${content}`),
    source: { path: ref, url: str("url") },
    kind: /^\s*<(!doctype|html|body|div|p)\b/i.test(content) ? "html" : "text",
    body: content,
    title: title?.trim() || null,
    published: isoDate(str("published") ?? str("date") ?? str("date_extracted")),
    encoding: "utf-8",
  };
}
