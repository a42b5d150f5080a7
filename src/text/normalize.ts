// Arabic normalization for matching. Every matcher in Rasid (knowledge base, lexicons, search,
// dedup) compares folded strings made here and nowhere else, so that أ/إ/آ/ا, ى/ي, ة/ه,
// diacritics, tatweel, Eastern Arabic and Persian digits and the many quotation marks all meet.
// Folding is for matching only: the displayed text keeps its letters (see clean/).
import { RasidError } from "../core/errors.ts";

const DROP = new Set<number>();
// harakat, Quranic marks, superscript alef, tatweel
for (let c = 0x0610; c <= 0x061a; c++) DROP.add(c);
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c);
for (let c = 0x06d6; c <= 0x06ed; c++) DROP.add(c);
DROP.add(0x0670);
DROP.add(0x0640);
// invisible marks: zero-width, bidi controls, BOM, Arabic letter mark
for (let c = 0x200b; c <= 0x200f; c++) DROP.add(c);
for (let c = 0x202a; c <= 0x202e; c++) DROP.add(c);
for (let c = 0x2066; c <= 0x2069; c++) DROP.add(c);
DROP.add(0x061c);
DROP.add(0xfeff);
DROP.add(0x00ad);

const MAP = new Map<number, string>();
const set = (chars: string, to: string) => { for (const ch of chars) MAP.set(ch.codePointAt(0)!, to); };
set("أإآٱٲٳ", "ا");
set("ىیۍې", "ي");
set("ة", "ه");
set("ۀ", "ه");
set("کڪ", "ك");
set("ؤ", "و");
set("ئ", "ي");
set("گ", "ك");
set("پ", "ب");
set("چ", "ج");
set("ڤ", "ف");
for (let i = 0; i < 10; i++) {
  MAP.set(0x0660 + i, String(i)); // Arabic-Indic
  MAP.set(0x06f0 + i, String(i)); // Extended (Persian/Urdu)
}
set("«»“”„‟″\"'‘’‚‛`´", '"');
set("،", ",");
set("؛", ";");
set("؟", "?");
set("٪", "%");
set("٫", ".");
set("٬", ",");
set("ـ", "");
set("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " ");
// presentation-form ligatures are handled by NFKC below only when present (rare, costly)
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

// The same folding as one table over UTF-16 code units, built from DROP and MAP above, so that
// normalize() does one array read per character (it runs on every name, cue and snippet):
// FOLD[c] is the folded code unit, DROPPED for characters that disappear, SPACE for whitespace.
const DROPPED = -1;
const SPACE = 0x20;
const FOLD = new Int32Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
for (const c of DROP) FOLD[c] = DROPPED;
for (const [c, to] of MAP) FOLD[c] = to === "" ? DROPPED : to.charCodeAt(0);
for (const c of [0x0a, 0x09, 0x0d]) FOLD[c] = SPACE;
const BUF = new Uint16Array(4096);

/**
 * Fold a string for matching: normalize(" أَحْمَدُ ") === "احمد".
 * Latin letters are lower-cased; runs of whitespace become one space; ends trimmed.
 */
export function normalize(s: string): string {
  if (PRESENTATION.test(s)) s = s.normalize("NFKC");
  const buf = s.length <= BUF.length ? BUF : new Uint16Array(s.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f === DROPPED) continue;
    if (f === SPACE) { space = n > 0; continue; }
    if (space) { buf[n++] = SPACE; space = false; }
    buf[n++] = f;
  }
  return fromCodes(buf, n);
}

// Characters that separate words for normalizeWords(): punctuation, symbols and whitespace, by
// code unit (filled as met). Surrogate pairs (emoji and other astral symbols) are tested whole.
const WORD = 1, SEP = 2; // 0: not seen yet
const SEPARATOR = /^[\p{P}\p{S}\s]$/u;
const ASTRAL_SEPARATOR = /^[\p{P}\p{S}]$/u;
const SEP_CLASS = new Uint8Array(65536);
const sepClass = (c: number): number => SEP_CLASS[c] || (SEP_CLASS[c] = SEPARATOR.test(String.fromCharCode(c)) ? SEP : WORD);

