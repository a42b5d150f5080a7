// Clitic segmentation: the readings of one written word. Arabic attaches conjunctions (و ف),
// prepositions (ب ل ك), the future marker (س) and the article (ال, fused with ل as لل) to the
// front of a word and object/possessive pronouns (ه ها هم ...) to its end, so "وبالرقة" has to
// meet the knowledge base's "الرقة". This module does not decide: it offers every plausible
// split as a CANDIDATE Reading, whole word first, and the matchers downstream keep the one they
// know. Names that begin with clitic letters (بنغازي، فلسطين، لندن، واشنطن) are therefore never
// cut by this layer; `bestReading` strips only when asked with a lookup or when the split is
// clearly right (a clitic before the article: وال، بال، لل).
//
// Every Reading keeps its stem as offsets into its word (from, to), so a match on a stem is a span
// of the article: normalize(text.slice(t.start + from, t.start + to)) === norm, with three restorations where writing fuses
// letters: ل + ال is written لل ("للأمم": pre "ل", norm "الامم", and the span covers both lams,
// as the contract keeps them inside a mention), and ة is written ت before a pronoun ("حكومته":
// norm "حكومه", post "ه", span "حكومت"; offered after the unrestored "حكومت"), and a final hamza
// sits on ي or و before a pronoun ("لقائه": norm "لقاء", span "لقائ"; after the unrestored "لقاي").
// The inventory of clitics is data (data/text/clitics.tsv); the order of the slots (conj,
// prep/future, article, stem, enclitic) is grammar and lives here.
//
// Segmentation runs on every word of every article, so readings are computed once per distinct
// written form (a bounded cache) and SHARED by every token written so: a reading's stem offsets
// are relative to its token's start (`from`, `to`), so nothing is made per token (no object for
// the GC to copy while the document lives through the later stages).
import { fileURLToPath } from "node:url";
import type { Reading, Span, Token, TokenForm } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
import { readTsv } from "../core/tsv.ts";
import * as chars from "./chars.ts";
import * as norm from "./normalize.ts";
import * as table from "./form-table.ts";
// tsx compiles imported bindings to getter calls, too slow in per-character loops: bind once.
const { charClass, AR_LETTER } = chars;
const { foldCode, normalize, shortString } = norm;

const ALIF = 0x627, YEH_HAMZA = 0x626, WAW_HAMZA = 0x624; // ا ئ ؤ
const DATA_FILE = fileURLToPath(new URL("../../data/text/clitics.tsv", import.meta.url));

interface Clitic { form: string; minStem: number; before: string; rank: number }
interface Inventory {
  conj: Clitic[]; prep: Clitic[]; future: Clitic[]; article: Clitic; enclitic: Clitic[];
  /** Letter sequences that are nothing but proclitics (و، بال، لل ...): a tatweel after one of them splits a token. */
  prefixes: Set<string>;
}

function loadInventory(): Inventory {
  const inv: Inventory = { conj: [], prep: [], future: [], article: { form: "ال", minStem: 2, before: "", rank: 1 }, enclitic: [], prefixes: new Set() };
  let article: Clitic | null = null;
  for (const { row, file, line } of readTsv(DATA_FILE)) {
    const c: Clitic = { form: normalize(row.form), minStem: Number(row.min_stem) || 2, before: normalize(row.before ?? ""), rank: Number(row.rank) || 1 };
    if (!c.form) throw new RasidError("E_INTERNAL", `${file}:${line}`, "clitic row without a form");
    switch (row.slot) {
      case "conj": inv.conj.push(c); break;
      case "prep": inv.prep.push(c); break;
      case "future": inv.future.push(c); break;
      case "article": article = c; break;
      case "enclitic": inv.enclitic.push(c); break;
      default: throw new RasidError("E_INTERNAL", `${file}:${line}`, `unknown clitic slot "${row.slot}"`);
    }
  }
  if (article) inv.article = article;
  // longest enclitic first, so "هما" is tried before "ها" would be (they never both match, but be safe)
  inv.enclitic.sort((a, b) => b.form.length - a.form.length);
  const a = inv.article.form;
  for (const c of ["", ...inv.conj.map((x) => x.form)]) {
    for (const p of ["", ...inv.prep.map((x) => x.form)]) {
      for (const art of ["", a]) {
        const s = p === "ل" && art ? c + "لل" : c + p + art;
        if (s) inv.prefixes.add(s);
      }
    }
  }
  return inv;
}

