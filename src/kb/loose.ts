// Loose keys: one key for the several ways Arabic transliterates one foreign name (جاكرتا/جاكارتا,
// هونغ كونغ/هونج كونج, فيرغسون/فيرجسون). The rules are data (data/kb/spelling-variants.tsv): letter
// sequences and classes that stand for one foreign sound are reduced to one letter, long vowels
// inside a word are dropped, doubled letters written once. A name's loose key is made from its
// exact key (keys.ts: normalized tokens), word by word, so a text's word sequence gets its loose
// key the same way. Which entities get loose keys (foreign-named ones), and when two entities or an
// ordinary word share one, is decided where the KB is compiled (compile.ts: looseIndex).
import fs from "node:fs";
import path from "node:path";
import { parseTsv } from "../core/tsv.ts";
import { RasidError } from "../core/errors.ts";
import { KB_DIR } from "./files.ts";
import type { KbEntry } from "./row.ts";

export interface LooseRules {
  /** Sequences replaced first, longest first: [from, to]. */
  sequences: [string, string][];
  /** Letter (code unit) -> its class letter. */
  classes: Map<number, number>;
  /** Long-vowel letters dropped inside a word. */
  vowels: Set<number>;
  minWord: number;
  minName: number;
  /** Countries whose rows get no loose key: "all" (every row) or "places" (places only). */
  native: Map<string, "all" | "places">;
  /** The same as tables over code units, for looseHash: class letter, and flags (ARABIC, VOWEL, SEQ_START). */
  cls: Int32Array;
  flag: Uint8Array;
}

const ARABIC = 1, VOWEL = 2, SEQ_START = 4;

function tables(r: LooseRules): LooseRules {
  for (let c = 0; c < 65536; c++) r.cls[c] = c;
  for (const [c, to] of r.classes) r.cls[c] = to;
  for (let c = 0x621; c <= 0x64a; c++) r.flag[c] |= ARABIC;
  for (const c of r.vowels) r.flag[c] |= VOWEL;
  for (const [from] of r.sequences) if (from) r.flag[from.charCodeAt(0)] |= SEQ_START;
  return r;
}

export const VARIANTS_FILE = path.join(KB_DIR, "spelling-variants.tsv");

/** Read the rules (a bad row is RasidError E_KB_ROW naming file:line). */
export function readLooseRules(file = VARIANTS_FILE): LooseRules {
  const r: LooseRules = { sequences: [], classes: new Map(), vowels: new Set(), minWord: 4, minName: 6, native: new Map(), cls: new Int32Array(65536), flag: new Uint8Array(65536) };
  if (!fs.existsSync(file)) return tables(r);
  for (const rec of parseTsv(fs.readFileSync(file, "utf8"), file)) {
    const { kind, from = "", to = "" } = rec.row;
    const bad = (why: string) => new RasidError("E_KB_ROW", `${file}:${rec.line}`, why);
    if (kind === "sequence") r.sequences.push([from, to]);
    else if (kind === "class") for (const ch of from) r.classes.set(ch.charCodeAt(0), to.charCodeAt(0));
    else if (kind === "vowel") for (const ch of from) r.vowels.add(ch.charCodeAt(0));
    else if (kind === "min") {
      const n = Number(to);
      if (!Number.isInteger(n) || n < 1) throw bad(`min "${to}" is not a whole number`);
      if (from === "word") r.minWord = n; else if (from === "name") r.minName = n; else throw bad(`min is for "word" or "name", not "${from}"`);
    } else if (kind === "native") {
      if (to !== "all" && to !== "places") throw bad(`native applies to "all" or "places", not "${to}"`);
      for (const c of from.split("|")) r.native.set(c.trim(), to);
    } else throw bad(`kind "${kind ?? ""}" is not sequence, class, vowel, min or native`);
  }
  r.sequences.sort((a, b) => b[0].length - a[0].length);
  return tables(r);
}

let shared: LooseRules | null = null;
/** The project's rules, read once. */
export const looseRules = (): LooseRules => (shared ??= readLooseRules());

