// Features of the statistical name tagger. They are deliberately split in two kinds so that
// tagging costs almost nothing at run time:
// - word features: what a token is on its own (its normalized form, stem without clitics,
//   affixes of one to four letters and letter trigrams of the stem, a nisba ending on a definite
//   stem, shape, lexicon and knowledge-base hits, the written last letter where normalization
//   folds it (ى, ة), membership of the form or its stem in hunspell-ar's ordinary words), seen
//   from a window position -2..+2. They
//   depend only on the token's text, so the tagger sums their weights once per (position, word)
//   and caches the sum;
// - rule features: what the KB/pattern recognizer already said about the token (B-/I- and type,
//   and whether by KB or by pattern) at positions -1..+1, so the model learns when to trust it.
// Training (scripts/train-ner.ts) and tagging call the same functions, so they cannot drift.
import type { Token } from "../../core/document.ts";
import type { FoundMention } from "../candidate.ts";
import type { Gazetteer } from "../gazetteer.ts";
import type { Lexicons } from "../lexicons.ts";
import { IN, lexiconBits } from "../word-classes.ts";
import fs from "node:fs";
import path from "node:path";
import { GENERATED_DIR } from "../../kb/files.ts";
import { wordListAt } from "../../kb/ordinary-words.ts";

export const LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

