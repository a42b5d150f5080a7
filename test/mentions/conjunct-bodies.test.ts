// An institution's name ends before و + a body's head written with ال and qualified: "مديرية الأمن
// والسجن المركزي" is two bodies, not one name with a coordinated complement (org-patterns.ts,
// conjunct_body_head in ner-cues.tsv). A coordinated complement that is no body's head goes on
// ("للأبحاث والدراسات"), and so does a head with nothing after it. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const spans = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => m.text);

const cases: [string, string[], string[]][] = [
  ["وهاجم المسلحون مديرية الأمن والسجن المركزي في المدينة.", ["مديرية الأمن"], ["مديرية الأمن والسجن المركزي"]],
  ["ووقعت جمعية الأطفال الخيرية والجمعية الوطنية للتوحد اتفاقية.", ["جمعية الأطفال الخيرية", "الجمعية الوطنية للتوحد"], []],
  ["وعقدت وزارة الزراعة والغرفة التجارية الصناعية لقاء.", ["وزارة الزراعة", "الغرفة التجارية الصناعية"], []],
  ["وأصدرت وزارة التجارة والصناعة قرارا جديدا.", ["وزارة التجارة والصناعة"], []],
  // (under a weak head the conjunct is the head's too: the forces of both)
  ["وتتولى قوات الجيش والشرطة الأفغانية حراسة الطريق منذ عام.", [], ["الشرطة الأفغانية"]],
];
for (const [s, want, not] of cases) test(s, () => {
  const got = spans(s);
  for (const w of want) assert.ok(got.includes(w), `${w} in ${JSON.stringify(got)}`);
  for (const w of not) assert.ok(!got.includes(w), `${w} not in ${JSON.stringify(got)}`);
});
