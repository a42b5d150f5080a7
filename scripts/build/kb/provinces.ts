// First-level provinces of the Arab world, Turkey, Iran and Russia (its North Caucasus republics
// included), and of the other states the Arabic press reports from most (the great powers, the
// region's neighbours, the Sahel and Horn of Africa, Ukraine): Arabic names from CLDR (Debian unicode-cldr-core, subdivisions/ar.xml) joined on the
// ISO 3166-2 code with @countrystatecity/countries (coordinates, and Arabic native names for Arab
// states). Without the CLDR file the package's native/English names are used and one line says so.
//
// A province often shares its name with its capital city (محافظة حلب / حلب). The bare name is an
// alias of the province only when no city of that country in the KB carries it; otherwise the
// province is named with its administrative word (data/kb/admin-words.tsv) and the bare name stays
// the city's, which is what the press means by it.
import fs from "node:fs";
import path from "node:path";
import { readTsv } from "../../../src/core/tsv.ts";
import { normalize } from "../../../src/text/normalize.ts";
import type { KbEntry } from "../../../src/kb/row.ts";
import { splitList } from "../../../src/kb/row.ts";
import { round } from "./countries.ts";
import { CLDR_SUBDIVISIONS_AR, CSC_DATA, HAND_DIR, exists } from "./sources.ts";
import { KB_AUX_FILES } from "../../../src/kb/files.ts";

export const ARAB_STATES = ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"];
/**
 * Beyond the region: countries whose first-level units the press names (فلوريدا، خيرسون، قندهار،
 * البنجاب، شينجيانغ، بافاريا), each with the package's types that are first-level there (the
 * package also lists departments, counties and boroughs, which are left out). Israel's districts
 * (المنطقة الشمالية …) and Britain's councils read as ordinary phrases and are not listed.
 */
const WORLD: Record<string, string[]> = {
  US: ["state", "district"], UA: ["region", "republic", "city"], AF: ["province"],
  PK: ["province", "administered area", "federal capital territory"], IN: ["state", "union territory"],
  CN: ["province", "municipality", "autonomous region"], // Hong Kong and Macau are countries in the KB
  DE: ["land"], FR: ["metropolitan region", "overseas region"], ES: ["autonomous community"],
  IT: ["region", "autonomous region"], CA: ["province", "territory"], BR: ["state", "federal district"],
  MX: ["state", "federal district"], NG: ["state", "capital territory"], ET: ["region", "administration"],
  ML: ["region", "district"], NE: ["region", "urban community"], TD: ["province"], SS: ["state"],
};
export const PROVINCE_COUNTRIES = [...ARAB_STATES, "TR", "IR", "RU", ...Object.keys(WORLD)];
/** Second-level units the package lists beside first-level ones (Morocco's provinces under its regions). */
const SECOND_LEVEL: Record<string, string[]> = { MA: ["province", "prefecture"] };
/** Countries whose CLDR codes predate a reform (Morocco's 2015 regions): the package's native name wins. */
const CLDR_STALE = new Set(["MA"]);

interface CscState {
  name: string; iso3166_2: string | null; type: string | null; latitude: string | null; longitude: string | null;
  native: string | null; translations?: Record<string, string>;
}

/** Latin name folded for comparing the package's English names with CLDR's. */
const latinKey = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .replace(/\b(province|region|oblast|governorate|republic|krai|okrug|autonomous|of|the|al|el|ar|as|ash|ad|at|az|ostan-e)\b/g, "")
  .replace(/[^a-z]/g, "");
const sameName = (a: string, b: string) => {
  const x = latinKey(a), y = latinKey(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x) || x.slice(0, 5) === y.slice(0, 5));
};

const countryCache = new WeakMap<Map<string, string>, Map<string, [string, string][]>>();
function byCountry(cldrEn: Map<string, string>, prefix: string): [string, string][] {
  let m = countryCache.get(cldrEn);
  if (!m) {
    m = new Map();
    for (const [k, v] of cldrEn) { const p = k.slice(0, 2); if (k.length > 2) m.set(p, [...(m.get(p) ?? []), [k, v]]); }
    countryCache.set(cldrEn, m);
  }
  return m.get(prefix) ?? [];
}

