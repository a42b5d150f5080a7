// A place the knowledge base cannot name, found by its spelling among GeoNames' Latin names of the
// document's country. The KB holds only the places GeoNames names in Arabic; most towns of Nigeria,
// Mali or Yemen it names only in Latin letters, and the press writes them by ear (غومبيه = Gombe,
// داماتورو = Damaturu, مديرية المخادر = Al Makhadir). Such a place was put at the main city of the
// document's country (main-place.ts); its consonant key (kb/consonant-keys.ts: the consonants,
// and a vowel wherever the Arabic writes one) is a better guess, where it means one place there:
// - only a place nothing nearer placed, and only in the document's main country;
// - the name less its place word (منطقة، محافظة، قرية…), not an ordinary word (التمور "the dates"
//   is no Tumayr), of three consonants or more;
// - one GeoNames place of that key, or the most populous of several when it has five times the
//   people of the next (Gombe, 250,000, over Gembu and Gombi); where none dominates, the one near
//   the places the document names (300 km) if one is.
// The keys come from data/kb/generated/latin-places/<CC>.tsv (scripts/build/kb/latin-places.ts),
// read for a country the first time a document needs it.
import fs from "node:fs";
import path from "node:path";
import type { Geo } from "../core/contract.ts";
import { GENERATED_DIR } from "../kb/files.ts";
import { arabicKey, vowelsAgree, type PlaceKey } from "../kb/consonant-keys.ts";
import { ordinaryWords } from "../mentions/model/features.ts";
import { normalize } from "../text/normalize.ts";
import { km } from "./geocode.ts";

interface LatinPlace extends PlaceKey { lat: number; lon: number; population: number }

/**
 * One country's rows, packed: a run's documents meet many countries, and an object per row (US
 * alone has tens of thousands) kept them all in memory (bench/PERF.md, session 20). Row r's key and
 * vowel gaps are `text` from start[r] to start[r + 1] (a key of n consonants has n + 1 gaps, so the
 * split needs no separator); its point and population are in typed arrays; `slots` is an
 * open-addressing hash of the keys (a row index + 1, the key's first row in file order) and `next`
 * chains a key's later rows in file order, which `dominant` depends on when populations tie.
 */
export interface PackedPlaces {
  text: string; start: Int32Array; lat: Float64Array; lon: Float64Array; population: Float64Array;
  slots: Int32Array; next: Int32Array;
}

const DIR = path.join(GENERATED_DIR, "latin-places");
const byCountry = new Map<string, PackedPlaces | null>();
/** The most populous candidate of a key needs this many times the people of the next. */
const DOMINANT = 5;
const MIN_KEY = 3;
const NEAR_KM = 300;

function placesOf(country: string): PackedPlaces | null {
  let m = byCountry.get(country);
  if (m !== undefined) return m;
  m = null;
  const file = path.join(DIR, `${country}.tsv`);
  if (/^[A-Z]{2}$/.test(country) && fs.existsSync(file)) m = packPlaces(fs.readFileSync(file, "utf8"));
  byCountry.set(country, m);
  return m;
}

/**
 * Packs a latin-places file (key, vowels, lat, lon, population, …; "#" lines are comments). One
 * scan by indexOf, no array of lines or of fields per row: a country is packed when its first
 * document needs it, and a run of a few thousand articles packs most of them (bench/PERF.md,
 * session 21).
 */
export function packPlaces(tsv: string): PackedPlaces {
  const len = tsv.length;
  let n = 0;
  for (let i = 0; i < len; ) {
    const e = lineEnd(tsv, i);
    if (e > i && tsv.charCodeAt(i) !== HASH) n++;
    i = e + 1;
  }
  const start = new Int32Array(n + 1), lat = new Float64Array(n), lon = new Float64Array(n), population = new Float64Array(n);
  const parts: string[] = [], keys: string[] = new Array(n);
  let at = 0, row = 0;
  for (let i = 0; i < len; ) {
    const e = lineEnd(tsv, i);
    if (e > i && tsv.charCodeAt(i) !== HASH) {
      const t1 = field(tsv, i, e), t2 = field(tsv, t1 + 1, e), t3 = field(tsv, t2 + 1, e), t4 = field(tsv, t3 + 1, e);
      let t5 = tsv.indexOf("\t", t4 + 1);
      if (t5 < 0 || t5 > e) t5 = e;
      const key = tsv.slice(i, t1), vowels = tsv.slice(t1 + 1, t2);
      if (vowels.length !== key.length + 1) throw new Error(`latin-places: row "${tsv.slice(i, e)}" has ${vowels.length} vowel gaps for ${key.length} consonants`);
      start[row] = at; at += key.length + vowels.length; parts.push(key, vowels); keys[row] = key;
      lat[row] = Number(tsv.slice(t2 + 1, t3)); lon[row] = Number(tsv.slice(t3 + 1, t4)); population[row] = Number(tsv.slice(t4 + 1, t5));
      row++;
    }
    i = e + 1;
  }
  start[n] = at;
  let size = 2;
  while (size < 2 * n) size *= 2;
  const p: PackedPlaces = { text: parts.join(""), start, lat, lon, population, slots: new Int32Array(size), next: new Int32Array(n) };
  const last = new Int32Array(size); // (while packing: the key's last row so far, to chain in file order)
  for (let r = 0; r < n; r++) {
    const s = slotOf(p, keys[r]);
    if (p.slots[s] === 0) p.slots[s] = r + 1;
    else p.next[last[s]] = r + 1;
    last[s] = r;
  }
  return p;
}