const NAME_PRE = new Set(["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]);
const YA = 0x64a, HA = 0x647; // ي، ه (normalize() folds ة to ه)
const KIND: Record<string, string> = { PERSON: "P", ORG: "O", GPE: "G", LOC: "L", FAC: "F" };

export interface FeatureResources { gaz: Gazetteer; lex: Lexicons }

// The written last letter where normalize() folds it away: ى (alif maqsura) and ة (ta marbuta)
// become ي and ه, so "على" (on, a stop word) and the name "علي" are one form, as are a feminine
// noun or name in ة and a word with the pronoun ه. The press keeps them apart (ANERcorp's Egyptian
// spelling often writes ي for ى, so the model learns how far to trust the letter). "ym" / "tm".
const ALIF_MAQSURA = 0x649, TA_MARBUTA = 0x629;
function rawLast(text: string): "" | "ym" | "tm" {
  const c = text.charCodeAt(text.length - 1);
  return c === ALIF_MAQSURA ? "ym" : c === TA_MARBUTA ? "tm" : "";
}

// Ordinary words: hunspell-ar's word list (data/kb/generated/ordinary-words.txt, written by the
// build; normalized forms). A word the ANERcorp training text never showed is told apart by it:
// transliterated names (فرويد، شومسكي) are in no dictionary, the common words a name's span runs
// on into (باحث، عضوي، دور) are. Read once, on first use; no file (a build without hunspell-ar):
// an empty set, so the feature never fires (the model then leans on its other features).
let ORDINARY: Set<string> | null = null;
export function ordinaryWords(): Set<string> {
  if (ORDINARY) return ORDINARY;
  const file = process.env.RASID_NER_ORDINARY ?? path.join(GENERATED_DIR, "ordinary-words.txt");
  // (kb/ordinary-words.ts: the KB's loose matching reads the same file; one Set for both)
  ORDINARY = file === "off" ? new Set() : wordListAt(file);
  return ORDINARY;
}

/** Word classes of one normalized form: lexicon and KB membership. */
function classes(norm: string, r: FeatureResources, out: string[], tag: string): void {
  const { lex, gaz } = r;
  if (lex.firstNames.has(norm)) out.push(tag + "fn");
  if (lex.titles.has(norm)) out.push(tag + "ti");
  if (lex.orgHeads.has(norm)) out.push(tag + "oh:" + (lex.orgHeads.get(norm)!.type ?? "ORG"));
  if (lex.offices.has(norm)) out.push(tag + "of");
  if (lex.placeCues.has(norm) || lex.settlementCues.has(norm)) out.push(tag + "pc");
  if (lex.stops.has(norm)) out.push(tag + "st");
  if (lex.connectors.has(norm)) out.push(tag + "cn");
  if (gaz.adjective(norm)) out.push(tag + "adj");
  const kb = gaz.lookup(norm);
  if (kb?.length) out.push(tag + "kb:" + (KIND[kb[0].type] ?? "x") + (kb[0].generated ? "g" : ""));
  if (gaz.surname?.(norm)) out.push(tag + "sn");
  if (ordinaryWords().has(norm)) out.push(tag + "od");
}

/**
 * The word features of token t seen from window position `o` (a string list, "o|name").
 * `bare`: the names without the position, for every position at once (the set of position 0,
 * which holds all the others'); the tagger looks each name up once for all five positions.
 */
export function wordFeatures(t: Token | undefined, o: number, r: FeatureResources, bare = false): string[] {
  const p = bare ? "" : o + "|";
  if (!t) return [p + "<s>"];
  const out: string[] = [];
  if (t.kind === "punct" || t.kind === "symbol") { out.push(p + "pu:" + t.norm); return out; }
  if (t.kind === "number") { out.push(p + "num"); return out; }
  if (t.kind === "latin") out.push(p + "lat");
  out.push(p + "w:" + t.norm);
  const rl = rawLast(t.text);
  if (rl) out.push(p + rl);
  const whole = t.readings[0];
  classes(t.norm, r, out, p);
  // the stem without a leading conjunction/preposition (وبوتين → بوتين), and its classes
  let stem = whole.bare, definite = whole.article;
  for (const rd of t.readings) {
    if (rd.post !== "" || !NAME_PRE.has(rd.pre)) continue;
    stem = rd.bare;
    definite = rd.article;
    classes(rd.norm, r, out, p + "c");
    if (o === 0) out.push(p + "pre:" + rd.pre);
    break;
  }
  if (whole.article) out.push(p + "al");
  if (definite && ordinaryWords().has(stem)) out.push(p + "odb");
  if (o >= -1 && o <= 1) {
    out.push(p + "s:" + stem);
    // a nisba ending on a definite stem (الفرنسي، الأمريكية): an adjective, rarely a name
    const last = stem.charCodeAt(stem.length - 1);
    if (definite && (last === YA || (last === HA && stem.charCodeAt(stem.length - 2) === YA))) out.push(p + "nisba");
    if (o === 0) {
      out.push(p + "p2:" + stem.slice(0, 2), p + "p3:" + stem.slice(0, 3), p + "x2:" + stem.slice(-2), p + "x3:" + stem.slice(-3));
      out.push(p + "p1:" + stem.slice(0, 1), p + "x1:" + stem.slice(-1), p + "p4:" + stem.slice(0, 4), p + "x4:" + stem.slice(-4));
      // letter trigrams of the whole stem with its edges marked: how a transliterated name is
      // spelled inside (…يست…، …فيل…), not only at its ends
      const g = "^" + stem + "$";
      for (let k = 0; k + 3 <= g.length; k++) out.push(p + "g3:" + g.slice(k, k + 3));
      out.push(p + "len:" + Math.min(stem.length, 8));
      if (/[\u064b-\u0652]/.test(t.text)) out.push(p + "diac");
    } else out.push(p + "x2:" + stem.slice(-2));
  }
  return out;
}

// The same word features found without building their names (the tagger's first sight of a new
// word, ~11 an article over SaudiNewsNet: the ~25 strings of wordFeatures and their hashing were
// most of it). An index over a model's names, by kind: whole values (w:, s:, pu:) by their string,
// which the token already holds; affixes and trigrams as small integers over the letters the
// model's affix names use (a letter outside them: no such name); the fixed names once. Visited in
// wordFeatures' order (the tagger sums floats: the order of the adds is kept), only names the
// model has. test/mentions/model-features.test.ts pins the equality with wordFeatures.
const AFFIX_KINDS = ["p1", "p2", "p3", "p4", "x1", "x2", "x3", "x4", "g3"] as const;
const CLASS_NAMES = ["fn", "ti", "of", "pc", "st", "cn", "adj", "sn", "od"] as const;

/** A model's word-feature names (position-free, "w:…"), indexed for wordFeatureHits. */
export interface FeatureIndex<W> {
  byName: ReadonlyMap<string, W>;
  w: Map<string, W>; s: Map<string, W>; pu: Map<string, W>; pre: Map<string, W>;
  /** Affixes and trigrams by kind (AFFIX_KINDS order), by their letters' code (see `code`); empty when `table` holds them. */
  affix: Map<number, W>[];
  /**
   * The same as one open-addressed table when the weights are small integers (the tagger's
   * offsets), else null: per entry two ints, the code (-1: empty) and kind | weight << 4. One
   * probe reads one cache line, where a Map read was several dependent reads (~14 a new word).
   */
  table: Int32Array | null; tableMask: number;
  /** Letter → 1..base-1 (0: in no affix or trigram name), and the base of the codes. */
  letter: Uint8Array; base: number;
  /** Class names, bare and after a proclitic ("c…"), CLASS_NAMES order; len:1..8 at 1..8. */
  cls: (W | undefined)[]; ccls: (W | undefined)[]; len: (W | undefined)[];
  start: W | undefined; ym: W | undefined; tm: W | undefined; odb: W | undefined; num: W | undefined; lat: W | undefined; al: W | undefined; nisba: W | undefined; diac: W | undefined;
}

/** The index of a model's word-feature weights by name; null when its affix letters are too many for the codes (then use wordFeatures). */
export function featureIndex<W>(byName: ReadonlyMap<string, W>): FeatureIndex<W> | null {
  const letter = new Uint8Array(65536);
  let n = 0;
  for (const name of byName.keys()) {
    const c = name.indexOf(":");
    if (c < 0 || !(AFFIX_KINDS as readonly string[]).includes(name.slice(0, c))) continue;
    for (let i = c + 1; i < name.length; i++) { const ch = name.charCodeAt(i); if (letter[ch] === 0) { if (++n > 180) return null; letter[ch] = n; } }
  }
  const ix: FeatureIndex<W> = {
    byName, w: new Map(), s: new Map(), pu: new Map(), pre: new Map(), affix: AFFIX_KINDS.map(() => new Map<number, W>()), table: null, tableMask: 0, letter, base: n + 1,
    cls: CLASS_NAMES.map((c) => byName.get(c)), ccls: CLASS_NAMES.map((c) => byName.get("c" + c)),
    len: Array.from({ length: 9 }, (_, k) => byName.get("len:" + k)),
    start: byName.get("<s>"), ym: byName.get("ym"), tm: byName.get("tm"), odb: byName.get("odb"), num: byName.get("num"), lat: byName.get("lat"), al: byName.get("al"), nisba: byName.get("nisba"), diac: byName.get("diac"),
  };
  // affixes and trigrams by kind, in name order (a name's code is unique: digits 1..base-1 of at most 4 letters)
  const affix: [number, W][][] = AFFIX_KINDS.map(() => []);
  for (const [name, wt] of byName) {
    const c = name.indexOf(":");
    if (c < 0) continue;
    const kind = name.slice(0, c), value = name.slice(c + 1);
    if (kind === "w") ix.w.set(value, wt);
    else if (kind === "s") ix.s.set(value, wt);
    else if (kind === "pu") ix.pu.set(value, wt);
    else if (kind === "pre") ix.pre.set(value, wt);
    else {
      const k = (AFFIX_KINDS as readonly string[]).indexOf(kind);
      if (k >= 0 && value.length <= 4) affix[k].push([code(ix, value, 0, value.length), wt]);
    }
  }
  ix.table = affixTable(affix);
  if (ix.table) ix.tableMask = (ix.table.length >> 1) - 1;
  // the Maps only when there is no table (the table answers every affix read; ~27k entries less to keep)
  else for (let k = 0; k < affix.length; k++) for (const [h, wt] of affix[k]) ix.affix[k].set(h, wt);
  return ix;
}

/** Where (code, kind) starts probing in a table of mask + 1 entries. */
const probe = (h: number, kind: number, mask: number): number => (Math.imul(h, 0x9e3779b1) ^ Math.imul(kind + 1, 0x85ebca77)) >>> 7 & mask;

/** The affixes (per kind, [code, weight] in name order) as one table (see FeatureIndex.table), or null when a weight is not an integer in [0, 2^27). */
function affixTable<W>(affix: [number, W][][]): Int32Array | null {
  let n = 0;
  for (const m of affix) for (const [, wt] of m) { if (typeof wt !== "number" || !Number.isInteger(wt) || wt < 0 || wt >= 1 << 27) return null; n++; }
  let size = 16;
  while (size < 2 * n) size *= 2; // at most half full
  const tab = new Int32Array(2 * size).fill(-1), mask = size - 1;
  for (let kind = 0; kind < affix.length; kind++) for (const [h, wt] of affix[kind]) {
    let e = probe(h, kind, mask);
    while (tab[2 * e] !== -1) e = (e + 1) & mask;
    tab[2 * e] = h;
    tab[2 * e + 1] = kind | ((wt as number) << 4);
  }
  return tab;
}

/** The weight of code h of this kind in ix.table, or -1. */
function tableHit<W>(ix: FeatureIndex<W>, kind: number, h: number): number {
  const tab = ix.table!, mask = ix.tableMask;
  for (let e = probe(h, kind, mask); ; e = (e + 1) & mask) {
    const c = tab[2 * e];
    if (c === -1) return -1;
    if (c === h && (tab[2 * e + 1] & 15) === kind) return tab[2 * e + 1] >> 4;
  }
}

/** The code of s[from, to) (at most 4 letters): its letters' numbers as digits in base ix.base; -1 when a letter is in no name. */
function code<W>(ix: FeatureIndex<W>, s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    const d = ix.letter[s.charCodeAt(i)];
    if (d === 0) return -1;
    h = h * ix.base + d;
  }
  return h;
}

function affixHit<W>(ix: FeatureIndex<W>, kind: number, s: string, from: number, to: number, out: W[]): void {
  const h = code(ix, s, from, to);
  if (h < 0) return;
  if (ix.table !== null) { const v = tableHit(ix, kind, h); if (v >= 0) out.push(v as W); return; }
  const wt = ix.affix[kind].get(h);
  if (wt !== undefined) out.push(wt);
}

/** classes() of one norm, as the weights of the names it would give (cls: the bare or "c" names). */
function classHits<W>(norm: string, r: FeatureResources, ix: FeatureIndex<W>, cls: (W | undefined)[], tag: string, out: W[]): void {
  const { lex, gaz } = r;
  const b = lexiconBits(lex).get(norm) ?? 0;
  if (b & IN.firstName) put(out, cls[0]);
  if (b & IN.title) put(out, cls[1]);
  if (b & IN.orgHead) put(out, ix.byName.get(tag + "oh:" + (lex.orgHeads.get(norm)!.type ?? "ORG")));
  if (b & IN.office) put(out, cls[2]);
  if (b & (IN.placeCue | IN.settlementCue)) put(out, cls[3]);
  if (b & IN.stop) put(out, cls[4]);
  if (b & IN.connector) put(out, cls[5]);
  if (gaz.adjective(norm)) put(out, cls[6]);
  const kb = gaz.lookup(norm);
  if (kb?.length) put(out, ix.byName.get(tag + "kb:" + (KIND[kb[0].type] ?? "x") + (kb[0].generated ? "g" : "")));
  if (gaz.surname?.(norm)) put(out, cls[7]);
  if (cls[8] !== undefined && ordinaryWords().has(norm)) put(out, cls[8]); // (a model without the feature never loads the list)
}

// plain functions, no closures per call: tsx's keep-names wraps each closure made in a call
function put<W>(out: W[], wt: W | undefined): void {
  if (wt !== undefined) out.push(wt);
}

function isDiacritic(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0x64b && c <= 0x652) return true; }
  return false;
}

