// Tokens with UTF-16 offsets into the cleaned text. Every matcher downstream works on these, so
// the rules are few and exact: an Arabic word keeps its diacritics and tatweel inside it; a
// number in any script (1,500 · 3.5 · ٢٠١٥ · ٣٫٥) is one token; a Latin word is one token; each
// punctuation mark is its own token; whitespace and invisible marks belong to no token. A
// proclitic joined to its word by tatweel before a quotation or a name ("بـ«داعش»", "لـداعش")
// is a token of its own, because the writer has already split it.
//
// One pass over the characters with a class table (chars.ts); readings come from clitics.ts,
// computed once per distinct written word and shared by its tokens.
import type { Span, Token, TokenKind } from "../core/document.ts";
import * as chars from "./chars.ts";
import * as clitics from "./clitics.ts";
import type { Form } from "./clitics.ts";
import * as norm from "./normalize.ts";
// tsx compiles imported bindings to getter calls, too slow in per-character loops: bind once.
const { AR_LETTER, AR_MARK, DIGIT, INVISIBLE, LETTER, MARK, PUNCT, SPACE, TATWEEL, charClass } = chars;
const { isProcliticSequence, numberAt, numberHashed, formOfNumber, wordOfNumber, normOfNumber, readingsOfNumber, formGeneration, formRoom, warm, FNV_SEED, FNV_PRIME } = clitics;
const { foldChar } = norm;

/** A token before it is placed in a sentence. */
export interface Piece extends Span { kind: TokenKind }

const isWordClass = (c: number) => c === AR_LETTER || c === AR_MARK;
const NUMBER_SEPARATORS = new Set([0x2c, 0x2e, 0x066b, 0x066c]); // , . ٫ ٬ between digits
const APOSTROPHES = new Set([0x27, 0x2019]); // O'Brien, l’État

// The scanner writes its pieces into one reusable buffer (start, end, kind, hash: 4 ints a piece)
// instead of calling back per piece: no closure made per article, no call through a function
// value per token, and tokenize's loop over the buffer is short, so the form-table lookups of
// consecutive tokens (cache misses on rare words) can overlap in the processor.
const KINDS: TokenKind[] = ["word", "number", "latin", "punct", "symbol"];
const WORD = 0, NUMBER = 1, LATIN = 2, PUNCTUATION = 3, SYM = 4;
let PIECES = new Int32Array(4 * 4096);
let pieces = 0;

/** Record a piece; `h` is its FNV-1a hash (clitics.ts formHashed) when the scan computed it, else 0. */
function piece(start: number, end: number, kind: number, h: number): void {
  let p = pieces << 2;
  if (p + 4 > PIECES.length) {
    const bigger = new Int32Array(PIECES.length * 2);
    bigger.set(PIECES);
    PIECES = bigger;
  }
  PIECES[p++] = start;
  PIECES[p++] = end;
  PIECES[p++] = kind;
  PIECES[p] = h;
  pieces++;
}

/** Cut `text` into pieces (offsets and kind only). */
export function scan(text: string): Piece[] {
  const n = scanPieces(text);
  const out: Piece[] = [];
  for (let p = 0; p < n << 2; p += 4) out.push({ start: PIECES[p], end: PIECES[p + 1], kind: KINDS[PIECES[p + 2]] });
  return out;
}