const HASH = 0x23;

/** The end of the line that starts at i (its newline, or the end of the text). */
function lineEnd(tsv: string, i: number): number {
  const e = tsv.indexOf("\n", i);
  return e < 0 ? tsv.length : e;
}

/** The tab that ends the field starting at i, on the line ending at e. */
function field(tsv: string, i: number, e: number): number {
  const t = tsv.indexOf("\t", i);
  if (t < 0 || t > e) throw new Error(`latin-places: row "${tsv.slice(tsv.lastIndexOf("\n", i - 1) + 1, e)}" has fewer than five fields`);
  return t;
}

/** The slot holding `key`, or the empty slot where it would go. */
function slotOf(p: PackedPlaces, key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const mask = p.slots.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const r = p.slots[s] - 1;
    if (r < 0) return s;
    if ((p.start[r + 1] - p.start[r] - 1) / 2 === key.length && p.text.startsWith(key, p.start[r])) return s;
  }
}

/** The rows of a key, in file order. */
export function placesOfKey(p: PackedPlaces, key: string): LatinPlace[] | undefined {
  let r = p.slots[slotOf(p, key)] - 1;
  if (r < 0) return undefined;
  const list: LatinPlace[] = [];
  for (; r >= 0; r = p.next[r] - 1) {
    list.push({ key, vowels: p.text.slice(p.start[r] + key.length, p.start[r + 1]), lat: p.lat[r], lon: p.lon[r], population: p.population[r] });
  }
  return list;
}

/**
 * Where a place named `names` (its mentions as written) is in `country`, by its spelling; undefined
 * when no name means one GeoNames place there. `cueWord`: is a normalized word a place word.
 */
export function spelledPlace(names: readonly string[], country: string | null | undefined, cueWord: (w: string) => boolean,
  points: readonly { lat: number; lon: number }[]): Geo | undefined {
  if (!country) return undefined;
  let places: PackedPlaces | null | undefined;
  for (const name of names) {
    let ws = normalize(name).split(" ").filter(Boolean);
    if (ws.length > 1 && cueWord(ws[0])) ws = ws.slice(1);
    if (!ws.length || (ws.length === 1 && ordinaryWords().has(ws[0].replace(/^ال(?=...)/, "")))) continue;
    const k = arabicKey(ws.join(" "));
    if (k.key.length < MIN_KEY) continue;
    if (places === undefined) places = placesOf(country);
    if (!places) return undefined;
    const best = oneOf(placesOfKey(places, k.key), k, points);
    if (best) return { lat: best.lat, lon: best.lon, country };
  }
  return undefined;
}

/**
 * The one candidate whose vowels agree with the Arabic's, or the dominant one by population; when
 * none dominates, the one (or dominant one) of those near the document's places.
 */
function oneOf(list: LatinPlace[] | undefined, k: PlaceKey, points: readonly { lat: number; lon: number }[]): LatinPlace | undefined {
  if (!list) return undefined;
  const agree = list.filter((p) => vowelsAgree(k, p));
  const best = dominant(agree);
  if (best || !points.length) return best;
  return dominant(agree.filter((p) => points.some((q) => km(p, q) < NEAR_KM)));
}

function dominant(list: readonly LatinPlace[]): LatinPlace | undefined {
  let first: LatinPlace | undefined, second: LatinPlace | undefined;
  for (const p of list) {
    if (!first || p.population > first.population) { second = first; first = p; }
    else if (!second || p.population > second.population) second = p;
  }
  if (!first || !second) return first;
  // (one town written two ways by GeoNames, its name and ascii name: the same point)
  if (second.lat === first.lat && second.lon === first.lon) return first;
  return first.population > 0 && first.population >= DOMINANT * second.population ? first : undefined;
}
