// A region that lies in several countries (تهامة، باب المندب، كردستان) has no country in the KB and
// a point between its parts. A document about one of those countries means the part in it: the
// table (data/kb/region-parts.tsv: region id, country, the part's point) gives each country's
// part, and the part whose country the document's places name most is the region's geo. A
// document that names none of the countries keeps the region's own point, with no country.
import path from "node:path";
import { groupTsv } from "../core/tsv.ts";
import { KB_DIR } from "../kb/files.ts";
import type { Geo } from "../core/contract.ts";

export interface RegionPart { country: string; lat: number; lon: number }

/** region id -> its parts, in the table's order (the first is the press's usual sense). */
export type RegionParts = ReadonlyMap<string, readonly RegionPart[]>;

let table: RegionParts | null = null;

/** The project's table, read once; empty when the file is absent. */
export function regionParts(): RegionParts {
  if (table) return table;
  return (table = groupTsv(path.join(KB_DIR, "region-parts.tsv"), ({ region, country, lat, lon }) => {
    const p = { country, lat: Number(lat), lon: Number(lon) };
    return region && country && Number.isFinite(p.lat) && Number.isFinite(p.lon) ? [region, p] as const : null;
  }));
}

/**
 * The part of region `id` in the country the document names most (`counts`: mentions of places
 * per country, countries included), or undefined when the region has no parts or the document
 * names none of their countries. A tie goes to the earlier row.
 */
export function regionPart(id: string, counts: ReadonlyMap<string, number>, parts: RegionParts = regionParts()): Geo | undefined {
  const ps = parts.get(id);
  if (!ps) return undefined;
  let best: RegionPart | undefined, most = 0;
  for (const p of ps) {
    const n = counts.get(p.country) ?? 0;
    if (n > most) { best = p; most = n; }
  }
  return best && { lat: best.lat, lon: best.lon, country: best.country };
}