const isArabicLetter = (c: number) => c >= 0x621 && c <= 0x64a;

/** One word's loose form, or null when it has a letter that is not Arabic (Latin names, digits). */
export function looseWord(word: string, r: LooseRules = looseRules()): string | null {
  let w = word;
  for (const [from, to] of r.sequences) if (w.includes(from)) w = w.split(from).join(to);
  const out: number[] = [];
  const n = w.length;
  let prev = -1; // the previous letter as written (after the classes): doubles are written once
  for (let i = 0; i < n; i++) {
    const raw = w.charCodeAt(i);
    if (!isArabicLetter(raw)) return null;
    const c = r.classes.get(raw) ?? raw;
    if (c === prev) continue;
    prev = c;
    if (i > 0 && i < n - 1 && r.vowels.has(raw)) continue;
    out.push(c);
  }
  return String.fromCharCode(...out);
}

/**
 * The loose key of an exact key (normalized tokens joined by spaces), or null when it is too short
 * to be told apart from other words (rules' min, or `min` letters in all) or is not all Arabic letters.
 */
export function looseKey(key: string, r: LooseRules = looseRules(), min?: number): string | null {
  if (!key) return null;
  const words = key.split(" ");
  let letters = 0;
  const out: string[] = [];
  for (const w of words) {
    const l = looseWord(w, r);
    if (l === null || l.length < 2) return null;
    letters += l.length;
    out.push(l);
  }
  if (letters < (min ?? (words.length === 1 ? r.minWord : r.minName))) return null;
  return out.join(" ");
}

const PLACE = new Set(["GPE", "LOC", "FAC"]);

/** Is the entry foreign-named (its names transliterated), so its spellings may vary? Needs a country outside the native list. */
export function foreignNamed(e: Pick<KbEntry, "type" | "country">, r: LooseRules = looseRules()): boolean {
  if (!e.country) return false;
  const scope = r.native.get(e.country);
  if (scope === "all") return false;
  if (scope === "places" && PLACE.has(e.type)) return false;
  return true;
}

/** A word's shape for the vowel test: sequences and classes applied, doubled letters once, vowels kept. */
function shape(word: string, r: LooseRules): string {
  let w = word;
  for (const [from, to] of r.sequences) if (w.includes(from)) w = w.split(from).join(to);
  let out = "", prev = -1;
  for (let i = 0; i < w.length; i++) {
    const c = r.classes.get(w.charCodeAt(i)) ?? w.charCodeAt(i);
    if (c !== prev) out += String.fromCharCode(c);
    prev = c;
  }
  return out;
}

/** Is `short` what `long` is without some of its long-vowel letters (none moved or changed)? */
function dropsVowels(short: string, long: string, r: LooseRules): boolean {
  let i = 0;
  for (let j = 0; j < long.length; j++) {
    if (i < short.length && short.charCodeAt(i) === long.charCodeAt(j)) i++;
    else if (!r.vowels.has(long.charCodeAt(j))) return false;
  }
  return i === short.length;
}

/**
 * Can a text key be a spelling of the exact key it shares a loose key with? Word by word, one
 * spelling must be the other with long vowels left out — added or dropped, never moved or swapped
 * (جاكرتا/جاكارتا yes; الجبان/الجابون and مليوني/ميلوني no: their vowels stand elsewhere).
 */
export function spellingOf(textKey: string, exactKey: string, r: LooseRules = looseRules()): boolean {
  const a = textKey.split(" "), b = exactKey.split(" ");
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    if (a[k].startsWith("ال") !== b[k].startsWith("ال")) return false; // an article is not a name's first letters (السنكر/اولاسناكر)
    const x = shape(a[k], r), y = shape(b[k], r);
    if (!(x.length <= y.length ? dropsVowels(x, y, r) : dropsVowels(y, x, r))) return false;
  }
  return true;
}

