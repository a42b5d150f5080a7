// A given name that is also a word (بدر، أمل، رمضان) followed by a family name no lexicon knows is
// one person (mentions/family-names.ts): the name is not cut to the given name. What is no family
// name there: a possessive noun, a preposition's phrase, a KB name, and after a phrase-like given
// name (باسم، نجم) or a preposition before a particle (بأن). Names and sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a given name that is also a word takes the unknown family name after it", () => {
  const cases: [string, string[], string[]][] = [
    // after a title and its descriptors
    ["وقال وزير الزراعة اليمني بدر باقطيان إن الموسم جيد.", ["بدر باقطيان"], ["بدر"]],
    ["وأوضح اللواء بدر القحيصي أن الطريق مفتوح.", ["بدر القحيصي"], ["بدر"]],
    // without a title
    ["وأوضح رمضان قوجاوغلو أن التحقيق مستمر.", ["رمضان قوجاوغلو"], []],
    // no family name: a possessive noun, a preposition's phrase
    ["وقدم الدكتور طاهر شكره للحضور في ختام اللقاء.", [], ["طاهر شكره"]],
    ["وأكد الخبير الاقتصادي بأن دالوفين ستنمو هذا العام.", [], ["بأن دالوفين"]],
    // no family name after a phrase-like given name
    ["وقال المتحدث باسم دالوفين إن الشركة ستنمو.", [], ["باسم دالوفين"]],
    ["وسجل نجم ماربيلو هدفين في المباراة.", [], ["نجم ماربيلو"]],
    ["وتجري الصيانة في بيت الكرمليات منذ أسبوع.", [], ["بيت الكرمليات"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("a family name written with a final ه is a name unless it is an ordinary noun's pronoun", () => {
  const cases: [string, string[], string[]][] = [
    ["وقال وزير الزراعة اليمني بدر باقطيانه إن الموسم جيد.", ["بدر باقطيانه"], []],
    ["وقدم الدكتور طاهر شكره للحضور في ختام اللقاء.", [], ["طاهر شكره"]],
    ["وأثنت اللجنة على جمال صوتك في الحفل.", [], ["جمال صوتك"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("without a title, no family name after a place cue or in a preposition's phrase", () => {
  const cases: [string, string[], string[]][] = [
    ["وشارك في الاجتماع بدر بزعامة الوفد.", [], ["بدر بزعامة"]],
    ["وزار الوفد مدينة رشيد بكفرتا في الشمال.", [], ["رشيد بكفرتا"]],
    ["وهو عمل خالص لوجه الخير.", [], ["خالص لوجه"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("an ordinary noun's accusative without its tanween is no family name", () => {
  const cases: [string, string[], string[]][] = [
    ["وقدم الوزير جائزة إلى مبارك تكريما لجهوده.", [], ["مبارك تكريما"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
