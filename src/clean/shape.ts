// What a line of a page looks like, measured once: its folded words (for comparing and matching
// chrome phrases), its length, and whether it reads as prose (a sentence) or as a label, a link
// or a menu. Everything the cleaner decides rests on these few general signals, never on the
// words of a particular site.
import { normalizeWords } from "../text/normalize.ts";

export interface Line {
  text: string;      // the line as displayed: whitespace tidied, invisible marks dropped, letters kept
  readonly key: string; // folded words joined by one space: normalize() with punctuation taken out
  words: number;     // word count; at most MAX_WORDS (every rule compares it with 48 or less)
  sentence: boolean; // ends as prose does (. ! ؟ … or a closing quote after one)
  index: number;     // position among the page's lines
}

const END = /[.!?؟…。]["'»”’)\]]*\s*$|[.!?؟…]\s*["'»”’)\]]+\s*$/u;

/** Folded words of a string, for comparison: "اقرأ أيضاً:" → "اقرا ايضا". */
export const keyOf = (s: string): string => normalizeWords(s);

/** Lines longer than this are prose whatever they say: their folded key is made only on demand. */
export const LONG = 45;
/**
 * Words are counted no further: no rule of the cleaner compares a count with more than 48
 * (headline.ts: `words <= lines[i].words + 8` for a candidate of at most 40 words; isMasthead's
 * `4 * (seps + 1)` sees only lines before the body, which are not prose, so under 25 words), so a
 * long paragraph's spaces need not all be counted.
 */
const MAX_WORDS = 49;

// A class, not an object literal with a getter: one shape for every line and no closure per line.
class PageLine implements Line {
  words: number;
  sentence: boolean;
  private folded: string | null = null;
  constructor(public text: string, public index: number) {
    let words = 1;
    for (let i = text.indexOf(" "); i >= 0 && words < MAX_WORDS; i = text.indexOf(" ", i + 1)) words++;
    this.words = words;
    this.sentence = END.test(text.length > 12 ? text.slice(-12) : text);
    if (words <= LONG) this.words = wordsOfKey(this.key);
  }
  get key(): string { return (this.folded ??= keyOf(this.text)); }
}

export function lineOf(text: string, index: number): Line {
  return new PageLine(text, index);
}

/** Words of a folded key (single spaces, no spaces at the ends), counted without splitting it. */
function wordsOfKey(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) n++;
  return n;
}

/** Body prose: long enough, or a full sentence of some length. */
export const isProse = (l: Line): boolean => l.words >= 25 || (l.sentence && l.words >= 8);

/** A line that is part of a list of links or labels: short and not a sentence. */
export const isShortLabel = (l: Line): boolean => !l.sentence && l.words <= 14;

/** Only Latin letters, digits and punctuation: on an Arabic page, a button or a widget. */
export const isLatinOnly = (s: string): boolean => /[a-z]/i.test(s) && !/[\u0600-\u06ff]/.test(s);
