// Is a KB place where its country is? Each point is tested against its country's polygon in
// world-atlas countries-50m (Natural Earth; ids are ISO 3166-1 numeric codes, joined to alpha-2
// through @countrystatecity/countries), with a tolerance for coasts, islands and small states:
// a point outside the polygon but within `toleranceKm` of one of its vertices passes.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { geoArea, geoBounds, geoCentroid, geoContains, geoDistance } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, Geometry, Polygon, Position } from "geojson";
import { ROOT } from "./files.ts";

const require = createRequire(path.join(ROOT, "package.json"));
const EARTH_KM = 6371;

/** Geometries Natural Earth draws without an ISO numeric id, by the country they belong to. */
const UNNUMBERED: Record<string, string> = { Kosovo: "XK", Somaliland: "SO", "N. Cyprus": "CY" };

/**
 * Territories that sources place in either of two countries (GeoNames puts Crimea in UA while
 * Natural Earth draws it in RU; Western Sahara, the Golan, the West Bank): a point inside either
 * is consistent.
 */
export const DISPUTED: Record<string, string[]> = {
  UA: ["RU"], RU: ["UA"], EH: ["MA"], MA: ["EH"], PS: ["IL"], IL: ["PS", "SY"], SY: ["IL"],
  IN: ["PK", "CN"], PK: ["IN"], CN: ["IN"], GE: ["RU"], AZ: ["AM"], AM: ["AZ"], SD: ["SS"], SS: ["SD"],
};

export interface GeoIndex {
  has(iso2: string): boolean;
  /** 0 inside the country (or a country disputing the place), else km to its border; null: no polygon. */
  distanceKm(iso2: string, lat: number, lon: number): number | null;
  /** Centroid [lat, lon] of the country's largest polygon, or null. */
  centroid(iso2: string): [number, number] | null;
}

function packageFile(name: string, rel: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    const p = path.join(dir, name, rel);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`npm package ${name} is not installed (${rel})`);
}

/** Build the country-polygon index once (about 0.3 s). */
export function loadGeoIndex(): GeoIndex {
  const topo = JSON.parse(fs.readFileSync(packageFile("world-atlas", "countries-50m.json"), "utf8"));
  const countries: { iso2: string; numeric_code: string }[] = JSON.parse(
    fs.readFileSync(packageFile("@countrystatecity/countries", "dist/data/countries.json"), "utf8"));
  const iso2ByNumeric = new Map(countries.map((c) => [c.numeric_code, c.iso2]));
  const fc = feature(topo, topo.objects.countries) as unknown as { features: Feature<Geometry, { name: string }>[] };
  const byIso2 = new Map<string, Feature<Geometry, { name: string }>[]>();
  for (const f of fc.features) {
    const iso2 = f.id !== undefined ? iso2ByNumeric.get(String(f.id)) : UNNUMBERED[f.properties.name];
    if (!iso2) continue;
    byIso2.set(iso2, [...(byIso2.get(iso2) ?? []), f]);
  }
  const boxes = new Map<Feature, [[number, number], [number, number]]>();
  for (const list of byIso2.values()) for (const f of list) boxes.set(f, geoBounds(f));
  return {
    has: (iso2) => byIso2.has(iso2),
    distanceKm(iso2, lat, lon) {
      if (!byIso2.has(iso2)) return null;
      const fs2 = [iso2, ...(DISPUTED[iso2] ?? [])].flatMap((c) => byIso2.get(c) ?? []);
      const p: [number, number] = [lon, lat];
      if (fs2.some((f) => inBox(boxes.get(f)!, lon, lat) && geoContains(f, p))) return 0;
      let best = Infinity;
      for (const f of fs2) for (const ring of rings(f.geometry)) best = Math.min(best, ringDistanceKm(ring, lat, lon));
      return best;
    },
    centroid(iso2) {
      const parts = (byIso2.get(iso2) ?? []).flatMap((f) => polygons(f.geometry));
      if (!parts.length) return null;
      const big = parts.reduce((a, b) => (geoArea(a) >= geoArea(b) ? a : b));
      const [lon, lat] = geoCentroid(big);
      if (geoContains(big, [lon, lat])) return [lat, lon];
      const [vlon, vlat] = big.coordinates[0][0]; // an atoll's ring: a point on its edge
      return [vlat, vlon];
    },
  };
}

/** Inside a d3 bounding box ([[west, south], [east, north]]; west > east across the antimeridian). */
function inBox([[w, s], [e, n]]: [[number, number], [number, number]], lon: number, lat: number): boolean {
  if (lat < s || lat > n) return false;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

function polygons(g: Geometry): Polygon[] {
  if (g.type === "Polygon") return [g];
  if (g.type === "MultiPolygon") return g.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  return [];
}

function* rings(g: Geometry): Generator<Position[]> {
  if (g.type === "Polygon") yield* g.coordinates;
  else if (g.type === "MultiPolygon") for (const poly of g.coordinates) yield* poly;
  else if (g.type === "GeometryCollection") for (const x of g.geometries) yield* rings(x);
}

/**
 * Distance from a point to the nearest edge of a ring: great-circle to the vertices, refined on
 * each edge in a local equirectangular plane (exact enough at the tens of km that matter here).
 */
function ringDistanceKm(ring: Position[], lat: number, lon: number): number {
  const kx = Math.cos((lat * Math.PI) / 180) * (Math.PI / 180) * EARTH_KM, ky = (Math.PI / 180) * EARTH_KM;
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1], [x2, y2] = ring[i];
    if (Math.abs(x1 - lon) > 20 || Math.abs(y1 - lat) > 20) {
      best = Math.min(best, geoDistance([lon, lat], [x1, y1]) * EARTH_KM);
      continue;
    }
    const ax = (x1 - lon) * kx, ay = (y1 - lat) * ky, bx = (x2 - lon) * kx, by = (y2 - lat) * ky;
    const dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
