// "مجلس النواب" is the parliament of the state the story is about: Yemen's in a Yemeni story (branch
// org14: data/kb/context-names.tsv, orgs.tsv rasid:ye-parliament), Iraq's in an Iraqi one, and
// nothing when the document does not say which. Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["وأصيب نائب رئيس مجلس النواب في انفجار لغم بمحافظة مأرب اليمنية، وقال مسؤول يمني إن اليمن يمر بأزمة.", "مجلس النواب", "rasid:ye-parliament"],
  ["وصوت مجلس النواب على القانون في بغداد، وقال نائب عراقي إن العراق يحتاج إلى الإصلاح.", "مجلس النواب", "rasid:iraq-parliament"],
  ["وصوت مجلس النواب على القانون بالأغلبية.", "مجلس النواب", null],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