/** Proclitics and endings an ordinary word may carry in text: [ending, what it stands for] (جهتي = جهه + ي). */
const PRE = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"];
const POST: [string, string][] = [
  ["يين", ""], ["ين", ""], ["ون", ""], ["ات", ""], ["ان", ""], ["يه", ""], ["يا", ""], ["ه", ""], ["ي", ""], ["ا", ""],
  ["نا", ""], ["ها", ""], ["هم", ""], ["كم", ""], ["هما", ""], ["ت", ""], ["تم", ""], ["وا", ""],
  ["تي", "ه"], ["ته", "ه"], ["تها", "ه"], ["تنا", "ه"], ["تهم", "ه"], ["تين", "ه"], ["تان", "ه"],
];

/** A set of words as the tests below read it (a Set, or a union of two read in place: load.ts). */
export interface WordSet { has(word: string): boolean }

/**
 * Is a one-word text key an ordinary word, bare or with a proclitic or an ending (بنشر = ب + نشر,
 * الطبي = ال + طب + ي, فريقنا = ف + ريق|فريق + نا)? A stem is at least 2 letters.
 */
export function inflectedWord(key: string, words: WordSet): boolean {
  if (key.includes(" ")) return false;
  for (const p of ["", ...PRE]) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (rest.length >= 2 && words.has(rest)) return true;
    for (const [s, to] of POST) if (rest.endsWith(s) && rest.length - s.length >= 2 && words.has(rest.slice(0, -s.length) + to)) return true;
  }
  return false;
}

/** For a multi-word match: is a word of the text that differs from the name's word an ordinary word or given name, bare or inflected (محمد for محمود, الحكومية for الحكومة)? */
export function changesAWord(textKey: string, exactKey: string, words: WordSet): boolean {
  const a = textKey.split(" "), b = exactKey.split(" ");
  if (a.length < 2) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && inflectedWord(a[k], words)) return true;
  return false;
}

// A filter in front of the loose tables: most keys asked have no loose match, and making their
// loose key (strings per word) for each was most of the cost. looseHash follows looseKey letter by
// letter without making a string; hashString hashes a made key the same way.
const FNV = 0x01000193;
const finish = (h: number) => { h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); return (h ^ (h >>> 12)) >>> 0; };

/** The hash of a loose key already made (looseKey's output). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV);
  return finish(h);
}

/** hashString(looseKey(key, r, 1)) without making the key; -1 when looseKey would be null. Plain loops, no closures (asked of most new keys). */
export function looseHash(key: string, r: LooseRules = looseRules()): number {
  let h = 0x811c9dc5;
  const n = key.length, seqs = r.sequences, cls = r.cls, flag = r.flag;
  let start = 0;
  while (start <= n) {
    let end = key.indexOf(" ", start);
    if (end < 0) end = n;
    if (end === start) return -1;
    if (start > 0) h = Math.imul(h ^ 0x20, FNV);
    // letters of the word after the sequences, each emitted once the next is known (is it the last?)
    let prev = -1, pending = -1, index = 0, letters = 0, j = start, seqAt = -1, seqTo = "";
    while (true) {
      let raw = -1;
      if (seqAt >= 0) { raw = seqTo.charCodeAt(seqAt++); if (seqAt >= seqTo.length) seqAt = -1; }
      else if (j < end) {
        let hit = false;
        if (flag[key.charCodeAt(j)] & SEQ_START) for (let q = 0; q < seqs.length; q++) {
          const from = seqs[q][0];
          if (j + from.length <= end && key.startsWith(from, j)) { seqTo = seqs[q][1]; j += from.length; hit = true; break; }
        }
        if (hit) { if (!seqTo.length) continue; raw = seqTo.charCodeAt(0); seqAt = seqTo.length > 1 ? 1 : -1; }
        else { raw = key.charCodeAt(j++); if (!(flag[raw] & ARABIC)) return -1; }
      }
      if (pending >= 0) {
        const last = raw < 0, c = cls[pending];
        if (c !== prev) {
          prev = c;
          if (index === 0 || last || !(flag[pending] & VOWEL)) { h = Math.imul(h ^ c, FNV); letters++; }
        }
        index++;
      }
      if (raw < 0) break;
      pending = raw;
    }
    if (letters < 2) return -1;
    start = end + 1;
  }
  return finish(h);
}