/**
 * ISO 3166-2 codes are sometimes renumbered (Iran 2018, Morocco 2015) and the two sources may
 * disagree on a code, so the join on the code is accepted only when CLDR's English name agrees
 * with the package's; otherwise the code of the same country whose English name agrees is used.
 */
export function joinCode(cc: string, code: string, pkgName: string, cldrEn: Map<string, string> | null): string | null {
  if (!cldrEn) return code;
  const prefix = cc.toLowerCase();
  const mine = byCountry(cldrEn, prefix);
  const exact = (v: string) => latinKey(v) === latinKey(pkgName);
  if (exact(cldrEn.get(code) ?? "")) return code;
  const other = mine.find(([, v]) => exact(v));
  if (other) return other[0];
  if (sameName(cldrEn.get(code) ?? "", pkgName)) return code;
  return mine.find(([, v]) => sameName(v, pkgName))?.[0] ?? null;
}

/** CLDR subdivision code ("sy02", "ruda") -> Arabic name. */
export function readCldrSubdivisions(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<subdivision type="([a-z0-9]+)"[^>]*>([^<]+)<\/subdivision>/g;
  for (const m of fs.readFileSync(file, "utf8").matchAll(re)) out.set(m[1], m[2].trim());
  return out;
}

interface AdminWords { strip: string[]; prefix: Map<string, string> }

export function readAdminWords(): AdminWords {
  const rows = readTsv(path.join(HAND_DIR, "admin-words.tsv")).map((r) => r.row);
  const prefix = new Map<string, string>();
  for (const r of rows) for (const cc of splitList(r.default_for)) prefix.set(cc, r.word);
  // longest first so "أوكروغ ذاتية الحكم" goes before "أوكروغ"
  return { strip: rows.map((r) => r.word).sort((a, b) => b.length - a.length), prefix };
}

/** ISO 3166-2 codes of provinces whose bare name is an ordinary word (data/kb/province-ordinary-names.tsv). */
export function readOrdinaryNames(): Set<string> {
  return new Set(readTsv(path.join(HAND_DIR, "province-ordinary-names.tsv")).map((r) => r.row.code.toUpperCase()));
}

/** "محافظة حلب" -> "حلب"; "بريانسك أوبلاست" -> "بريانسك". */
export function stripAdminWords(name: string, words: string[]): string {
  let s = ` ${name} `;
  for (const w of words) s = s.replace(` ${w} `, " ");
  return s.replace(/\s+-\s+/g, "-").trim().replace(/\s+/g, " ");
}

/** A name as the KB index keys it for these checks: normalized, without ال. */
const bareKey = (s: string) => normalize(s).replace(/^ال/, "");

interface HandName { nameEn: string; subtype: string; country: string }

/** Names of the hand-written KB rows (data/kb/*.tsv), by bareKey. */
function readHandNames(): Map<string, HandName[]> {
  const out = new Map<string, HandName[]>();
  for (const f of fs.readdirSync(HAND_DIR)) {
    if (!f.endsWith(".tsv") || KB_AUX_FILES.includes(f)) continue;
    for (const { row } of readTsv(path.join(HAND_DIR, f))) {
      const h = { nameEn: row.name_en ?? "", subtype: row.subtype ?? "", country: row.country ?? "" };
      for (const n of [row.name ?? "", ...splitList(row.aliases ?? "")]) if (n) out.set(bareKey(n), [...(out.get(bareKey(n)) ?? []), h]);
    }
  }
  return out;
}

/**
 * Outside the region (WORLD), a province the hand rows already hold (rasid:tigray, rasid:helmand:
 * the same Arabic name, an English name that agrees, the same country or none) is left to that
 * row; and a province whose bare name is another referent's (a country: جورجيا، النيجر، اليونان ~
 * يونان; a hand row: واشنطن the capital, دلتا النيل; a city of its country: ريو دي جانيرو) is named
 * only with its administrative word (ولاية جورجيا).
 */
function worldCheck(cc: string, full: string, bare: string, nameEn: string, hand: Map<string, HandName[]>, others: Set<string>): "skip" | "clash" | "free" {
  for (const k of [bareKey(full), bareKey(bare)]) {
    for (const h of hand.get(k) ?? []) {
      if ((h.country === cc || !h.country) && !/capital|city|town/.test(h.subtype) && sameName(h.nameEn, nameEn)) return "skip";
    }
  }
  return hand.has(bareKey(bare)) || others.has(bareKey(bare)) ? "clash" : "free";
}