/**
 * The weights (values of ix) of wordFeatures(t, 0, r, true)'s names that ix has, in that order,
 * pushed onto out: the same result as looking each of those names up, without making them.
 */
export function wordFeatureHits<W>(t: Token | undefined, r: FeatureResources, ix: FeatureIndex<W>, out: W[]): W[] {
  if (!t) { put(out, ix.start); return out; }
  if (t.kind === "punct" || t.kind === "symbol") { put(out, ix.pu.get(t.norm)); return out; }
  if (t.kind === "number") { put(out, ix.num); return out; }
  if (t.kind === "latin") put(out, ix.lat);
  put(out, ix.w.get(t.norm));
  const rl = rawLast(t.text);
  if (rl) put(out, rl === "ym" ? ix.ym : ix.tm);
  const whole = t.readings[0];
  classHits(t.norm, r, ix, ix.cls, "", out);
  let stem = whole.bare, definite = whole.article;
  for (const rd of t.readings) {
    if (rd.post !== "" || !NAME_PRE.has(rd.pre)) continue;
    stem = rd.bare;
    definite = rd.article;
    classHits(rd.norm, r, ix, ix.ccls, "c", out);
    put(out, ix.pre.get(rd.pre));
    break;
  }
  if (whole.article) put(out, ix.al);
  if (definite && ix.odb !== undefined && ordinaryWords().has(stem)) put(out, ix.odb);
  put(out, ix.s.get(stem));
  const n = stem.length, last = stem.charCodeAt(n - 1);
  if (definite && (last === YA || (last === HA && stem.charCodeAt(n - 2) === YA))) put(out, ix.nisba);
  // p2 p3 x2 x3 p1 x1 p4 x4, as slice() reads them (a stem shorter than the affix: all of it)
  affixHit(ix, 1, stem, 0, Math.min(2, n), out);
  affixHit(ix, 2, stem, 0, Math.min(3, n), out);
  affixHit(ix, 5, stem, Math.max(n - 2, 0), n, out);
  affixHit(ix, 6, stem, Math.max(n - 3, 0), n, out);
  affixHit(ix, 0, stem, 0, Math.min(1, n), out);
  affixHit(ix, 4, stem, Math.max(n - 1, 0), n, out);
  affixHit(ix, 3, stem, 0, Math.min(4, n), out);
  affixHit(ix, 7, stem, Math.max(n - 4, 0), n, out);
  // trigrams of "^" + stem + "$"
  const { letter, base } = ix, g3 = ix.affix[8];
  for (let k = 0; k + 3 <= n + 2; k++) {
    let h = 0;
    for (let j = k; j < k + 3; j++) {
      const d = letter[j === 0 ? 0x5e : j === n + 1 ? 0x24 : stem.charCodeAt(j - 1)];
      if (d === 0) { h = -1; break; }
      h = h * base + d;
    }
    if (h < 0) continue;
    if (ix.table !== null) { const v = tableHit(ix, 8, h); if (v >= 0) out.push(v as W); } else put(out, g3.get(h));
  }
  put(out, ix.len[Math.min(n, 8)]);
  if (isDiacritic(t.text)) put(out, ix.diac);
  return out;
}

