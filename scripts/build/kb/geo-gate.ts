// Build-time geography check: a generated place must lie in its country (world-atlas 50m, with
// the tolerance and disputed territories of src/kb/geo-check.ts), because the validation tests
// hold generated rows to the same rule as hand-written ones. Package centroids that fall in the
// sea (small island states, Kuwait) are replaced by the centroid of the country's main polygon;
// a province whose coordinates are wrong takes its capital's (a KB city with its bare name);
// anything else that stays outside is left out, and counted.
import type { KbEntry } from "../../../src/kb/row.ts";
import type { GeoIndex } from "../../../src/kb/geo-check.ts";
import { GEO_TOLERANCE_KM } from "../../../src/kb/validate.ts";
import { kbKey } from "../../../src/kb/keys.ts";
import { round } from "./countries.ts";

type Row = Omit<KbEntry, "file" | "line">;

const outside = (geo: GeoIndex, r: Row, tol = GEO_TOLERANCE_KM) =>
  r.lat !== null && r.lon !== null && !!r.country && geo.has(r.country) && (geo.distanceKm(r.country, r.lat, r.lon) ?? 0) > tol;

export function gateCountries(rows: Row[], geo: GeoIndex): number {
  let moved = 0;
  for (const r of rows) {
    if (!outside(geo, r, 0)) continue;
    const c = geo.centroid(r.country!);
    if (!c) continue;
    r.lat = round(c[0]); r.lon = round(c[1]); moved++;
  }
  return moved;
}

export function gateProvinces(rows: Row[], cities: Row[], geo: GeoIndex, strip: (name: string) => string): { rows: Row[]; moved: number; dropped: number } {
  const cityByKey = new Map<string, Row>();
  for (const c of [...cities].sort((a, b) => (a.population ?? 0) - (b.population ?? 0))) cityByKey.set(`${c.country} ${kbKey(c.name)}`, c);
  let moved = 0, dropped = 0;
  const kept = rows.filter((r) => {
    if (!outside(geo, r)) return true;
    const city = cityByKey.get(`${r.country} ${kbKey(strip(r.name))}`);
    if (city && !outside(geo, city)) { r.lat = city.lat; r.lon = city.lon; moved++; return true; }
    dropped++;
    return false;
  });
  return { rows: kept, moved, dropped };
}

export function gateCities(rows: Row[], geo: GeoIndex): { rows: Row[]; dropped: number } {
  const kept = rows.filter((r) => !outside(geo, r));
  return { rows: kept, dropped: rows.length - kept.length };
}
