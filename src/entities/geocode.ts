// Which place a name means, and where it is. A name several places share (عمان: Oman or Amman;
// many villages called الحسينية) is read in the document's context: a candidate in a country the
// document names wins, then one close to the other places it names, then the knowledge base's
// order (hand-written rows, countries, provinces, then the most populous).
import type { Geo } from "../core/contract.ts";
import type { Gazetteer, NameEntry } from "../mentions/gazetteer.ts";

export interface PlaceContext { countries: Set<string>; points: { lat: number; lon: number }[] }

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

/** Countries and points of the mentions that are not in doubt (a single candidate). */
export function placeContext(gaz: Gazetteer, candidateLists: string[][]): PlaceContext {
  const ctx: PlaceContext = { countries: new Set(), points: [] };
  for (const ids of candidateLists) {
    const es = ids.map((id) => gaz.byId(id)).filter((e): e is NameEntry => !!e);
    if (!es.length) continue;
    const countries = new Set(es.map((e) => e.country));
    if (countries.size === 1 && es[0].country) ctx.countries.add(es[0].country);
    if (es.length === 1 && es[0].lat !== null && es[0].lon !== null && es[0].subtype !== "country") ctx.points.push({ lat: es[0].lat, lon: es[0].lon! });
  }
  return ctx;
}

/** The candidate the context supports best (candidates come best-first from the gazetteer). */
export function chooseCandidate(es: NameEntry[], ctx: PlaceContext): NameEntry {
  if (es.length === 1) return es[0];
  const score = (e: NameEntry, rank: number) => {
    let s = -rank * 0.01;
    if (!e.generated) s += 2;
    if (e.country && ctx.countries.has(e.country)) s += 3;
    if (e.lat !== null && e.lon !== null && ctx.points.some((p) => km(p, { lat: e.lat!, lon: e.lon! }) < 300)) s += 0.5;
    return s;
  };
  let best = es[0], bestScore = score(es[0], 0);
  es.forEach((e, i) => { const s = score(e, i); if (s > bestScore) { best = e; bestScore = s; } });
  return best;
}

export function geoOf(e: NameEntry | undefined): Geo | undefined {
  if (!e) return undefined;
  if (e.lat === null || e.lon === null) return e.country && (e.type === "GPE" || e.type === "LOC") ? undefined : undefined;
  return { lat: e.lat, lon: e.lon, country: e.country };
}