const INV = loadInventory();

/** One written form: its text, normal form and readings (shared by every token written so), and later stages' records. */
export interface Form extends TokenForm { readonly norm: string; readonly readings: Reading[] }


// The cache: every distinct written word gets a number from form-table.ts (a hit compares code
// units there, so no string is sliced and no Form is read to find a word seen before) and its Form
// is kept in a dense array by that number (numbers are given in first-seen order, so the frequent
// words' entries sit together and stay in the cache: measured, an array by the table's slot, whose
// entries are scattered by the hash, made the text stage ~15% dearer in the pipeline); both are
// emptied when the table fills, which bounds memory.
const { find, add: addWord, peek, clear: clearWords, size: wordCount, capacity: WORD_CAPACITY } = table;
// By number, four entries a word: its text, norm, readings and Form, side by side. tokens.ts copies
// the first three onto each token and keeps the Form, so a token reads one stretch of this array
// (a cache line, or two) instead of its Form object (scattered, a line each) or four arrays by
// number (four lines for a word met seldom: session 18); the hot words' entries sit together at
// the front, two to a line.
let byNumber: unknown[] = [];
const WORD = 0, NORM = 1, READINGS = 2, FORM = 3;

/** True when `letters` (folded) is only proclitics, e.g. "ب", "وال", "لل": see tokens.ts. */
export const isProcliticSequence = (letters: string): boolean => INV.prefixes.has(letters);

// one-character tokens (punctuation, a lone letter or digit) skip the hash: a table by code unit
const SINGLE: (Form | undefined)[] = new Array<Form | undefined>(65536).fill(undefined);

/** The hash formAt uses: FNV-1a over the code units, h = fnvStep(h, code) from FNV_SEED (tokens.ts hashes as it scans). */
export const FNV_SEED = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** The form written text[start, end): looked up, or segmented once and cached. */
export function formAt(text: string, start: number, end: number): Form {
  if (end - start === 1) return singleForm(text, start);
  let h = FNV_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return formHashed(text, start, end, h);
}

const singleForm = (text: string, at: number): Form => {
  const x = text.charCodeAt(at);
  return SINGLE[x] ?? (SINGLE[x] = makeForm(text.slice(at, at + 1)));
};

// Form numbers, for stages that keep per-word records in typed arrays indexed by number instead of
// on the Form object (a Form read per token per stage was a cache miss each: bench/PERF.md,
// session 9): a word's number is its number in the form table (0 … WORD_CAPACITY-1), a
// one-character form's is SINGLE_BASE + its code unit. Numbers are valid for one generation: when
// the table is emptied (full), the generation changes and numbers are given again from 0.
/** One above the largest form number: the size of an array indexed by form number. */
export const SINGLE_BASE = WORD_CAPACITY, NUMBERS = WORD_CAPACITY + 65536;
let generation = 0;
/** Changes whenever the form table is emptied (form numbers are then given again from 0). */
export const formGeneration = (): number => generation;
/** A stage's per-word table indexed by form number: `byNumber` (null until first used) holds
 *  values for form generation `numbersFor` (0: nothing kept for that word). */
export interface NumberTable { byNumber: Int32Array | null; numbersFor: number }
/** The table's array for the current generation, allocated on first use and zeroed when the form
 *  table was emptied since it was last used (its numbers now name other words). */
export function numberTable(h: NumberTable): Int32Array {
  if (h.byNumber === null) h.byNumber = new Int32Array(NUMBERS);
  else if (h.numbersFor !== generation) h.byNumber.fill(0);
  h.numbersFor = generation;
  return h.byNumber;
}
/** How many new words the table takes before it is emptied (so many lookups cannot renumber). */
export const formRoom = (): number => WORD_CAPACITY - wordCount();

