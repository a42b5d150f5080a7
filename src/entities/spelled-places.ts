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

const DIR = path.join(GENERATED_DIR, "latin-places");
const byCountry = new Map<string, Map<string, LatinPlace[]> | null>();
/** The most populous candidate of a key needs this many times the people of the next. */
const DOMINANT = 5;
const MIN_KEY = 3;
const NEAR_KM = 300;

function placesOf(country: string): Map<string, LatinPlace[]> | null {
  let m = byCountry.get(country);
  if (m !== undefined) return m;
  m = null;
  const file = path.join(DIR, `${country}.tsv`);
  if (/^[A-Z]{2}$/.test(country) && fs.existsSync(file)) {
    m = new Map();
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const c = line.split("\t");
      const p: LatinPlace = { key: c[0], vowels: c[1], lat: Number(c[2]), lon: Number(c[3]), population: Number(c[4]) };
      const l = m.get(p.key);
      if (l) l.push(p); else m.set(p.key, [p]);
    }
  }
  byCountry.set(country, m);
  return m;
}

/**
 * Where a place named `names` (its mentions as written) is in `country`, by its spelling; undefined
 * when no name means one GeoNames place there. `cueWord`: is a normalized word a place word.
 */
export function spelledPlace(names: readonly string[], country: string | null | undefined, cueWord: (w: string) => boolean,
  points: readonly { lat: number; lon: number }[]): Geo | undefined {
  if (!country) return undefined;
  let places: Map<string, LatinPlace[]> | null | undefined;
  for (const name of names) {
    let ws = normalize(name).split(" ").filter(Boolean);
    if (ws.length > 1 && cueWord(ws[0])) ws = ws.slice(1);
    if (!ws.length || (ws.length === 1 && ordinaryWords().has(ws[0].replace(/^ال(?=...)/, "")))) continue;
    const k = arabicKey(ws.join(" "));
    if (k.key.length < MIN_KEY) continue;
    if (places === undefined) places = placesOf(country);
    if (!places) return undefined;
    const best = oneOf(places.get(k.key), k, points);
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
