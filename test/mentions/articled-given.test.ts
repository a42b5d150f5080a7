// A given name written with ال (ner-cues.tsv articled_given_name: الخضر، المبروك، المنصف، اليوت)
// starts a person's name when a name word follows it: a family name no dictionary holds, or a
// father's given name (articled-given.ts). One that is also a common word (الخضر "the vegetables")
// needs a title before it. The whole pipeline of mentions (rules and tagger) and the rules alone,
// on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string, rulesOnly = false) =>
  findMentions({ text, tokens: analyze(text).tokens }, rulesOnly ? { ...defaultResources(), model: undefined } : defaultResources())
    .filter((m) => m.type === "PERSON").map((m) => m.text);

const named: [string, string][] = [
  ["وكان المستشار المبروك زقلام، وزير العدل في الحكومة المؤقتة، قد دعا إلى الحوار.", "المبروك زقلام"],
  ["وأعلن مدير عام مكتب الزراعة اليمني الخضر بامطرف أن المحصول تضرر.", "الخضر بامطرف"],
  ["وقال المنصف سالم الورتاني إن الحزب يرفض القرار.", "المنصف سالم الورتاني"],
  ["وأعلن الفريق المنجي سعيد الحامدي أن القوات تقدمت.", "المنجي سعيد الحامدي"],
  ["وقال محمد المنصف زقلام إن الحزب يرفض القرار.", "محمد المنصف زقلام"], // a compound given name
  ["وقال النائب اليوت كتاب إن الاتفاق يحمل مخاطر.", "اليوت كتاب"], // after a title, a family name that is also a word
];
for (const [text, name] of named) {
  test(`«${text}» names ${name}`, () => {
    for (const rulesOnly of [false, true]) assert.ok(persons(text, rulesOnly).includes(name), `${rulesOnly ? "rules" : "full"}: ${JSON.stringify(persons(text, rulesOnly))}`);
  });
}

// the same words as common nouns, or in a place's name after its head
const none: [string, string][] = [
  ["وارتفعت أسعار الخضر والفواكه في الأسواق الشعبية.", "الخضر"],
  ["وباع التاجر الخضر بامطرف القديمة.", "الخضر بامطرف"], // no title: الخضر "the vegetables"
  ["ويعد المشروع الفريد من نوعه في المنطقة.", "الفريد"],
  ["وقال المدير إن المعرض الفريد كتاب مفتوح للزوار.", "الفريد كتاب"], // a common word: no family name that is also a word
  ["وتقع المدرسة في حي المنصف زقلام بوسط المدينة.", "المنصف زقلام"], // a place's name after its head
];
for (const [text, not] of none) {
  test(`«${text}» names no ${not}`, () => {
    for (const rulesOnly of [false, true]) assert.ok(!persons(text, rulesOnly).some((p) => p.startsWith(not)), `${rulesOnly ? "rules" : "full"}: ${JSON.stringify(persons(text, rulesOnly))}`);
  });
}

// the pass alone (before the other passes settle overlaps): no name after a place's head
import { articledGivenPersons } from "../../src/mentions/articled-given.ts";
import { docForms } from "../../src/mentions/word-classes.ts";
import type { Ctx } from "../../src/mentions/words.ts";

function passAlone(text: string): string[] {
  const res = defaultResources();
  const c: Ctx = { text, tokens: analyze(text).tokens, gaz: res.gaz, lex: res.lex };
  c.forms = docForms(c.text, c.tokens, c.gaz, c.lex, true);
  return articledGivenPersons(c, new Map()).map((m) => m.text);
}
test("the pass names no place after its head", () => {
  assert.deepEqual(passAlone("ونقل المصابون إلى مستشفى المنصف زقلام بوسط المدينة."), []);
  assert.deepEqual(passAlone("وتحدث المنصف زقلام عن المدرسة."), ["المنصف زقلام"]);
});