/**
 * normalize() with punctuation and symbols taken out: the folded words joined by one space
 * ("اقرأ أيضاً:" → "اقرا ايضا"). One pass, the same result as
 * normalize(s).replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim().
 */
export function normalizeWords(s: string): string {
  if (PRESENTATION.test(s)) s = s.normalize("NFKC");
  const buf = s.length <= BUF.length ? BUF : new Uint16Array(s.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f === DROPPED) continue;
    if (f >= 0xd800 && f <= 0xdbff) {
      // a surrogate pair (dropped marks between its halves vanish first, as in normalize())
      let j = i + 1;
      while (j < s.length && FOLD[s.charCodeAt(j)] === DROPPED) j++;
      const g = j < s.length ? s.charCodeAt(j) : 0;
      if (g >= 0xdc00 && g <= 0xdfff) {
        i = j;
        if (ASTRAL_SEPARATOR.test(String.fromCharCode(f, g))) { space = n > 0; continue; }
        if (space) { buf[n++] = SPACE; space = false; }
        buf[n++] = f;
        buf[n++] = g;
        continue;
      }
    }
    if (f === SPACE || ((f < 0xd800 || f > 0xdfff) && sepClass(f) === SEP)) { space = n > 0; continue; }
    if (space) { buf[n++] = SPACE; space = false; }
    buf[n++] = f;
  }
  return fromCodes(buf, n);
}

/**
 * buf[0, n) as a string, for n ≤ 8: String.fromCharCode with the units as arguments (a one-unit
 * string comes from V8's table of single characters). Not fromCharCode.apply over
 * buf.subarray(0, n): that made a typed-array view per call (~2 KB an article: bench/alloc,
 * session 12).
 */
export function shortString(buf: Uint16Array, n: number): string {
  const f = String.fromCharCode;
  switch (n) {
    case 0: return "";
    case 1: return f(buf[0]);
    case 2: return f(buf[0], buf[1]);
    case 3: return f(buf[0], buf[1], buf[2]);
    case 4: return f(buf[0], buf[1], buf[2], buf[3]);
    case 5: return f(buf[0], buf[1], buf[2], buf[3], buf[4]);
    case 6: return f(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
    case 7: return f(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6]);
    case 8: return f(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7]);
    default: throw new RasidError("E_INTERNAL", null, `shortString: ${n} units (at most 8)`);
  }
}

// The folded units as a string. Node's UTF-16 decoding copies the units as they are (lone
// surrogates too): ~0.15 µs a string from a Buffer view kept over BUF, where
// String.fromCharCode.apply costs ~9 ns a unit: cheaper only for strings of up to 8 units
// (s4-input, bench/PERF.md).
const BUF_VIEW = Buffer.from(BUF.buffer, BUF.byteOffset, BUF.byteLength);

function fromCodes(buf: Uint16Array, n: number): string {
  if (n <= 8) return shortString(buf, n);
  return (buf === BUF ? BUF_VIEW : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)).toString("utf16le", 0, 2 * n);
}

/** Fold one character (a UTF-16 unit); "" when it is dropped. Used by offset-keeping scanners. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (DROP.has(code)) return "";
  const m = MAP.get(code);
  if (m !== undefined) return m;
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
}

/**
 * foldChar() as a code unit, for loops that must not build strings: -1 when the character is
 * dropped. foldCode(x) === (foldChar(c) === "" ? -1 : foldChar(c).charCodeAt(0)) for every c.
 */
export function foldCode(x: number): number {
  return x === 0x09 || x === 0x0a || x === 0x0d ? x : FOLD[x];
}

/** True for characters normalize() drops (diacritics, tatweel, invisible marks). */
export const isDropped = (c: string): boolean => DROP.has(c.charCodeAt(0));

/** Arabic letter (base letters, not marks or digits). */
export const isArabicLetter = (c: string): boolean => {
  const x = c.charCodeAt(0);
  return (x >= 0x0621 && x <= 0x064a) || (x >= 0x0671 && x <= 0x06d3) || x === 0x06d5 || (x >= 0x06fa && x <= 0x06fc);
};

/** Convert Eastern Arabic / Persian digits to ASCII, leaving everything else alone. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
