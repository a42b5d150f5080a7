// Where an unknown place that nothing near it places falls back to: the document's most-named city,
// in the country the document names most. A story about Nigeria that names Washington once places
// its unknown towns in Nigeria, not at Washington (R, session 18: غومبيه، محطة دوكو placed in the
// US); a city of another country is a worse guess than the main country itself.
import type { NameEntry } from "../mentions/gazetteer.ts";

/** What main-place reads of a group: its entry and how often the document names it. */
export interface PlaceGroup { entry: NameEntry | null; type: string; mentions: readonly unknown[] }

// a region of several countries (أفريقيا، الشرق الأوسط) is a worse guess than any country the document names
// (a continent or sea has no country either: أفريقيا is no city to place a village at)
const level = (g: PlaceGroup) => (g.entry?.subtype === "country" ? 0 : !g.entry?.country ? -1000 : g.entry.subtype === "province" || g.entry.subtype === "region" ? 1000 : 2000);
const rank = (g: PlaceGroup) => level(g) + g.mentions.length;

/**
 * The document's most-named city (else province, else country) in its most-named country
 * (`counts`: place mentions per country); any country's when that country has no placed group.
 */
export function mainPlace(groups: Iterable<PlaceGroup>, isPlace: (g: PlaceGroup) => boolean, counts: ReadonlyMap<string, number>): PlaceGroup | null {
  let top = "", most = 0;
  for (const [c, n] of counts) if (n > most) { top = c; most = n; }
  let best: PlaceGroup | null = null, bestHome: PlaceGroup | null = null;
  for (const g of groups) {
    if (!g.entry || g.entry.lat === null || !isPlace(g)) continue;
    if (!best || rank(g) > rank(best)) best = g;
    if (g.entry.country === top && (!bestHome || rank(g) > rank(bestHome))) bestHome = g;
  }
  return bestHome ?? best;
}
