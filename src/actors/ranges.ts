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
  // one range per sentence, made when its first token is met (a sentence without tokens: [0, 0])
  const out: Range[] = new Array(doc.sentences.length);
  const toks = doc.tokens;
  let cur: Range | undefined, s = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].sentence;
    if (t !== s) { s = t; cur = out[s]; if (cur === undefined) out[s] = cur = [i, i + 1]; }
    cur![1] = i + 1;
  }
  for (let k = 0; k < out.length; k++) if (out[k] === undefined) out[k] = [0, 0];
  return out;
}
