// Bodies no pattern names whole, as KB rows (session 11, org11): an Iraqi operations command, a
// Lebanese parliamentary bloc. Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["وقال مصدر في قيادة عمليات بغداد إن القوات أغلقت الطريق.", "قيادة عمليات بغداد", "rasid:iq-ops-baghdad"],
  ["وأعلن تكتل التغيير والإصلاح مقاطعة الجلسة.", "تكتل التغيير والإصلاح", "rasid:change-and-reform"],
];
for (const [text, surface, id] of cases) {
  test(`${surface} → ${id}`, () => assert.equal(idOf(text, surface), id));
}
