// Token ranges: the shape both the quote finder and the event finder use for "these tokens"
// (a sentence, a clause), and the offset-to-token search that builds them. Lives below both
// stages so neither reaches sideways into the other.
import type { Document } from "../core/document.ts";

export type Range = [number, number]; // token indexes [start, end)

/** Index of the first token whose end is after `offset`. */
export function lowerBound(toks: { start: number; end: number }[], offset: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end <= offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Token range of every sentence (by Token.sentence). */
export function sentenceRanges(doc: Document): Range[] {
  const out: Range[] = doc.sentences.map(() => [-1, -1]);
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const s = toks[i].sentence;
    if (!out[s]) out[s] = [-1, -1];
    if (out[s][0] < 0) out[s][0] = i;
    out[s][1] = i + 1;
  }
  return out.map((r) => (r[0] < 0 ? [0, 0] : r));
}
