// Which place a name means, and where it is. A name several places share (عمان: Oman or Amman;
// many villages called الحسينية) is read in the document's context: a candidate in a country the
// document names wins, then one close to the other places it names, then the knowledge base's
// order (hand-written rows, countries, provinces, then the most populous). A capital or a city of a
// million weighs as much as the document's countries.
import type { Geo } from "../core/contract.ts";
import type { Gazetteer, NameEntry } from "../mentions/gazetteer.ts";
import { normalize } from "../text/normalize.ts";

export interface PlaceContext { countries: Set<string>; points: { lat: number; lon: number }[] }

export const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

/** Add one mention's candidate entries (at least one) to the context: the country they all share, the point of a single candidate. */
export function addToContext(ctx: PlaceContext, es: readonly NameEntry[]): void {
  const c = es[0].country;
  let one = true;
  for (let i = 1; i < es.length && one; i++) one = es[i].country === c;
  if (one && c) ctx.countries.add(c);
  const e = es[0];
  if (es.length === 1 && e.lat !== null && e.lon !== null && e.subtype !== "country") ctx.points.push({ lat: e.lat, lon: e.lon });
}

/** The candidate the context supports best (candidates come best-first from the gazetteer); `key`: the mention's normalized name. */
export function chooseCandidate(es: NameEntry[], ctx: PlaceContext, key = ""): NameEntry {
  if (es.length === 1) return es[0];
  // (a country's name is the country, not its capital of the same name: الكويت، تونس، جيبوتي)
  let country = false, city: NameEntry | null = null;
  for (let i = 0; i < es.length; i++) {
    if (es[i].subtype === "country") { key = ""; country = true; }
    else if ((es[i].subtype === "capital" || (es[i].population ?? 0) >= 500_000) && es[i].lat !== null) city = es[i];
  }
  let best = es[0], bestScore = score(es[0], 0, ctx, key, country, city);
  for (let i = 1; i < es.length; i++) {
    const s = score(es[i], i, ctx, key, country, city);
    if (s > bestScore) { best = es[i]; bestScore = s; }
  }
  return best;
}

function score(e: NameEntry, rank: number, ctx: PlaceContext, key: string, country: boolean, city: NameEntry | null): number {
  let s = -rank * 0.01;
  // a province named like the big city in it is named with its administrative word (محافظة القدس);
  // the bare name is the city (the build names provinces so, but a GeoNames city listed under
  // another name — القدس as أورسالم — escapes it). Not a far city with a stray alias (الجزيرة).
  if (city && e.subtype === "province" && e.lat !== null && e.lon !== null && km(city as { lat: number; lon: number }, { lat: e.lat, lon: e.lon }) < 100) s -= 4;
  if (!e.generated) s += 2;
  // a country's name is the country before a town named the same in a country the document names:
  // "بنين" in a story about Nigeria is Benin, not Benin City (a capital keeps its claim: عمان)
  if (country && e.subtype === "country") s += 0.5;
  if (e.country && ctx.countries.has(e.country) && !(country && (e.subtype === "city" || e.subtype === "town"))) s += 3; // (a capital keeps it)
  // a capital or a city of a million is what its bare name means, whatever the document's other
  // countries: "الرياض" in an article about Iraq is still Riyadh, not the Iraqi town; "مكة المكرمة"
  // the city, not the province named after it (provinces are named with منطقة/محافظة)
  if ((e.subtype === "capital" || (e.subtype === "city" && (e.population ?? 0) >= 1_000_000)) && byName(e, key)) s += 3;
  if (e.lat !== null && e.lon !== null && ctx.points.some((p) => km(p, { lat: e.lat!, lon: e.lon! }) < 300)) s += 0.5;
  return s;
}

/** Is the mention the place's own name, or its name and more (مكة المكرمة)? Not a stray alias: الجزيرة is one of Algiers' in GeoNames. */
function byName(e: NameEntry, key: string): boolean {
  const n = normalize(e.name);
  return key !== "" && (key === n || key.startsWith(n + " "));
}

export function geoOf(e: NameEntry | undefined): Geo | undefined {
  if (!e) return undefined;
  if (e.lat === null || e.lon === null) return undefined;
  return { lat: e.lat, lon: e.lon, country: e.country };
}
