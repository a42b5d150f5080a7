// Every country: Arabic and English names from Node's ICU (Intl.DisplayNames), coordinates,
// population and the Arabic native/translated name from @countrystatecity/countries, and the
// Arabic press's own forms (aliases, nationality adjectives, Wikidata id) from the hand-written
// data/kb/country-adjectives.tsv. Adjective forms are derived here from the masculine singular
// (روسي -> روسية الروسي الروسية روسيون روسيين ...) plus the listed broken plurals (الروس).
import fs from "node:fs";
import path from "node:path";
import { readTsv } from "../../../src/core/tsv.ts";
import { splitList, type KbEntry } from "../../../src/kb/row.ts";
import { CSC_DATA, HAND_DIR } from "./sources.ts";

interface CscCountry {
  name: string; iso2: string; iso3: string; numeric_code: string; native: string | null;
  population: number | null; latitude: string; longitude: string;
  translations?: Record<string, string>;
}

export interface CountryInfo { iso2: string; numeric: string; entry: Omit<KbEntry, "file" | "line"> }

/** Masculine nisba adjective -> the forms the press uses, with and without ال. */
export function adjectiveForms(masc: string[], plural: string[]): string[] {
  const out: string[] = [];
  for (const m of masc) {
    // (the feminine plural too, "سعوديات" "السوريات": women of the nation, SaudiNewsNet ~250 hits of
    // four such forms, branch org14; not the dual, "الأمريكيتين" is most often the Americas)
    const base = [m, `${m}ة`, `${m}ون`, `${m}ين`, `${m}ات`];
    for (const f of base) out.push(f, `ال${f}`);
  }
  for (const p of plural) out.push(p, `ال${p}`);
  return [...new Set(out)];
}

const clean = (s: string | null | undefined) => (s ?? "").replace(/[\u200e\u200f]/g, "").trim();

export function buildCountries(): CountryInfo[] {
  const csc: CscCountry[] = JSON.parse(fs.readFileSync(path.join(CSC_DATA, "countries.json"), "utf8"));
  const hand = new Map(readTsv(path.join(HAND_DIR, "country-adjectives.tsv")).map((r) => [r.row.iso2, r]));
  const ar = new Intl.DisplayNames(["ar"], { type: "region" });
  const en = new Intl.DisplayNames(["en"], { type: "region" });
  const out: CountryInfo[] = [];
  for (const c of csc) {
    if (!/^[A-Z]{2}$/.test(c.iso2)) continue;
    const h = hand.get(c.iso2)?.row;
    const icuAr = clean(ar.of(c.iso2));
    const name = clean(h?.name) || icuAr;
    const nameEn = clean(en.of(c.iso2)) || c.name;
    const native = clean(c.native);
    const aliases = new Set<string>([
      icuAr, clean(c.translations?.ar), /[\u0600-\u06ff]/.test(native) ? native : "",
      ...splitList(h?.aliases), nameEn, c.name,
    ].filter((a) => a && a !== name && !a.includes(" - ")));
    const wikidata = clean(h?.wikidata) || null;
    out.push({
      iso2: c.iso2,
      numeric: c.numeric_code,
      entry: {
        id: wikidata ? `wd:${wikidata}` : `rasid:country-${c.iso2.toLowerCase()}`,
        type: "GPE", subtype: "country", name, nameEn, aliases: [...aliases],
        adjectives: h ? adjectiveForms(splitList(h.adjective), splitList(h.plural)) : [],
        country: c.iso2, lat: round(Number(c.latitude)), lon: round(Number(c.longitude)),
        population: c.population ?? null, wikidata,
        source: h ? "Intl.DisplayNames; @countrystatecity/countries ODbL-1.0; hand:country-adjectives.tsv" : "Intl.DisplayNames; @countrystatecity/countries ODbL-1.0",
      },
    });
  }
  const missing = [...hand.keys()].filter((k) => !out.some((c) => c.iso2 === k));
  if (missing.length) throw new Error(`country-adjectives.tsv names unknown ISO codes: ${missing.join(", ")}`);
  return out;
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
