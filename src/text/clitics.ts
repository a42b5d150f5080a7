// Clitic segmentation: the readings of one written word. Arabic attaches conjunctions (و ف),
// prepositions (ب ل ك), the future marker (س) and the article (ال, fused with ل as لل) to the
// front of a word and object/possessive pronouns (ه ها هم ...) to its end, so "وبالرقة" has to
// meet the knowledge base's "الرقة". This module does not decide: it offers every plausible
// split as a CANDIDATE Reading, whole word first, and the matchers downstream keep the one they
// know. Names that begin with clitic letters (بنغازي، فلسطين، لندن، واشنطن) are therefore never
// cut by this layer; `bestReading` strips only when asked with a lookup or when the split is
// clearly right (a clitic before the article: وال، بال، لل).
//
// Every Reading keeps its stem as offsets into the text, so a match on a stem is a span of the
// article: normalize(text.slice(stem)) === norm, with two restorations where writing fuses
// letters: ل + ال is written لل ("للأمم": pre "ل", norm "الامم", and the span covers both lams,
// as the contract keeps them inside a mention), and ة is written ت before a pronoun ("حكومته":
// norm "حكومه", post "ه", span "حكومت"; offered after the unrestored "حكومت").
// The inventory of clitics is data (data/text/clitics.tsv); the order of the slots (conj,
// prep/future, article, stem, enclitic) is grammar and lives here.
//
// Segmentation runs on every word of every article, so readings are computed once per distinct
// written form (a bounded cache) and copied out with the token's offsets.
import { fileURLToPath } from "node:url";
import type { Reading, Token } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
import { readTsv } from "../core/tsv.ts";
import * as chars from "./chars.ts";
import * as norm from "./normalize.ts";
// tsx compiles imported bindings to getter calls, too slow in per-character loops: bind once.
const { charClass, AR_LETTER } = chars;
const { foldChar, normalize } = norm;

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

/** A reading with its stem relative to the word's first character (cached per written form). */
interface Template { pre: string; article: boolean; s: number; e: number; norm: string; bare: string; post: string; group: number }

// The cache: open addressing over an FNV-1a hash of the word's code units (faster than a Map
// with string keys at this size: measured); emptied when it fills, which bounds its memory.
const SLOTS = 1 << 19; // room for ~300k distinct words (a month of one outlet) before a flush
const MASK = SLOTS - 1;
const MAX_FILL = SLOTS * 0.6;
const hashes = new Int32Array(SLOTS); // 0 = empty; probed before any string is touched
const keys: string[] = new Array<string>(SLOTS).fill("");
const NONE: Template[] = [];
const values: Template[][] = new Array<Template[]>(SLOTS).fill(NONE);
let filled = 0;

/** True when `letters` (folded) is only proclitics, e.g. "ب", "وال", "لل": see tokens.ts. */
export const isProcliticSequence = (letters: string): boolean => INV.prefixes.has(letters);

// one-character tokens (punctuation, a lone letter or digit) skip the hash: a table by code unit
const SINGLE: (Template[] | undefined)[] = new Array<Template[] | undefined>(65536).fill(undefined);

function templatesOf(text: string, start: number, end: number, word: string): Template[] {
  if (end - start === 1) {
    const x = text.charCodeAt(start);
    return SINGLE[x] ?? (SINGLE[x] = computeTemplates(word));
  }
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  if (h === 0) h = 1;
  let idx = h & MASK;
  for (let x = hashes[idx]; x !== 0; x = hashes[idx]) {
    if (x === h && keys[idx] === word) return values[idx];
    idx = (idx + 1) & MASK;
  }
  const t = computeTemplates(word);
  if (filled >= MAX_FILL) { hashes.fill(0); keys.fill(""); values.fill(NONE); filled = 0; idx = h & MASK; }
  keys[idx] = detach(word);
  hashes[idx] = h;
  values[idx] = t;
  filled++;
  return t;
}

/** A copy that does not hold on to the article it was sliced from (V8 slices share their parent). */
const detach = (word: string): string => (word.length < 13 ? word : Buffer.from(word, "utf16le").toString("utf16le"));

const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
const CONJ_OPTIONS: (Clitic | null)[] = [null, ...INV.conj];

