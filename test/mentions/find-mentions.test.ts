// The recognizer on sentences written for these tests, against the small fixture KB and lexicon.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./fixture.ts";

/** "type:text" for every entity mention, in text order. */
const found = (text: string) =>
  run(text).entities.flatMap((e) => e.mentions.map((m) => ({ s: m.start, v: `${e.type}:${m.text}` }))).sort((a, b) => a.s - b.s).map((x) => x.v);

const cases: [string, string, string[]][] = [
  ["leading conjunction stays outside", "التقى وبوتين الوفد.", ["PERSON:بوتين"]],
  ["fused لل stays inside", "قدم الوفد مذكرة للأمم المتحدة أمس.", ["ORG:للأمم المتحدة"]],
  ["preposition and article split", "وصلت القافلة بالرقة ثم والموصل.", ["GPE:الرقة", "GPE:الموصل"]],
  ["a name that starts with clitic letters is never cut", "اشتبك مسلحون في بنغازي.", ["GPE:بنغازي"]],
  ["longest match wins over an inner name", "اجتمع وزراء حلف شمال الأطلسي في واشنطن.", ["ORG:حلف شمال الأطلسي", "GPE:واشنطن"]],
  ["title before an unknown name", "وقال الرئيس اليمني عبدربه منصور هادي إن الهدنة قائمة.", ["GPE:اليمني", "PERSON:عبدربه منصور هادي"]],
  ["title chain with an organization", "وأكد المتحدث باسم وزارة الدفاع العراقية اللواء يحيى رسول أن القوات تقدمت.", ["ORG:وزارة الدفاع العراقية", "PERSON:يحيى رسول"]],
  ["given name and family name", "وكتب ماركو مسعد في تقريره عن روسيا.", ["PERSON:ماركو مسعد", "GPE:روسيا"]],
  ["an indefinite accusative (tanween) ends a name", "وكتب ماركو مسعد مقالاً عن روسيا.", ["PERSON:ماركو مسعد", "GPE:روسيا"]],
  ["على is a preposition, not علي", "هجوم على مدينة الرقة أمس.", ["GPE:الرقة"]],
  ["organization head with لل and coordination", "بحسب مركز العرب للأبحاث والدراسات فإن الوضع صعب.", ["ORG:مركز العرب للأبحاث والدراسات"]],
  ["organization head with a known region", "نشرت هيئة سياسات الشرق الأوسط تقريرا.", ["ORG:هيئة سياسات الشرق الأوسط"]],
  ["weak head with one common word is not a name", "انتشرت قوات الأمن في الشوارع.", []],
  ["institution with a nationality", "وتقدم الجيش العراقي نحو الموصل.", ["ORG:الجيش العراقي", "GPE:الموصل"]],
  ["office word before an institution is a title", "وصل وزير الدفاع العراقي إلى الموصل.", ["GPE:العراقي", "GPE:الموصل"]],
  ["nationality adjective mentions its country", "قال مسؤول روسي إن الخطة فشلت.", ["GPE:روسي"]],
  ["ordinary-word place needs a cue", "وقعت اشتباكات في حي صبر بينما قال إنه صبر طويلا.", ["GPE:صبر"]],
  ["a KB person by a family name only one person has", "وقال لاريجاني إن المفاوضات مستمرة.", ["PERSON:لاريجاني"]],
  ["settlement cue and an unknown name", "اندلعت اشتباكات في حي التأميم غرب المدينة.", ["GPE:حي التأميم"]],
  ["a facility head before an unknown name, adjectives excluded", "أقلعت الطائرات من قاعدة إنكليريك إلى قاعدة جوية أخرى.", ["FAC:قاعدة إنكليريك"]],
  ["a city with a masculine nationality adjective is its club", "وتعادل الموصل العراقي مع ضيفه أمس.", ["ORG:الموصل", "GPE:العراقي"]],
  ["a city takes the feminine adjective", "وصل الوفد إلى الموصل العراقية أمس.", ["GPE:الموصل", "GPE:العراقية"]],
  ["quoted outlet name", "ونقلت صحيفة «الأخبار اليومية» عن مصادر.", ["ORG:الأخبار اليومية"]],
];

for (const [name, text, expected] of cases) {
  test(`mentions: ${name}`, () => assert.deepEqual(found(text), expected));
}

test("mentions: every span is an exact slice of the text", () => {
  const text = "وقال الرئيس اليمني عبدربه منصور هادي للأمم المتحدة إن وبالرقة قوات، وكتب ماركو مسعد عن هيئة سياسات الشرق الأوسط.";
  const doc = run(text);
  assert.ok(doc.mentions.length >= 5);
  for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const e of doc.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});
