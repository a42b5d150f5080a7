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

/** Add one mention's candidate entries (at least one) to the context: the country they all share, the point of a single candidate. */
export function addToContext(ctx: PlaceContext, es: readonly NameEntry[]): void {
  const c = es[0].country;
  let one = true;
  for (let i = 1; i < es.length && one; i++) one = es[i].country === c;
  if (one && c) ctx.countries.add(c);
  const e = es[0];
  if (es.length === 1 && e.lat !== null && e.lon !== null && e.subtype !== "country") ctx.points.push({ lat: e.lat, lon: e.lon });
}

/** The candidate the context supports best (candidates come best-first from the gazetteer). */
export function chooseCandidate(es: NameEntry[], ctx: PlaceContext): NameEntry {
  if (es.length === 1) return es[0];
  let best = es[0], bestScore = score(es[0], 0, ctx);
  for (let i = 1; i < es.length; i++) {
    const s = score(es[i], i, ctx);
    if (s > bestScore) { best = es[i]; bestScore = s; }
  }
  return best;
}

function score(e: NameEntry, rank: number, ctx: PlaceContext): number {
  let s = -rank * 0.01;
  if (!e.generated) s += 2;
  if (e.country && ctx.countries.has(e.country)) s += 3;
  if (e.lat !== null && e.lon !== null && ctx.points.some((p) => km(p, { lat: e.lat!, lon: e.lon! }) < 300)) s += 0.5;
  return s;
}

export function geoOf(e: NameEntry | undefined): Geo | undefined {
  if (!e) return undefined;
  if (e.lat === null || e.lon === null) return undefined;
  return { lat: e.lat, lon: e.lon, country: e.country };
}