/** The number of the form written text[start, end) (formAt's form: formOfNumber), in the current generation. */
export function numberAt(text: string, start: number, end: number): number {
  if (end - start === 1) { singleForm(text, start); return SINGLE_BASE + text.charCodeAt(start); }
  let h = FNV_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return numberHashed(text, start, end, h);
}

/** numberAt when the caller has the FNV-1a hash `h` of text[start, end) (see formHashed). */
export function numberHashed(text: string, start: number, end: number, h: number): number {
  if (end - start === 1) { singleForm(text, start); return SINGLE_BASE + text.charCodeAt(start); }
  const id = find(text, start, end, h);
  if (id >= 0) return id;
  const f = makeForm(detach(text.slice(start, end)));
  if (wordCount() >= WORD_CAPACITY) { clearWords(); byNumber = []; generation++; }
  const n = addWord(text, start, end, h), b = n << 2; // n is byNumber.length / 4: appended in order
  byNumber[b + WORD] = f.word; byNumber[b + NORM] = f.norm; byNumber[b + READINGS] = f.readings; byNumber[b + FORM] = f;
  return n;
}

/** The form of a number numberAt/numberHashed gave in the current generation. */
export const formOfNumber = (n: number): Form => (n >= SINGLE_BASE ? SINGLE[n - SINGLE_BASE]! : byNumber[(n << 2) + FORM] as Form);
/** formOfNumber(n).word, .norm, .readings, read beside it by number (see `byNumber`). */
export const wordOfNumber = (n: number): string => (n >= SINGLE_BASE ? SINGLE[n - SINGLE_BASE]!.word : byNumber[(n << 2) + WORD] as string);
export const normOfNumber = (n: number): string => (n >= SINGLE_BASE ? SINGLE[n - SINGLE_BASE]!.norm : byNumber[(n << 2) + NORM] as string);
export const readingsOfNumber = (n: number): Reading[] => (n >= SINGLE_BASE ? SINGLE[n - SINGLE_BASE]!.readings : byNumber[(n << 2) + READINGS] as Reading[]);

/**
 * Load the table slot where a lookup of hash `h` starts, without using it: tokens.ts calls this
 * for every word of an article before looking any up, so the cache misses of many words are in
 * flight at once instead of one after the other. Returns a value only so that the load stays.
 */
export const warm = (h: number): number => peek(h);

/** formAt when the caller already has the FNV-1a hash `h` of text[start, end) (the scanner computes it on its one pass). */
export function formHashed(text: string, start: number, end: number, h: number): Form {
  if (end - start === 1) return singleForm(text, start);
  return formOfNumber(numberHashed(text, start, end, h));
}

// every field written here, so all forms share one shape (later stages' records in-object)
function makeForm(word: string): Form {
  const readings = word ? computeReadings(word) : [];
  return { word, norm: readings.length ? readings[0].norm : "", readings, mentions: undefined, tagger: undefined, phrases: undefined };
}

/** A copy that does not hold on to the article it was sliced from (V8 slices share their parent). */
const detach = (word: string): string => (word.length < 13 ? word : Buffer.from(word, "utf16le").toString("utf16le"));

const CONJ_OPTIONS: (Clitic | null)[] = [null, ...INV.conj];
const ART = INV.article.form;
const ART_MIN = INV.article.minStem;
const hasArticle = (s: string): boolean => s.startsWith(ART) && s.length - ART.length >= ART_MIN;
// every Reading made here has this one shape (field order included), as phrase-index's stand-ins do
const reading = (pre: string, article: boolean, from: number, to: number, norm: string, bare: string, post: string): Reading =>
  ({ pre, article, from, to, norm, bare, post });
/** A proclitic reading whose stem runs from s to the word's end e. */
function add(out: Reading[], pre: string, s: number, e: number, stemNorm: string): void {
  const article = hasArticle(stemNorm);
  out.push(reading(pre, article, s, e, stemNorm, article ? stemNorm.slice(ART.length) : stemNorm, ""));
  GROUP[out.length - 1] = 0;
}
// scratch for computeReadings: folded letters, where each sits in the word, which enclitics end it
let LETTERS = new Uint16Array(256);
let LETTERS_VIEW = Buffer.from(LETTERS.buffer);
let POS = new Int32Array(256);
const ENDS = new Uint8Array(INV.enclitic.length);
// scratch: the sort group of each reading made for the current word (0 = whole or proclitics only)
const GROUP: number[] = [];

