// An unknown place nothing near it places falls back to the document's most-named city in the
// country the document names most (entities/main-place.ts), not to a city of another country named
// once; and an unknown mountain named by a town of a country the story names nowhere is not placed
// at that town (link-entities.ts innerPlace). Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geoOf } from "../helpers/entities.ts";

const near = (g: { lat: number; lon: number } | undefined, lat: number, lon: number, d = 0.6) => !!g && Math.abs(g.lat - lat) < d && Math.abs(g.lon - lon) < d;

test("a city of another country named once is not where the main country's unknown towns are", () => {
  const text = "علقت واشنطن على الحادث. وقالت نيجيريا إن جيشها يلاحق المسلحين. وأكدت نيجيريا أن الهجوم فشل. وفي بلدة كوراتاما انفجرت عبوة.";
  const g = geoOf(text, "بلدة كوراتاما");
  assert.ok(g && g.country === "NG", `in Nigeria, got ${JSON.stringify(g)}`);
});

test("the main country's city still places an unknown town", () => {
  const text = "علقت واشنطن على الحادث. وقالت نيجيريا إن جيش نيجيريا يلاحق المسلحين في مايدوغوري. وأكدت مصادر الهجوم. وتوقفت المعارك. وفي بلدة كوراتاما انفجرت عبوة.";
  const g = geoOf(text, "بلدة كوراتاما");
  assert.ok(near(g, 11.85, 13.16), `at Maiduguri, got ${JSON.stringify(g)}`);
});

test("a mountain named like a town of a country the story names nowhere is not at that town", () => {
  const text = "قال مسؤول يمني إن القوات اليمنية تقدمت في تعز أمس. وسيطرت على جبل الحصن بعد معارك.";
  const g = geoOf(text, "جبل الحصن");
  assert.ok(g && g.country === "YE", `in Yemen, got ${JSON.stringify(g)}`);
});
