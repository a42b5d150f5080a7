// Character classes for the text layer's scanners (tokens, sentences, language). One lookup
// table over UTF-16 code units, filled lazily from Unicode properties the first time a code unit
// is seen, so that the hot loops do one array read per character instead of regex tests.

// Classes are plain numbers (not a TypeScript enum) so that every importer sees constants.
export const UNSEEN = 0;
export const SPACE = 1;      // whitespace, line breaks
export const AR_LETTER = 2;  // Arabic-script letters, presentation forms included
export const AR_MARK = 3;    // harakat, Quranic marks, superscript alef, tatweel: part of their word
export const DIGIT = 4;      // ASCII, Arabic-Indic and Extended Arabic-Indic (Persian/Urdu) digits
export const LETTER = 5;     // letters of any other script (Latin, Cyrillic, ...)
export const MARK = 6;       // combining marks of other scripts (é written as e + U+0301)
export const PUNCT = 7;      // punctuation: « » " ، ؛ ؟ . : ( ) ...
export const INVISIBLE = 8;  // zero-width and bidi controls, BOM, soft hyphen: never a token alone
export const SYMBOL = 9;     // everything else: % $ ٪ + = emoji halves ...

const TABLE = new Uint8Array(65536);
const RE_SPACE = /\s/u;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_PUNCT = /\p{P}/u;
const RE_FORMAT = /\p{Cf}/u;
const RE_DIGIT = /\p{Nd}/u;

function isArabicBlock(x: number): boolean {
  return (x >= 0x0600 && x <= 0x06ff) || (x >= 0x0750 && x <= 0x077f) || (x >= 0x08a0 && x <= 0x08ff)
    || (x >= 0xfb50 && x <= 0xfdff) || (x >= 0xfe70 && x <= 0xfeff);
}

function classify(x: number): number {
  if (x === 0x0640) return AR_MARK; // tatweel is a letter to Unicode, a stretch to readers
  if ((x >= 0x30 && x <= 0x39) || (x >= 0x0660 && x <= 0x0669) || (x >= 0x06f0 && x <= 0x06f9)) return DIGIT;
  if (x === 0xfeff) return INVISIBLE;
  const ch = String.fromCharCode(x);
  if (RE_SPACE.test(ch)) return SPACE;
  if (RE_FORMAT.test(ch) || x === 0x00ad) return INVISIBLE;
  if (RE_LETTER.test(ch)) return isArabicBlock(x) ? AR_LETTER : LETTER;
  if (RE_MARK.test(ch)) return isArabicBlock(x) ? AR_MARK : MARK;
  if (RE_DIGIT.test(ch)) return DIGIT; // other scripts' decimal digits
  if (RE_PUNCT.test(ch)) return PUNCT;
  return SYMBOL;
}

/** Class of the UTF-16 code unit `x` (a charCodeAt value). */
export function charClass(x: number): number {
  const c = TABLE[x];
  if (c !== UNSEEN) return c;
  return (TABLE[x] = classify(x));
}

/** Digit value of an ASCII, Arabic-Indic or Persian digit code unit, else -1. */
export function digitValue(x: number): number {
  if (x >= 0x30 && x <= 0x39) return x - 0x30;
  if (x >= 0x0660 && x <= 0x0669) return x - 0x0660;
  if (x >= 0x06f0 && x <= 0x06f9) return x - 0x06f0;
  return -1;
}

export const TATWEEL = 0x0640;
