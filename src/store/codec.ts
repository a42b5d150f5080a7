// How a contract document is kept in a database row: the text in its own column (it is what
// search indexes and snippets read), everything else as one JSON value. Decoding puts the text
// back in its place so a stored document reads back exactly as it was extracted.
import type { ContractDocument } from "../core/contract.ts";

export function encodeDoc(doc: ContractDocument): string {
  const { text: _text, ...rest } = doc;
  return JSON.stringify(rest);
}

export function decodeDoc(json: string, text: string): ContractDocument {
  const rest = JSON.parse(json) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(rest)) {
    out[k] = rest[k];
    if (k === "published") out.text = text;
  }
  if (!("text" in out)) out.text = text;
  return out as unknown as ContractDocument;
}

/** The day an event happened on: its own date, else its document's publication date. */
export function eventDay(date: string | null, published: string | null): string | null {
  return date ?? published ?? null;
}
