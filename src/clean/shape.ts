// What a line of a page looks like, measured once: its folded words (for comparing and matching
// chrome phrases), its length, and whether it reads as prose (a sentence) or as a label, a link
// or a menu. Everything the cleaner decides rests on these few general signals, never on the
// words of a particular site.
import { normalize } from "../text/normalize.ts";

export interface Line {
  text: string;      // the line as displayed: whitespace tidied, invisible marks dropped, letters kept
  key: string;       // folded words joined by one space: normalize() with punctuation taken out
  words: number;     // word count
  sentence: boolean; // ends as prose does (. ! ؟ … or a closing quote after one)
  index: number;     // position among the page's lines
}

const PUNCT = /[\p{P}\p{S}]+/gu;
const END = /[.!?؟…。]["'»”’)\]]*\s*$|[.!?؟…]\s*["'»”’)\]]+\s*$/u;

/** Folded words of a string, for comparison: "اقرأ أيضاً:" → "اقرا ايضا". */
export function keyOf(s: string): string {
  return normalize(s).replace(PUNCT, " ").replace(/\s+/g, " ").trim();
}

export function lineOf(text: string, index: number): Line {
  const key = keyOf(text);
  return { text, key, words: key ? key.split(" ").length : 0, sentence: END.test(text), index };
}

/** Body prose: long enough, or a full sentence of some length. */
export const isProse = (l: Line): boolean => l.words >= 25 || (l.sentence && l.words >= 8);

/** A line that is part of a list of links or labels: short and not a sentence. */
export const isShortLabel = (l: Line): boolean => !l.sentence && l.words <= 14;

/** Only Latin letters, digits and punctuation: on an Arabic page, a button or a widget. */
export const isLatinOnly = (s: string): boolean => /[a-z]/i.test(s) && !/[\u0600-\u06ff]/.test(s);
