// "حكومة الإنقاذ" is Libya's Tripoli government in a Libyan story and Idlib's in a Syrian one, and
// nothing when the document does not say which (branch org13: data/kb/context-names.tsv); the
// full name "حكومة الإنقاذ الوطني" is the Libyan row's. Shipped KB and tagger; sentences written
// for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["ورفضت حكومة الإنقاذ في طرابلس قرار البرلمان، وقال مسؤول ليبي إن ليبيا تمر بأزمة.", "حكومة الإنقاذ", "rasid:libya-nsg"],
  ["وأعلنت حكومة الإنقاذ في إدلب خطة جديدة، وقال مسؤول سوري إن سوريا تحتاج إلى الدعم.", "حكومة الإنقاذ", "rasid:syrian-salvation-government"],
  ["وقال رئيس حكومة الإنقاذ الوطني إن حكومته تعمل.", "حكومة الإنقاذ الوطني", "rasid:libya-nsg"],
  ["وقالت حكومة الإنقاذ في بيان إن الاجتماع انتهى.", "حكومة الإنقاذ", null],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
