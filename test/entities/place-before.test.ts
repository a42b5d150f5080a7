// An unknown place with no known place right after it takes the known place named last before it
// in its sentence, within eight tokens (entities/place-before.ts), not the document's most-named
// place; beyond that the sentence before may place it (place-earlier.ts), else the main place stands. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geoOf } from "../helpers/entities.ts";

const near = (g: { lat: number; lon: number } | undefined, lat: number, lon: number) => !!g && Math.abs(g.lat - lat) < 0.6 && Math.abs(g.lon - lon) < 0.6;

test("an unknown place takes the known place named just before it in its sentence", () => {
  const text = "وصل الوزير اليمني إلى عدن أمس، وأكد من عدن أن عدن آمنة. وتقدم المقاتلون في تعز وسيطروا على جبل المرقاب ومواقع أخرى.";
  const g = geoOf(text, "جبل المرقاب");
  assert.ok(near(g, 13.58, 44.02), `near Taiz, got ${JSON.stringify(g)}`);
});

test("a known place two sentences before is no evidence: the document's main place (the sentence before: place-earlier.test.ts)", () => {
  const text = "وصل الوزير اليمني إلى عدن أمس، وأكد من عدن أن عدن آمنة. وتقدم المقاتلون في تعز. ثم هدأت الجبهات. وسيطروا على جبل المرقاب ومواقع أخرى.";
  const g = geoOf(text, "جبل المرقاب");
  assert.ok(near(g, 12.78, 45.04), `at Aden, got ${JSON.stringify(g)}`);
});
