// The coalition named by what the press says of it ("طائرات التحالف", "دول التحالف", "قيادة
// التحالف") is the coalition that fights in the document's country, and nothing when the document
// does not say which (branch org13: data/kb/context-names.tsv). Shipped KB and tagger; sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["وضربت طائرات التحالف مخازن للمتمردين في صنعاء وتعز، وقال مسؤول يمني إن اليمن يرحب بالدعم.", "طائرات التحالف", "rasid:arab-coalition"],
  ["وأكدت قيادة التحالف أن العمليات في اليمن مستمرة، وأن عدن آمنة.", "قيادة التحالف", "rasid:arab-coalition"],
  ["وقصف طيران التحالف مواقع التنظيم قرب الموصل في العراق، وقال مسؤول عراقي إن القصف دقيق.", "طيران التحالف", "rasid:global-coalition"],
  ["وقالت دول التحالف في بيان إن الاجتماع انتهى.", "دول التحالف", null],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
