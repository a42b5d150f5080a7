// Generic names of parliaments and guards ("مجلس النواب", "مجلس الشورى", "الحرس الجمهوري") are the
// body of the state the document is about (data/kb/context-names.tsv), and nothing when the
// document does not say which. Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["التقى رئيس الوزراء العراقي في بغداد أعضاء لجنة المالية، وصوت مجلس النواب على الموازنة في العراق.", "مجلس النواب", "rasid:iraq-parliament"],
  ["وأقر مجلس الشورى في الرياض نظاما جديدا للعمل في السعودية.", "مجلس الشورى", "rasid:saudi-shura"],
  ["وقصفت الطائرات في صنعاء وتعز معسكرات الحرس الجمهوري في اليمن.", "الحرس الجمهوري", "rasid:republican-guard-ye"],
  ["وصوت مجلس النواب على القانون بالأغلبية.", "مجلس النواب", null],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
