// A place word read with ب/ل right after an organization or facility head opens a phrase of place,
// not the head's name (org-patterns.ts orgPatterns): "شارع بمحافظة X" is a street in X, no facility
// named "شارع بمحافظة X". A name that merely begins with ب stands. The shipped lexicons and tagger;
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const mentions = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).map((m) => `${m.type}:${m.text}`);

const cases: [string, string[], string[], string][] = [
  ["وأقرت اللجنة نزع ملكية عقارات لتوسعة شارع بمحافظة الطائف هذا العام.", [], ["FAC:شارع بمحافظة"], "a street in a governorate"],
  ["وافتتحت أكاديمية بمدينة جدة لتدريب الحكام.", [], ["ORG:أكاديمية بمدينة"], "an academy in a city"],
  ["ونقل المصابون إلى مستشفى بريدة المركزي.", ["FAC:مستشفى بريدة المركزي"], [], "a hospital named by its town (no place word after the head)"],
];

for (const [text, must, mustNot, why] of cases) {
  test(`head + place phrase: ${why}`, () => {
    const found = mentions(text);
    for (const m of must) assert.ok(found.includes(m), `${m} not in ${JSON.stringify(found)}`);
    for (const m of mustNot) assert.ok(!found.some((f) => f.startsWith(m)), `${m} in ${JSON.stringify(found)}`);
  });
}