function computeTemplates(word: string): Template[] {
  const norm = normalize(word);
  const whole: Template = { pre: "", article: false, s: 0, e: word.length, norm, bare: norm, post: "", group: 0 };
  // letters as folded (L), where each sits in the word (P), and as written (W)
  let L = "", W = "";
  const P: number[] = [];
  let arabic = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const f = foldChar(ch);
    if (f === "") continue;
    if (charClass(ch.charCodeAt(0)) === AR_LETTER) arabic = true;
    L += f; W += ch; P.push(i);
  }
  // words without Arabic letters, or with presentation forms (one glyph = two letters), stay whole
  if (!arabic || L !== norm || PRESENTATION.test(word)) return [whole];
  const n = L.length;
  const art = INV.article.form;
  const articleMin = INV.article.minStem;
  const hasArticle = (s: string) => s.startsWith(art) && s.length - art.length >= articleMin;
  whole.article = hasArticle(L);
  whole.bare = whole.article ? L.slice(art.length) : L;

  const out: Template[] = [whole];
  const add = (pre: string, k: number, article: boolean, s: number, stemNorm: string) =>
    out.push({ pre, article, s, e: word.length, norm: stemNorm, bare: article ? stemNorm.slice(art.length) : stemNorm, post: "", group: 0 });

  for (const conj of CONJ_OPTIONS) {
    const c = conj ? conj.form : "";
    if (c && !L.startsWith(c)) continue;
    if (conj && n - c.length >= conj.minStem) {
      const rest = L.slice(c.length);
      add(c, c.length, hasArticle(rest), P[c.length], rest);
    }
    for (const prep of INV.prep) {
      const k = c.length + prep.form.length;
      if (L.startsWith(prep.form, c.length) === false) continue;
      const rest = L.slice(k);
      // ل + ال is written لل: restore the article; the span keeps both lams (they cannot be parted)
      if (prep.form === "ل" && rest.startsWith("ل") && rest.length - 1 >= articleMin) {
        out.push({ pre: c + "ل", article: true, s: P[k - 1], e: word.length, norm: "ا" + rest, bare: rest.slice(1), post: "", group: 0 });
      }
      if (rest.length >= prep.minStem) add(c + prep.form, k, hasArticle(rest), P[k], rest);
    }
    for (const fut of INV.future) {
      const k = c.length + fut.form.length;
      if (!L.startsWith(fut.form, c.length)) continue;
      const rest = L.slice(k);
      if (rest.length >= fut.minStem && fut.before.includes(rest[0])) add(c + fut.form, k, false, P[k], rest);
    }
  }

  // enclitics: only on readings without the article (a noun with ال takes no possessive pronoun)
  const base = out.length;
  for (let r = 0; r < base; r++) {
    const b = out[r];
    if (b.article) continue;
    const k = b.norm.length; // stem letters of this reading; they end at the word's last letter
    for (const enc of INV.enclitic) {
      const m = enc.form.length;
      if (!W.endsWith(enc.form) || k - m < enc.minStem) continue;
      const stem = b.norm.slice(0, k - m);
      const e = P[n - m];
      out.push({ pre: b.pre, article: false, s: b.s, e, norm: stem, bare: stem, post: enc.form, group: enc.rank });
      // ة is written ت before a pronoun (حكومته = حكومة + ه): offer the restored noun too
      if (stem.endsWith("ت") && stem.length >= 3) {
        const restored = stem.slice(0, -1) + "ه";
        out.push({ pre: b.pre, article: false, s: b.s, e, norm: restored, bare: restored, post: enc.form, group: enc.rank });
      }
      break;
    }
  }
  // whole first; then proclitics only; then with an enclitic, the rarer pronouns last (stable)
  return out.length > 1 ? out.slice(0, 1).concat(out.slice(1).sort((a, b) => a.group - b.group)) : out;
}

function materialize(t: Template, offset: number): Reading {
  return { pre: t.pre, article: t.article, stem: { start: offset + t.s, end: offset + t.e }, norm: t.norm, bare: t.bare, post: t.post };
}

/** Readings of the word text.slice(start, end); readings[0] is the whole word. */
export function readingsAt(text: string, start: number, end: number, word = text.slice(start, end)): Reading[] {
  const ts = templatesOf(text, start, end, word);
  if (ts.length === 1) return [materialize(ts[0], start)];
  const out = new Array<Reading>(ts.length);
  for (let i = 0; i < ts.length; i++) out[i] = materialize(ts[i], start);
  return out;
}

/** Readings of a lone word, stems relative to the word: segmentWord("وبالرقة")[2].norm === "الرقه". */
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