/** LETTERS[0, n) as a string (normalize.ts's fromCodes, over this module's scratch). */
const lettersString = (n: number): string =>
  n <= 8 ? shortString(LETTERS, n) : LETTERS_VIEW.toString("utf16le", 0, 2 * n);

function computeReadings(word: string): Reading[] {
  const len = word.length;
  if (len > LETTERS.length) { LETTERS = new Uint16Array(len); LETTERS_VIEW = Buffer.from(LETTERS.buffer); POS = new Int32Array(len); }
  // one fold: the letters as folded (LETTERS) and where each sits in the word (POS); marks are
  // left out. When the word holds no presentation form (normalize() applies NFKC to those) and no
  // whitespace (normalize() collapses and trims it), LETTERS is normalize(word) unit for unit.
  let n = 0;
  let arabic = false;
  let presentation = false;
  let space = false;
  let changed = false; // a letter folded or a mark left out: the normal form is not the word itself
  for (let i = 0; i < len; i++) {
    const x = word.charCodeAt(i);
    const f = foldCode(x);
    if (x >= 0xfb50 && (x <= 0xfdff || (x >= 0xfe70 && x <= 0xfeff))) presentation = true;
    if (f !== x) { changed = true; if (f < 0) continue; }
    if (f === 0x20 || f === 0x09 || f === 0x0a || f === 0x0d) space = true;
    if (!arabic && charClass(x) === AR_LETTER) arabic = true;
    LETTERS[n] = f;
    POS[n++] = i;
  }
  const plain = !presentation && !space;
  const norm = !plain ? normalize(word) : changed ? lettersString(n) : word;
  const whole = reading("", false, 0, len, norm, norm, "");
  GROUP[0] = 0;
  // words without Arabic letters, with presentation forms (one glyph = two letters), or whose
  // letters do not fold to their normal form letter for letter, stay whole
  if (!arabic || presentation) return [whole];
  if (space) {
    if (n !== norm.length) return [whole];
    for (let k = 0; k < n; k++) if (LETTERS[k] !== norm.charCodeAt(k)) return [whole];
  }
  const L = norm;
  whole.article = hasArticle(L);
  whole.bare = whole.article ? L.slice(ART.length) : L;

  const out: Reading[] = [whole];
  for (const conj of CONJ_OPTIONS) {
    const c = conj ? conj.form : "";
    if (c && !L.startsWith(c)) continue;
    if (conj && n - c.length >= conj.minStem) add(out, c, POS[c.length], len, L.slice(c.length));
    for (const prep of INV.prep) {
      const k = c.length + prep.form.length;
      if (L.startsWith(prep.form, c.length) === false) continue;
      const rest = L.slice(k);
      // ل + ال is written لل: restore the article; the span keeps both lams (they cannot be parted)
      if (prep.form === "ل" && rest.startsWith("ل") && rest.length - 1 >= ART_MIN) {
        out.push(reading(c + "ل", true, POS[k - 1], len, "ا" + rest, rest.slice(1), ""));
        GROUP[out.length - 1] = 0;
      }
      if (rest.length >= prep.minStem) add(out, c + prep.form, POS[k], len, rest);
    }
    for (const fut of INV.future) {
      const k = c.length + fut.form.length;
      if (!L.startsWith(fut.form, c.length)) continue;
      const rest = L.slice(k);
      if (rest.length >= fut.minStem && fut.before.includes(rest[0])) {
        out.push(reading(c + fut.form, false, POS[k], len, rest, rest, ""));
        GROUP[out.length - 1] = 0;
      }
    }
  }

  // enclitics, as written (ة is not ه): only on readings without the article (a noun with ال
  // takes no possessive pronoun)
  let anyEnd = false;
  for (let q = 0; q < INV.enclitic.length; q++) anyEnd = (ENDS[q] = writtenEnd(word, n, INV.enclitic[q].form) ? 1 : 0) === 1 || anyEnd;
  const base = out.length;
  for (let r = 0; anyEnd && r < base; r++) {
    const b = out[r];
    if (b.article) continue;
    const k = b.norm.length; // stem letters of this reading; they end at the word's last letter
    for (let q = 0; q < INV.enclitic.length; q++) {
      const enc = INV.enclitic[q];
      const m = enc.form.length;
      if (!ENDS[q] || k - m < enc.minStem) continue;
      const stem = b.norm.slice(0, k - m);
      const e = POS[n - m];
      out.push(reading(b.pre, false, b.from, e, stem, stem, enc.form));
      GROUP[out.length - 1] = enc.rank;
      // ة is written ت before a pronoun (حكومته = حكومة + ه): offer the restored noun too
      if (stem.endsWith("ت") && stem.length >= 3) {
        const restored = stem.slice(0, -1) + "ه";
        out.push(reading(b.pre, false, b.from, e, restored, restored, enc.form));
        GROUP[out.length - 1] = enc.rank;
      }
      // a final hamza sits on ي or و before a pronoun (لقائه، لقاؤه = لقاء + ه): offer the noun with ء
      // (branch evverb11: "خلال لقائه"، "إدانة اعتدائه" never met the lexicon's "لقاء"، "اعتداء")
      else if (stem.length >= 3 && stem.charCodeAt(stem.length - 2) === ALIF && (word.charCodeAt(e - 1) === YEH_HAMZA || word.charCodeAt(e - 1) === WAW_HAMZA)) {
        const restored = stem.slice(0, -1) + "ء";
        out.push(reading(b.pre, false, b.from, e, restored, restored, enc.form));
        GROUP[out.length - 1] = enc.rank;
      }
      break;
    }
  }
  // whole first; then proclitics only; then with an enclitic, the rarer pronouns last (a stable
  // insertion sort by group after the first)
  for (let i = 2; i < out.length; i++) {
    const t = out[i], g = GROUP[i];
    let j = i - 1;
    while (j >= 1 && GROUP[j] > g) { out[j + 1] = out[j]; GROUP[j + 1] = GROUP[j]; j--; }
    out[j + 1] = t;
    GROUP[j + 1] = g;
  }
  // a compact copy: the array grown by push keeps spare room, for as long as the form is cached
  return out.length > 1 ? out.slice() : out;
}

