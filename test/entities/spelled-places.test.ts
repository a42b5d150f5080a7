// An unknown place nothing near it places is looked up by its spelling among GeoNames' Latin names
// of the document's main country (entities/spelled-places.ts, kb/consonant-keys.ts) before it falls
// back to the main city; an ordinary word, a name of two consonants, or a key several towns share
// keeps the fallback. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geoOf } from "../helpers/entities.ts";
import { arabicKey, latinKey, vowelsAgree } from "../../src/kb/consonant-keys.ts";
import { normalize } from "../../src/text/normalize.ts";

const near = (g: { lat: number; lon: number } | undefined, lat: number, lon: number, d = 0.6) => !!g && Math.abs(g.lat - lat) < d && Math.abs(g.lon - lon) < d;

test("an Arabic and a Latin spelling of one town share a key", () => {
  const cases: [string, string, boolean][] = [
    ["غومبيه", "Gombe", true],
    ["داماتورو", "Damaturu", true],
    ["أزميت", "İzmit", true],
    ["مديرية المخادر", "Al Makhadir", false], // (the place word stays: spelled-places.ts drops it)
    ["المخادر", "Al Makhadir", true],
    ["حريملاء", "Huraymila", true],
    ["تاناكا", "Toyonaka", false], // a written ا where the Latin writes o
    ["بريفاس", "Provezze", false], // a written ي where the Latin writes o
  ];
  for (const [ar, lat, same] of cases) {
    const a = arabicKey(normalize(ar)), l = latinKey(lat);
    assert.equal(a.key === l.key && vowelsAgree(a, l), same, `${ar} ${JSON.stringify(a)} / ${lat} ${JSON.stringify(l)}`);
  }
});

test("an unknown Nigerian town is found by its spelling, not put at the main city", () => {
  const text = "قالت نيجيريا إن جيش نيجيريا يلاحق المسلحين في مايدوغوري. وأكدت مصادر الهجوم. وتوقفت المعارك. وفي مدينة غومبيه انفجرت عبوة أمس.";
  const g = geoOf(text, "غومبيه");
  assert.ok(near(g, 10.29, 11.17), `at Gombe, got ${JSON.stringify(g)}`);
});

test("a town of a Saudi governorate is found by its spelling after its place word", () => {
  const text = "أعلنت السعودية أمس خطة جديدة للطرق. وقالت الرياض إن العمل يبدأ قريبا. وافتتح المسؤولون مشروعا في محافظة الدوادمي.";
  const g = geoOf(text, "محافظة الدوادمي");
  assert.ok(near(g, 24.51, 44.39), `at Ad Dawadimi, got ${JSON.stringify(g)}`);
});

test("an unknown name no Latin spelling fits keeps the main city", () => {
  const text = "قالت نيجيريا إن جيش نيجيريا يلاحق المسلحين في مايدوغوري. وأكدت مصادر الهجوم. وتوقفت المعارك. وفي بلدة كوراتاما انفجرت عبوة.";
  const g = geoOf(text, "بلدة كوراتاما");
  assert.ok(near(g, 11.85, 13.16), `at Maiduguri, got ${JSON.stringify(g)}`);
});
