// A country's name that is also its nationality adjective (adjective-names.ts): "تركية" after an
// indefinite noun is the adjective, and the statistical tagger's veto of places it reads as no name
// does not drop it: the word still mentions the country. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const links: [string, string, string | null][] = [
  ["وقصفت طائرات حربية تركية مواقع المسلحين قرب الحدود أمس.", "تركية", "wd:Q43"],
  ["وأسقطت الدفاعات الجوية طائرة استطلاع تركية فوق الجبال.", "تركية", "wd:Q43"],
];
for (const [text, surface, id] of links) {
  test(`${surface} in «${text.slice(0, 34)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
