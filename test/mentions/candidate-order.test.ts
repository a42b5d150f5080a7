// The order in which a name's candidates come (gazetteer.ts compareCandidates): hand-written rows
// first, then countries, provinces, regions, and places (towns and cities alike) by population.
// Rows written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareCandidates, type NameEntry } from "../../src/mentions/gazetteer.ts";

const place = (id: string, subtype: string, population: number | null, generated = true): NameEntry => ({
  id, type: "GPE", subtype, name: "الواحة", nameEn: null, aliases: [], adjectives: [], country: null,
  lat: 1, lon: 1, population, generated,
});

const cases: { name: string; list: NameEntry[]; first: string }[] = [
  { name: "a city of 700,000 before a town of unknown population", list: [place("t", "town", null), place("c", "city", 700_000)], first: "c" },
  { name: "a town of 50,000 before a city of 20,000", list: [place("c", "city", 20_000), place("t", "town", 50_000)], first: "t" },
  { name: "a province before a populous city", list: [place("c", "city", 2_000_000), place("p", "province", null)], first: "p" },
  { name: "a hand-written town before a generated city", list: [place("c", "city", 2_000_000), place("h", "town", null, false)], first: "h" },
];
for (const c of cases) {
  test(`candidate order: ${c.name}`, () => {
    assert.equal([...c.list].sort(compareCandidates)[0].id, c.first);
  });
}
