// A given name written as two words (عبد + a divine name) opens a person's name: the family name after
// it belongs to the name, and a conjunction or preposition in front stays outside it (spaced-given.ts,
// person-patterns.ts titledPersons, model-mentions.ts cutOverrun). The shipped lexicons and tagger;
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

const cases: [string, string, string[], string[]][] = [
  // [what, sentence, names that must be found, names that must not]
  ["a list: the family name a dictionary lacks", "وانضم إلى التشكيلة ماجد الرويلي وعبد الكريم الصقعبي وفواز الحربي.", ["عبد الكريم الصقعبي"], ["وعبد الكريم", "عبد الكريم"]],
  ["a list: a family name that is also a word, closed by the next name", "وغاب عن التدريب ناصر البيشي وعبد الله الطويل وسعد الغامدي.", ["عبد الله الطويل"], ["وعبد الله", "عبد الله"]],
  ["a list: a family name without ال", "وضمت القائمة خالد المالكي وعبد الرحمن بخاري، ونايف العمري.", ["عبد الرحمن بخاري"], ["وعبد الرحمن"]],
  ["a chain of given names, one no list holds", "وشارك في الاحتفال العريف عبد الله دهيم عبد الله آل دغيثر في القاعة", ["عبد الله دهيم عبد الله آل دغيثر"], ["عبد الله دهيم"]],
  ["after a title, a family name that is also a word", "وصرح العميد عبد الرب الحاضري للصحفيين بأن الطريق آمن", ["عبد الرب الحاضري"], ["عبد الرب"]],
  ["after a preposition the name stands without it", "وسلم الدرع لعبد الحميد القرشي تقديرا لجهوده.", ["عبد الحميد القرشي"], ["لعبد الحميد القرشي"]],
  ["a definite object after the subject is no family name", "وأقال عبد الرزاق الأسبوع الماضي مدير مكتبه", [], ["عبد الرزاق الأسبوع"]],
  ["a verb after the subject is no family name", "وكان عمرو دياب وعبد الحليم يغنيان في الحفل", [], ["عبد الحليم يغنيان"]],
  ["an institution named after a king keeps its adjective", "ونظمت الحفلة في قاعة مدينة الملك عبد الله الرياضية", [], ["عبد الله الرياضية"]],
];

for (const [what, text, must, mustNot] of cases) {
  test(`spaced given name: ${what}`, () => {
    const got = persons(text);
    for (const n of must) assert.ok(got.includes(n), `${n} not in ${JSON.stringify(got)}`);
    for (const n of mustNot) assert.ok(!got.includes(n), `${n} in ${JSON.stringify(got)}`);
  });
}