/** The scanner: fills PIECES with the pieces of `text`, in order, and returns how many. */
function scanPieces(text: string): number {
  pieces = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === SPACE || cls === INVISIBLE) { i++; continue; }
    let j = i + 1;
    if (isWordClass(cls)) {
      // a word: letters and marks; an invisible mark (ZWNJ, bidi) inside a word does not break it.
      // Hashed for the form cache on this one pass; a word with a tatweel goes to pushWord (which
      // may split it), any other is recorded here.
      let x = text.charCodeAt(i);
      let h = Math.imul(FNV_SEED ^ x, FNV_PRIME);
      let tatweel = x === TATWEEL, letter = cls === AR_LETTER;
      while (j < n) {
        x = text.charCodeAt(j);
        const c = charClass(x);
        if (!isWordClass(c) && !(c === INVISIBLE && j + 1 < n && isWordClass(charClass(text.charCodeAt(j + 1))))) break;
        h = Math.imul(h ^ x, FNV_PRIME);
        if (x === TATWEEL) tatweel = true;
        else if (c === AR_LETTER) letter = true;
        j++;
      }
      if (tatweel) pushWord(text, i, j);
      // a run of marks alone (a stray tatweel used as a dash, a lone diacritic) is not a word
      else piece(i, j, letter ? WORD : SYM, h);
    } else if (cls === DIGIT) {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (charClass(c) === DIGIT) j++;
        else if (NUMBER_SEPARATORS.has(c) && j + 1 < n && charClass(text.charCodeAt(j + 1)) === DIGIT) j += 2;
        else break;
      }
      piece(i, j, NUMBER, 0);
    } else if (cls === LETTER) {
      while (j < n) {
        const x = text.charCodeAt(j);
        const c = charClass(x);
        if (c === LETTER || c === MARK || c === DIGIT) j++;
        else if (APOSTROPHES.has(x) && j + 1 < n && charClass(text.charCodeAt(j + 1)) === LETTER) j += 2;
        else break;
      }
      piece(i, j, LATIN, 0);
    } else if (cls === PUNCT) {
      piece(i, j, PUNCTUATION, 0);
    } else {
      // a symbol: one code point (a surrogate pair stays whole), with any combining marks after it
      const x = text.charCodeAt(i);
      if (x >= 0xd800 && x <= 0xdbff && j < n) { const y = text.charCodeAt(j); if (y >= 0xdc00 && y <= 0xdfff) j++; }
      while (j < n && charClass(text.charCodeAt(j)) === MARK) j++;
      piece(i, j, SYM, 0);
    }
    i = j;
  }
  return pieces;
}

/** Record the Arabic word [i, j), split after a tatweel that follows nothing but proclitics. */
function pushWord(text: string, i: number, j: number): void {
  let hasLetter = false;
  for (let p = i; p < j; p++) {
    const x = text.charCodeAt(p);
    if (x === TATWEEL && hasLetter && p - i <= 8) {
      let q = p + 1;
      while (q < j && charClass(text.charCodeAt(q)) === AR_MARK) q++;
      if (isProcliticSequence(letters(text, i, p)) && splitsHere(text, q, j)) {
        piece(i, q, WORD, 0);
        pushWord(text, q, j);
        return;
      }
    }
    if (!hasLetter && charClass(x) === AR_LETTER) hasLetter = true;
  }
  // a run of marks alone (a stray tatweel used as a dash, a lone diacritic) is not a word
  piece(i, j, hasLetter ? WORD : SYM, 0);
}

/** The folded letters of text[i, j), marks left out. */
function letters(text: string, i: number, j: number): string {
  let s = "";
  for (let p = i; p < j; p++) s += foldChar(text[p]);
  return s;
}

/** The rest of the word after a clitic + tatweel: at least two letters, and no more tatweel (decorative kashida stays whole). */
function splitsHere(text: string, q: number, j: number): boolean {
  let letters = 0;
  for (let p = q; p < j; p++) {
    const x = text.charCodeAt(p);
    if (x === TATWEEL) return false;
    if (charClass(x) === AR_LETTER) letters++;
  }
  return letters >= 2;
}

/**
 * Tokens of `text` with their readings; `sentences` (sorted spans) gives each token its
 * sentence index (-1 when no sentences are given or the token lies outside them).
 */
