// Regression tests (issue 3, session 3 eg) on the shipped KB and tagger: a KB organization inside
// a phrase headed by a forces word ("قوات الجيش السوري الحر") is that organization, not dropped
// because the tagger leaves the weak head untagged; a person span that ran into a title
// ("… ولي العهد") does not make the title's last word a family name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["وهاجمت قوات الجيش السوري الحر مواقع النظام قرب البلدة.", "قوات الجيش السوري الحر", "rasid:free-syrian-army"],
  ["وقال شهود إن قوات الحوثيين قصفت الأحياء السكنية بالمدفعية.", "قوات الحوثيين", "rasid:houthis"],
  ["وبعث الأمير ماجد بن فهد بن عبد العزيز ولي العهد نائب رئيس مجلس الوزراء برقية تهنئة، وقال مسؤولون إن العهد الجديد للعلاقات بدأ.", "العهد", null],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
