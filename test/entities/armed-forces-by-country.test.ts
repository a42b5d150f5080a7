// "القوات المسلحة" alone is the armed forces of the state the document is about (session 11, org11:
// data/kb/context-names.tsv, each army row's alias), and nothing when the document does not say
// which. Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["وزار الرئيس المصري في القاهرة والإسكندرية وحدات القوات المسلحة في مصر.", "القوات المسلحة", "rasid:eg-army"],
  ["وأعلنت القوات المسلحة في عمّان أن الأردن أغلق حدوده مع سوريا، وقال مسؤول أردني إن الأردن لن يتدخل.", "القوات المسلحة", "rasid:jo-army"],
  ["وقالت القوات المسلحة في بيان إن التدريب انتهى.", "القوات المسلحة", null],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
