// A head word before a dignitary's title belongs to the dignitary (holder-titles.ts): "لمقام خادم
// الحرمين الشريفين" is the king, no shrine; "مكتب الرئيس [name]" quotes the president through his office.
// The shipped lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const mentions = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).map((m) => `${m.type}:${m.text}`);

const cases: [string, string[], string[], string][] = [
  // [sentence, mentions that must be found, mentions that must not, why]
  ["وبعث رئيس النادي برقية تهنئة إلى مقام خادم الحرمين الشريفين بمناسبة العيد.", [], ["FAC:مقام خادم الحرمين الشريفين"], "مقام before the king's style is no shrine"],
  ["ورفع المحافظ الشكر لمقام الملك سلمان على دعمه للمشروع.", [], ["FAC:مقام الملك سلمان"], "مقام before الملك: the king's station"],
  ["وزار الوفد مقام الشيخ عبد القادر في المدينة القديمة.", [], [], "a religious title after مقام: a shrine may stand (not judged here)"],
  ["وقال مكتب الرئيس جون مارتيني إن الاجتماع تأجل.", ["PERSON:جون مارتيني"], ["ORG:مكتب الرئيس جون"], "the president named after his office is a person"],
  ["وأعلن مكتب رئيس الوزراء أن الزيارة ألغيت.", ["ORG:مكتب رئيس الوزراء"], [], "an office named with no holder stays a body (office-bodies.ts)"],
];

for (const [text, must, mustNot, why] of cases) {
  test(`holder titles: ${why}`, () => {
    const found = mentions(text);
    for (const m of must) assert.ok(found.includes(m), `${m} not in ${JSON.stringify(found)}`);
    for (const m of mustNot) assert.ok(!found.some((f) => f.startsWith(m)), `${m} in ${JSON.stringify(found)}`);
  });
}