/**
 * Per token: the recognizer's tag ("B-PERS:kb", "I-ORG:pattern", …) or "" outside its mentions.
 * With `into`, written into that list (grown to at least n; entries past n left as they were) and
 * it returned: the pipeline's caller reuses one list, which tag() reads only up to n (a new list per
 * document was 8 bytes a token: bench/allocated.ts, session 23).
 */
export function ruleTags(n: number, mentions: readonly FoundMention[], into?: string[]): string[] {
  let tags: string[];
  if (into === undefined) tags = new Array(n).fill("");
  else {
    tags = into;
    for (let k = 0; k < n && k < tags.length; k++) tags[k] = "";
    while (tags.length < n) tags.push("");
  }
  for (const m of mentions) {
    const ty = m.via === "adjective" ? 0 : m.type === "PERSON" ? 1 : m.type === "ORG" ? 2 : 3;
    let made = TAGS.get(m.via);
    if (made === undefined) TAGS.set(m.via, (made = []));
    const b = (made[ty] ??= "B-" + TAG_TYPES[ty] + ":" + m.via), i = (made[4 + ty] ??= "I-" + TAG_TYPES[ty] + ":" + m.via);
    for (let k = m.tokens.start; k < m.tokens.end && k < n; k++) tags[k] = k === m.tokens.start ? b : i;
  }
  return tags;
}