/** Do the word's last n kept (unfolded) characters end with `form`? (POS holds where they sit.) */
function writtenEnd(word: string, n: number, form: string): boolean {
  const m = form.length;
  if (m > n) return false;
  for (let q = 0; q < m; q++) if (word.charCodeAt(POS[n - m + q]) !== form.charCodeAt(q)) return false;
  return true;
}

/** A reading's stem as a span of the text, for a token `t` (or any span starting where its word starts). */
export const stemOf = (t: Span, r: Reading): Span => ({ start: t.start + r.from, end: t.start + r.to });

/** Readings of the word text.slice(start, end) (shared: do not change them); readings[0] is the whole word. */
export function readingsAt(text: string, start: number, end: number): Reading[] {
  return formAt(text, start, end).readings;
}

/** Readings of a lone word: segmentWord("وبالرقة")[2].norm === "الرقه", its stem word.slice(from, to). */
export function segmentWord(word: string): Reading[] {
  return readingsAt(word, 0, word.length);
}

/** Is this reading a clear split without any lookup: a clitic before the article (وال، بال، لل)? */
function clearlySplit(r: Reading): boolean {
  return r.pre !== "" && r.article && r.post === "" && r.bare.length >= STRONG_MIN_BARE;
}
const STRONG_MIN_BARE = 3;

/**
 * One reading for a token. With `known` (e.g. a knowledge-base lookup), the first reading, in
 * order, that it accepts; otherwise the whole word unless a clitic before the article makes the
 * split clear ("والرئيس" → "الرئيس", "للأمم" → "الامم"). Never cuts "بنغازي" or "واشنطن" on its own.
 */
export function bestReading(token: Pick<Token, "readings">, known?: (norm: string, r: Reading) => boolean): Reading {
  const rs = token.readings;
  if (known) for (const r of rs) if (known(r.norm, r)) return r;
  for (let i = 1; i < rs.length; i++) if (clearlySplit(rs[i])) return rs[i];
  return rs[0];
}
