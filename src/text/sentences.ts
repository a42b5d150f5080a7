// Paragraphs and sentences as spans of the cleaned text. Events carry one sentence as their
// evidence and quotes are looked for within sentences, so a split in the wrong place cuts a
// fact in two. The rules: every line is a paragraph and at least one sentence (a sentence never
// crosses a line break); a sentence ends at . ! ? ؟ followed by a space or the end of the line,
// except a period inside a number (3.5), after an initial or abbreviation (د. أ. م. as in
// "2015 م.", J. K., Dr.), after a list number at the start of a line ("1. "), and any
// terminator inside a quotation «…» “…” "…": a quotation that ends with its own period ends
// the sentence after its closing mark. An ellipsis (... …) does not end a sentence.
import { fileURLToPath } from "node:url";
import type { Span } from "../core/document.ts";
import { readTsv } from "../core/tsv.ts";
import * as chars from "./chars.ts";
import * as norm from "./normalize.ts";
// tsx compiles imported bindings to getter calls, too slow in per-character loops: bind once.
const { AR_LETTER, AR_MARK, DIGIT, LETTER, SPACE, charClass } = chars;
const { foldChar, foldCode, normalize } = norm;

const ABBREVIATIONS = new Set(
  readTsv(fileURLToPath(new URL("../../data/text/abbreviations.tsv", import.meta.url))).map(({ row }) => normalize(row.form)),
);
const LONGEST_ABBREVIATION = Math.max(0, ...[...ABBREVIATIONS].map((a) => a.length));

/** . ! ? ؟ */
const isTerminator = (x: number): boolean => x === 0x2e || x === 0x21 || x === 0x3f || x === 0x061f;
const ELLIPSIS = 0x2026;
const CLOSERS = new Set([0x29, 0x5d]); // ) ] kept with the sentence they close

/** The lines of `text` as spans, surrounding whitespace left out, blank lines skipped. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = text.indexOf("\n", i);
    if (j < 0) j = text.length;
    const span = trim(text, i, j);
    if (span) out.push(span);
    i = j + 1;
  }
  return out;
}

/** Sentences of `text`, within its paragraphs (computed when not given). */
export function splitSentences(text: string, paragraphs: Span[] = splitParagraphs(text)): Span[] {
  const out: Span[] = [];
  const marks = quoteMarks(text);
  for (const p of paragraphs) splitParagraph(text, p.start, p.end, out, marks);
  return out;
}

/** Where the quotation marks of the text are, in order: one search over the whole text (a search per paragraph ran on to the next mark, often the text's end). */
function quoteMarks(text: string): number[] {
  const at: number[] = [];
  QUOTE_RE.lastIndex = 0;
  // test(), not exec(): no match array per mark; a match is one code unit, so it sits at lastIndex - 1
  while (QUOTE_RE.test(text)) at.push(QUOTE_RE.lastIndex - 1);
  return at;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && charClass(text.charCodeAt(start)) === SPACE) start++;
  while (end > start && charClass(text.charCodeAt(end - 1)) === SPACE) end--;
  return start < end ? { start, end } : null;
}