export function buildProvinces(cityNames: Map<string, Set<string>>, countryNames: string[] = []): { rows: Omit<KbEntry, "file" | "line">[]; note: string | null } {
  const hand = readHandNames();
  const countryKeys = new Set(countryNames.map(bareKey));
  const cldr = exists(CLDR_SUBDIVISIONS_AR) ? readCldrSubdivisions(CLDR_SUBDIVISIONS_AR) : null;
  const enFile = CLDR_SUBDIVISIONS_AR.replace(/ar\.xml$/, "en.xml");
  const cldrEn = cldr && exists(enFile) ? readCldrSubdivisions(enFile) : null;
  const admin = readAdminWords();
  const ordinary = readOrdinaryNames();
  const dirs = fs.readdirSync(CSC_DATA);
  const rows: Omit<KbEntry, "file" | "line">[] = [];
  for (const cc of PROVINCE_COUNTRIES) {
    const dir = dirs.find((d) => d.endsWith(`-${cc}`));
    if (!dir) continue;
    const states: CscState[] = JSON.parse(fs.readFileSync(path.join(CSC_DATA, dir, "states.json"), "utf8"));
    const cities = cityNames.get(cc) ?? new Set<string>();
    for (const s of states) {
      if (!s.iso3166_2 || !s.latitude || !s.longitude) continue;
      if (SECOND_LEVEL[cc]?.includes(s.type ?? "")) continue;
      if (WORLD[cc] && !WORLD[cc].includes(s.type ?? "")) continue;
      const code = joinCode(cc, s.iso3166_2.toLowerCase().replace("-", ""), s.name, cldrEn) ?? "";
      const native = (s.native ?? "").replace(/\s*\([^)]*\)\s*/g, " ").trim();
      const arNative = /[\u0600-\u06ff]/.test(native) && ARAB_STATES.includes(cc) ? native : "";
      const cldrName = CLDR_STALE.has(cc) || !code ? "" : cldr?.get(code) ?? "";
      const full = cldrName || arNative;
      if (!full) continue; // no Arabic name known: leave it to the hand rows
      const bare = stripAdminWords(full, admin.strip);
      const world = WORLD[cc] ? worldCheck(cc, full, bare, s.name, hand, countryKeys) : "free";
      if (world === "skip") continue;
      const clashes = cities.has(normalize(bare)) || cities.has(normalize(bare).replace(/^ال/, "")) || ordinary.has(s.iso3166_2.toUpperCase()) || world === "clash";
      const prefix = admin.prefix.get(cc);
      const name = clashes && bare === full ? `${prefix ?? "مقاطعة"} ${bare}` : full;
      // when a city has the bare name, no alias of the province may fold to it
      // (outside the region a many-word bare name is no exception: ريو دي جانيرو stays the city's)
      const stripped = (a: string) => stripAdminWords(a, admin.strip);
      const free = (a: string) => !clashes || bareKey(stripped(a)) !== bareKey(bare) || (WORLD[cc] ? stripped(a) !== a : a.includes(" "));
      const aliases = new Set<string>([full, cldrName ? "" : arNative, bare, prefix ? `${prefix} ${bare}` : ""].filter((a) => a && a !== name && free(a)));
      rows.push({
        id: `rasid:prov-${s.iso3166_2.toLowerCase()}`, type: "GPE", subtype: "province", name, nameEn: s.name,
        aliases: [...aliases], adjectives: [], country: cc,
        lat: round(Number(s.latitude)), lon: round(Number(s.longitude)), population: null, wikidata: null,
        source: `${cldrName ? "cldr:subdivisions/ar.xml Unicode-DFS-2016; " : ""}@countrystatecity/countries ODbL-1.0 (${s.iso3166_2})`,
      });
    }
  }
  const note = cldr ? null : `kb build: ${CLDR_SUBDIVISIONS_AR} not found (Debian unicode-cldr-core); provinces use the package's Arabic native names only`;
  return { rows, note };
}
