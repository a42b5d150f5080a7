// A small KB place named after a settlement cue (حي، قرية) is placed by the story's own places when
// the KB's place of that name is far from them (entities/cued-homonyms.ts); one near them
// keeps the KB's point. Sentences written for this test; the homonym is GeoNames' الروضة near Sanaa.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geoOf } from "../helpers/entities.ts";

const near = (g: { lat: number; lon: number } | undefined, lat: number, lon: number) => !!g && Math.abs(g.lat - lat) < 0.6 && Math.abs(g.lon - lon) < 0.6;

test("a quarter named after حي takes the city the sentence names", () => {
  const g = geoOf("وافتتحت البلدية حديقة جديدة في حي الروضة بمدينة جدة أمس.", "الروضة");
  assert.ok(near(g, 21.49, 39.19), `at Jeddah, got ${JSON.stringify(g)}`);
});

test("a quarter named after حي takes the city named before it", () => {
  const g = geoOf("وتواصل القصف على مدينة تعز منذ الصباح، وسقطت قذائف على حي الروضة وأحياء أخرى.", "الروضة");
  assert.ok(near(g, 13.58, 44.02), `at Taiz, got ${JSON.stringify(g)}`);
});

test("a KB place near the story's places keeps its own point", () => {
  const g = geoOf("وتواصل القصف على مدينة صعدة منذ الصباح، وسقطت قذائف على حي الروضة في صنعاء.", "الروضة");
  assert.ok(near(g, 15.43, 44.22), `near Sanaa, got ${JSON.stringify(g)}`);
});