// The scanners jump from one candidate to the next with a regex (native search) instead of
// testing every character: most characters of a paragraph are neither terminators nor quotes.
// They call test(), which makes no match array (exec() made one per terminator and mark: ~1.4 KB an
// article, bench/allocated.ts, session 23); each pattern matches one code unit, so a match starts
// at lastIndex - 1.
const TERMINATOR_RE = /[.!?\u061f]/g;
const QUOTE_RE = /["\u00ab\u00bb\u201c\u201d\u201e]/g;

function splitParagraph(text: string, ps: number, pe: number, out: Span[], marks: number[]): void {
  const quotes = quotations(text, ps, pe, marks);
  let q = 0;         // next quotation not yet passed
  let from = ps;     // start of the current sentence
  let i = ps;
  while (i < pe) {
    TERMINATOR_RE.lastIndex = i;
    const t = TERMINATOR_RE.test(text) && TERMINATOR_RE.lastIndex - 1 < pe ? TERMINATOR_RE.lastIndex - 1 : pe;
    if (q < quotes.length && quotes[q].start < t) {
      // a quotation comes first: nothing inside it ends a sentence; one that ends with its own
      // terminator ends the sentence right after its closing mark
      const { start, end } = quotes[q++];
      if (endsWithTerminator(text, start, end - 1)) {
        const b = consumeRun(text, end, pe);
        if (b === pe || charClass(text.charCodeAt(b)) === SPACE) from = cut(text, from, b, out);
      }
      i = end;
      continue;
    }
    if (t >= pe) break;
    const x = text.charCodeAt(t);
    let j = t;
    let dots = 0;
    for (let y = x; j < pe && (isTerminator(y) || y === ELLIPSIS); y = ++j < pe ? text.charCodeAt(j) : 0) { // (no read past the end: it deoptimizes)
      if (y === 0x2e || y === ELLIPSIS) dots += y === ELLIPSIS ? 2 : 1;
    }
    i = j;
    if (dots > 1) continue; // an ellipsis pauses, it does not end
    const b = consumeRun(text, j, pe);
    if (b < pe) {
      const next = charClass(text.charCodeAt(b));
      const glued = next === AR_LETTER && x === 0x2e && t > ps && charClass(text.charCodeAt(t - 1)) === AR_LETTER; // "الأمر.وقال"
      if (next !== SPACE && !glued) continue;
    }
    if (j - t === 1 && x === 0x2e && periodIsNotAnEnd(text, from, t)) continue;
    from = cut(text, from, b, out);
  }
  cut(text, from, pe, out);
}

/** Close the sentence [from, b) (trimmed; nothing when blank) and return where the next one starts (a module-level helper, not a closure made per paragraph). */
function cut(text: string, from: number, b: number, out: Span[]): number {
  const s = trim(text, from, b);
  if (s) out.push(s);
  return b;
}

/** After a terminator run: closing brackets that belong to the sentence. */
function consumeRun(text: string, j: number, pe: number): number {
  while (j < pe && (CLOSERS.has(text.charCodeAt(j)) || isTerminator(text.charCodeAt(j)))) j++;
  return j;
}

/** Does the quotation [open, close] end with . ! ? ؟ (not an ellipsis) just before its closing mark? */
function endsWithTerminator(text: string, open: number, close: number): boolean {
  let k = close - 1;
  while (k > open && charClass(text.charCodeAt(k)) === SPACE) k--;
  const x = text.charCodeAt(k);
  if (!isTerminator(x)) return false;
  return !(x === 0x2e && (text.charCodeAt(k - 1) === 0x2e));
}

/** A single period at `dot` that ends no sentence: after an initial, an abbreviation, or a list number. */
function periodIsNotAnEnd(text: string, from: number, dot: number): boolean {
  // the word before the dot is walked back counting its folded letters; their string is made only
  // when it may be an abbreviation (every sentence's final period came here: a string per letter)
  let k = dot;
  let count = 0;
  while (k > from) {
    const x = text.charCodeAt(k - 1), c = charClass(x);
    if (c === AR_LETTER || c === LETTER) { if (foldCode(x) >= 0) count++; }
    else if (c !== AR_MARK && !(x === 0x2e && count === 1)) break; // ص.ب. أ.د.
    k--;
  }
  if (count === 1) return true;
  if (count > 0 && count <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(lettersOf(text, k, dot))) return true;
  if (count === 0 && k === dot && k > from && charClass(text.charCodeAt(k - 1)) === DIGIT) {
    // a list number opening the line: "1. " — nothing but the number before the period
    let d = k;
    while (d > from && charClass(text.charCodeAt(d - 1)) === DIGIT) d--;
    return trim(text, from, d) === null;
  }
  return false;
}

/** The folded letters of text[k, dot), marks and dots left out (periodIsNotAnEnd's word). */
function lettersOf(text: string, k: number, dot: number): string {
  let letters = "";
  for (let p = k; p < dot; p++) {
    const c = charClass(text.charCodeAt(p));
    if (c === AR_LETTER || c === LETTER) letters += foldChar(text[p]);
  }
  return letters;
}

/** Outermost quotations of the paragraph as spans [opening mark, closing mark + 1), only those that close. */
function quotations(text: string, ps: number, pe: number, marks: number[]): Span[] {
  // the first mark at or after ps (binary search: paragraphs may come in any order)
  let lo = 0, hi = marks.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (marks[mid] < ps) lo = mid + 1; else hi = mid; }
  if (lo === marks.length || marks[lo] >= pe) return NO_SPANS;
  // the open marks as a stack of (offset, mark) in two reused arrays: no object per mark
  const openAt = OPEN_AT, openX = OPEN_X;
  let depth = 0;
  const pairs: Span[] = [];
  for (let n = lo; n < marks.length && marks[n] < pe; n++) {
    const i = marks[n];
    const x = text.charCodeAt(i);
    // a closing mark pairs with the nearest opener it can close; otherwise it opens
    let k = depth - 1;
    while (k >= 0 && !closes(openX[k], x)) k--;
    if (k >= 0) {
      pairs.push({ start: openAt[k], end: i + 1 });
      depth = k; // openers left unclosed inside it are dropped
    } else {
      if (depth === openAt.length) { openAt.push(i); openX.push(x); } else { openAt[depth] = i; openX[depth] = x; }
      depth++;
    }
  }
  // keep the outermost: sorted by start, a pair inside the last kept one is dropped (one pair or
  // none, the usual paragraph: the list as it is; sort() makes its work arrays even for one)
  if (pairs.length < 2) return pairs;
  pairs.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const p of pairs) if (!out.length || p.start >= out[out.length - 1].end) out.push(p);
  return out;
}

const NO_SPANS: Span[] = [];
const OPEN_AT: number[] = [], OPEN_X: number[] = [];

/** Whether mark `x` closes a quotation opened with `open`: « » (either way round), “ ” „ ”, " ". */
function closes(open: number, x: number): boolean {
  if (open === 0x22) return x === 0x22;
  if (open === 0xab) return x === 0xbb;
  if (open === 0xbb) return x === 0xab;
  return (x === 0x201d || x === 0x201c) && open !== 0xab && open !== 0xbb && open !== 0x22;
}
