// A governorate's word (محافظة: unit_settlement in ner-cues.tsv) is also the masdar "keeping", so
// its name is not taken on the cue alone; but a name settlement-names.ts passes by its form (a
// definite word in no dictionary, or an indefinite one the document also writes on its own)
// stands where the tagger tags nothing, as after حي/قرية. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const typed = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("a governorate named after محافظة stands; keeping something is no place", () => {
  const cases: [string, string[], string[]][] = [
    ["وافتتح المسؤول أمس مركزا صحيا جديدا في محافظة المخواة.", ["GPE:محافظة المخواة"], []],
    ["وتسلم الأهالي في محافظة المندق سلالا غذائية من إحدى الجمعيات.", ["GPE:محافظة المندق"], []],
    ["زار الوفد تنومة صباحا، ثم أشاد بجمال محافظة تنومة شديدة الخضرة.", ["GPE:محافظة تنومة"], ["GPE:محافظة تنومة شديدة"]],
    ["وأكد المدير أهمية محافظة الموظفين على مواعيد العمل.", [], ["GPE:محافظة الموظفين"]],
    ["وطالب الأهالي بضرورة محافظة المعلمين على سلامة الطلاب.", [], ["GPE:محافظة المعلمين"]],
    ["وقال إن الحزب لن يقبل بخسارة أي محافظة يخسرها في الانتخابات.", [], ["GPE:محافظة يخسرها"]],
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