export function tokenize(text: string, sentences: Span[] = []): Token[] {
  const n = scanPieces(text) << 2;
  // 1. load every word's slot ahead (independent loads: their cache misses overlap)
  let w = 0;
  for (let p = 3; p < n; p += 4) if (PIECES[p] !== 0) w ^= warm(PIECES[p]);
  warmed = w;
  // 2. the forms' numbers (kept for the document: formNumbers); 3. the tokens, their text, norm,
  // readings and form read by number from dense arrays (clitics.ts words…), not from each Form
  // object (a cache line per word, scattered). Numbers stay valid while the form table is not
  // emptied: when this document may fill it (rarely: every ~300k new words), the Forms are taken
  // as they are found instead (a scratch array), since an emptying renumbers the words.
  const count = n >> 2, gen = formGeneration(), ids = new Int32Array(count);
  const safe = formRoom() > count;
  if (!safe && FORMS.length < count) FORMS = new Array<Form | undefined>(2 * count).fill(undefined);
  for (let p = 0; p < n; p += 4) {
    const start = PIECES[p], end = PIECES[p + 1], h = PIECES[p + 3];
    const k = h === 0 ? numberAt(text, start, end) : numberHashed(text, start, end, h);
    ids[p >> 2] = k;
    if (!safe) FORMS[p >> 2] = formOfNumber(k);
  }
  const out = sized(count);
  const ns = sentences.length;
  let s = 0;
  let sStart = ns > 0 ? sentences[0].start : 0, sEnd = ns > 0 ? sentences[0].end : 0;
  for (let p = 0; p < n; p += 4) {
    const start = PIECES[p];
    while (s < ns && sEnd <= start) if (++s < ns) { sStart = sentences[s].start; sEnd = sentences[s].end; }
    const sentence = s < ns && sStart <= start ? s : -1;
    // the form's text, norm and readings are shared by every token written so: nothing sliced or made per token
    if (safe) {
      const k = ids[p >> 2];
      out[p >> 2] = { start, end: PIECES[p + 1], text: wordOfNumber(k), norm: normOfNumber(k), kind: KINDS[PIECES[p + 2]], sentence, readings: readingsOfNumber(k), form: formOfNumber(k) };
    } else {
      const f = FORMS[p >> 2]!;
      FORMS[p >> 2] = undefined;
      out[p >> 2] = { start, end: PIECES[p + 1], text: f.word, norm: f.norm, kind: KINDS[PIECES[p + 2]], sentence, readings: f.readings, form: f };
    }
  }
  // (a table emptied halfway through gave numbers of two generations: none kept)
  if (formGeneration() === gen) NUMBERED.set(out, { ids, gen });
  return out;
}

// The token list is made at its final length: grown by push, an article's ~500 tokens went through
// seven backing stores (16, 40, 76 … 787 entries: ~17 KB allocated for ~6 KB kept, ~5% of all the
// bytes an article allocates: bench/alloc, session 12). A slice of a packed array of zeros has the
// exact length and stays packed (SMI, then objects once the first token is stored: the same
// elements kind as a list built by push, so no reader meets a second kind); every entry is written.
let ZEROS: number[] = [0];
function sized(n: number): Token[] {
  if (ZEROS.length < n) { const z = ZEROS; while (z.length < n) z.push(0); }
  return ZEROS.slice(0, n) as unknown as Token[];
}

// Per token list that tokenize() returned, its tokens' form numbers (clitics.ts numberAt) and
// their generation: later stages keep per-word records in typed arrays by number (one dense
// array read per token, where a read of the Form object was a cache miss: bench/PERF.md, session 9).
const NUMBERED = new WeakMap<Token[], { ids: Int32Array; gen: number }>();

/**
 * The form number of each token of a list tokenize() made, or null: a list it did not make, a
 * list whose length changed, or numbers of an older generation (the form table was emptied since:
 * a number may now name another word). Read only.
 */
export function formNumbers(tokens: Token[]): Int32Array | null {
  const x = NUMBERED.get(tokens);
  return x !== undefined && x.gen === formGeneration() && x.ids.length === tokens.length ? x.ids : null;
}
let warmed = 0;
let FORMS: (Form | undefined)[] = new Array<Form | undefined>(4096).fill(undefined);
