// What a line of a page looks like, measured once: its folded words (for comparing and matching
// chrome phrases), its length, and whether it reads as prose (a sentence) or as a label, a link
// or a menu. Everything the cleaner decides rests on these few general signals, never on the
// words of a particular site.
import { normalizeWords } from "../text/normalize.ts";

export interface Line {
  text: string;      // the line as displayed: whitespace tidied, invisible marks dropped, letters kept
  readonly key: string; // folded words joined by one space: normalize() with punctuation taken out
  words: number;     // word count
  sentence: boolean; // ends as prose does (. ! ؟ … or a closing quote after one)
  index: number;     // position among the page's lines
}

const END = /[.!?؟…。]["'»”’)\]]*\s*$|[.!?؟…]\s*["'»”’)\]]+\s*$/u;

/** Folded words of a string, for comparison: "اقرأ أيضاً:" → "اقرا ايضا". */
export const keyOf = (s: string): string => normalizeWords(s);

/** Lines longer than this are prose whatever they say: their folded key is made only on demand. */
const LONG = 45;

export function lineOf(text: string, index: number): Line {
  let key: string | null = null;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  const line: Line = { text, words, sentence: END.test(text.slice(-12)), index, get key() { return (key ??= keyOf(text)); } };
  if (words <= LONG) line.words = wordsOfKey(line.key);
  return line;
}

/** Words of a folded key (single spaces, no spaces at the ends), counted without splitting it. */
function wordsOfKey(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) n++;
  return n;
}

/** What two lines must share to be the same paragraph: folded words, or for long ones the text. */
export const sameKey = (l: Line): string => (l.words > LONG ? l.text : l.key);

/** Body prose: long enough, or a full sentence of some length. */
export const isProse = (l: Line): boolean => l.words >= 25 || (l.sentence && l.words >= 8);

/** A line that is part of a list of links or labels: short and not a sentence. */
export const isShortLabel = (l: Line): boolean => !l.sentence && l.words <= 14;

/** Only Latin letters, digits and punctuation: on an Arabic page, a button or a widget. */
export const isLatinOnly = (s: string): boolean => /[a-z]/i.test(s) && !/[\u0600-\u06ff]/.test(s);