// each tag string made once (by `via`, then B/I and type): the tagger reads them in a Map, and a
// string made again per token would be hashed again per token
const TAG_TYPES = ["ADJ", "PERS", "ORG", "LOC"] as const;
const TAGS = new Map<string, string[]>();

/** Rule features of token i: the recognizer's tags around it, with and without how it found them. */
export function ruleFeatures(tags: readonly string[], i: number, s = 0, e = tags.length): string[] {
  const out: string[] = [];
  for (const o of [-1, 0, 1]) {
    const t = i + o >= s && i + o < e ? tags[i + o] : undefined;
    if (t === undefined) continue;
    if (t === "") { if (o === 0) out.push("r0|none"); continue; }
    out.push(`r${o}|${t}`, `r${o}|${t.slice(0, t.indexOf(":"))}`);
  }
  return out;
}

// Document memory (a second, "stacked" pass): a name is usually named the same way again in its
// document, where the words around it may say less ("فاز فان باستن" … "وقال باستن"). After a first
// pass over the whole document, every token learns which name types the first pass gave its key
// (the stem without a leading conjunction/preposition) at OTHER positions, and the sentence is
// decoded again with those features' weights added. Trained on first-pass labels of models that
// never saw the document (scripts/train-ner.ts, jackknifed), as at run time.
export const DOC_TYPES = ["PERS", "LOC", "ORG", "MISC"] as const;
export const DOC_FEATURES = DOC_TYPES.map((t) => "dt|" + t);

