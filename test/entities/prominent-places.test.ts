// A capital or a city of a million is what its bare name means, whatever other countries the
// document names (geocode.ts chooseCandidate): "الرياض" in an article about Iraq is Riyadh, not an
// Iraqi town of that name; a holy city's full name is the city, not the province named after it.
// Not through a stray alias (GeoNames lists الجزيرة among Algiers' names), and not over a country
// of the same name (الكويت the country, not Kuwait City; بنين the country, not Benin City in a story
// about Nigeria). Entries written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseCandidate, type PlaceContext } from "../../src/entities/geocode.ts";
import type { NameEntry } from "../../src/mentions/gazetteer.ts";
import { normalize } from "../../src/text/normalize.ts";

const e = (id: string, subtype: string, name: string, country: string, population: number | null, more: Partial<NameEntry> = {}): NameEntry => ({
  id, type: "GPE", subtype, name, nameEn: null, aliases: [], adjectives: [], country, lat: 10, lon: 10, population, generated: true, ...more,
});
const ctx = (...countries: string[]): PlaceContext => ({ countries: new Set(countries), points: [] });

test("a capital or a big city wins over a homonym in the document's other country", () => {
  const cases: [string, NameEntry[], PlaceContext, string][] = [
    ["الرياض", [e("cap", "capital", "الرياض", "SA", 5_000_000), e("town", "town", "الرياض", "IQ", null)], ctx("IQ"), "cap"],
    ["مكة المكرمة", [e("prov", "province", "منطقة مكة المكرمة", "SA", null), e("city", "city", "مكة", "SA", 1_500_000)], ctx("SA"), "city"],
    // a stray alias is no reason: the Sudanese province stays
    ["الجزيرة", [e("prov", "province", "الجزيرة", "SD", null, { lat: 14.4, lon: 33.5 }), e("alg", "capital", "ئالجىر", "DZ", 2_000_000, { lat: 36.7, lon: 3.1 })], ctx("SD"), "prov"],
    // a small town still wins when the document names its country and no big place bears the name
    ["الحسينية", [e("a", "town", "الحسينية", "EG", 20_000), e("b", "town", "الحسينية", "IQ", 5_000)], ctx("IQ"), "b"],
    // a country's name is the country
    ["الكويت", [e("kw", "country", "الكويت", "KW", 4_000_000, { generated: false }), e("kwc", "capital", "الكويت", "KW", 2_000_000)], ctx("KW"), "kw"],
    // ... even when its capital of that name comes first and the document names the country
    ["تونس", [e("tnc", "capital", "تونس", "TN", 700_000), e("tn", "country", "تونس", "TN", 11_000_000)], ctx("TN"), "tn"],
    // ... and a city of another country named the same, in a document about that other country
    ["بنين", [e("bc", "city", "بنين", "NG", 1_700_000), e("bj", "country", "بنين", "BJ", 13_000_000)], ctx("NG"), "bj"],
    // a capital of another country keeps its claim in its own country's document (عمان: Amman in Jordan's news)
    ["عمان", [e("om", "country", "عمان", "OM", 5_000_000), e("amm", "capital", "عمان", "JO", 1_300_000)], ctx("JO"), "amm"],
    ["عمان", [e("om", "country", "عمان", "OM", 5_000_000), e("amm", "capital", "عمان", "JO", 1_300_000)], ctx(), "om"],
    // a province named like the big city in it: the bare name is the city, even when the gazetteer lists the province first
    ["القدس", [e("prov", "province", "القدس", "PS", null, { lat: 31.8, lon: 35.0 }), e("city", "city", "أورسالم", "IL", 900_000, { lat: 31.77, lon: 35.22 })], ctx("PS"), "city"],
  ];
  for (const [name, es, c, want] of cases) assert.equal(chooseCandidate(es, c, normalize(name)).id, want, name);
});