/** The key a token is remembered by across its document, or "" (not a word, short, a stop word). */
export function docKey(t: Token, r: FeatureResources): string {
  if (t.kind !== "word" || r.lex.stops.has(t.norm)) return "";
  let stem = t.readings[0].bare;
  for (const rd of t.readings) if (rd.post === "" && NAME_PRE.has(rd.pre)) { stem = rd.bare; break; }
  return stem.length >= 3 ? stem : "";
}

/** Type of a label index: 0..3 for PERS, LOC, ORG, MISC; -1 for O (LABELS order: O, B-/I- pairs). */
const typeOfLabel = (y: number) => (y === 0 ? -1 : (y - 1) >> 1);

/**
 * Per token, a bit per DOC_TYPES type that the first pass gave the token's key at another
 * position of the document (bit k set: DOC_FEATURES[k] fires).
 */
export function docBits(keys: readonly string[], labels: ArrayLike<number>, n = keys.length): Uint8Array {
  // per key, four 8-bit counts (one per type) packed in one number: no array per key
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const ty = typeOfLabel(labels[i]);
    if (ty < 0 || !keys[i]) continue;
    const c = counts.get(keys[i]) ?? 0;
    if (((c >> (8 * ty)) & 255) < 255) counts.set(keys[i], c + (1 << (8 * ty)));
  }
  const bits = new Uint8Array(n);
  if (!counts.size) return bits;
  for (let i = 0; i < n; i++) {
    const c = keys[i] ? counts.get(keys[i]) : undefined;
    if (!c) continue;
    const own = typeOfLabel(labels[i]);
    let b = 0;
    for (let k = 0; k < 4; k++) if (((c >> (8 * k)) & 255) - (k === own ? 1 : 0) > 0) b |= 1 << k;
    bits[i] = b;
  }
  return bits;
}
