// A subject of two ("أكد الطرفان"، "وأعربا"، "أعلن كل من X و Y"): each party of the pair the text named
// says it; with no pair named before, the statement goes on as before. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى منصور"] },
  { id: "o:union", type: "ORG" as const, forms: ["اتحاد المزارعين"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// [what the rule is, text, the cue, a snippet of the content, the speakers of the quotes holding it]
const CASES: [string, string, string, string, string[]][] = [
  ["كل من X و Y: both speak, the content after the second",
    "أعلن كل من «اتحاد المزارعين» و«وزارة الزراعة»، أمس، التوصل إلى اتفاق حول أسعار القمح.", "أعلن", "التوصل إلى اتفاق", ["o:union", "o:ministry"]],
  ["الطرفان after a pair joined by و",
    "التقى اتحاد المزارعين ووزارة الزراعة أمس في العاصمة. وأكد الطرفان أن الاتفاق سيطبق الشهر المقبل.", "وأكد", "الاتفاق سيطبق", ["o:union", "o:ministry"]],
  ["a dual verb without subject",
    "التقى اتحاد المزارعين ووزارة الزراعة أمس في العاصمة. وأعربا عن أملهما في خفض أسعار القمح قريبا.", "وأعربا", "عن أملهما", ["o:union", "o:ministry"]],
  ["a pair of persons with words between them",
    "واستقبل كريم سالم وأخوه الوزير هدى منصور الوفود في القصر. وأكد الجانبان على أهمية التعاون بين البلدين.", "وأكد", "أهمية التعاون", ["p:karim", "p:huda"]],
  ["a dual verb names its object after it, not its subject",
    "التقى اتحاد المزارعين ووزارة الزراعة أمس في العاصمة. وطالبا كريم سالم بخفض أسعار القمح قريبا.", "وطالبا", "بخفض أسعار", ["o:union", "o:ministry"]],
  ["a pair named inside what was said is not the pair that speaks",
    "التقى اتحاد المزارعين ووزارة الزراعة أمس. وقال الاتحاد إن كريم سالم وهدى منصور وقعا الاتفاق أمس. وأكد الطرفان أن الأسعار ستنخفض قريبا.", "وأكد", "الأسعار ستنخفض", ["o:union", "o:ministry"]],
  ["a verb with an object pronoun is no dual",
    "وقال كريم سالم إن الخطة جاهزة هذا العام. وأكدها أمام الصحفيين في مؤتمر صحفي أمس.", "وقال", "الخطة جاهزة", ["p:karim"]],
  ["no pair named before: the last speaker goes on",
    "وقال كريم سالم إن الاتفاق جاهز هذا العام. وأكد الطرفان أن التوقيع سيتم الشهر المقبل.", "وأكد", "التوقيع سيتم", ["p:karim"]],
];

for (const [rule, text, cue, snippet, speakers] of CASES) {
  test(`pair subject: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS)).filter((x) => x.cue === cue && x.text.includes(snippet));
    assert.deepEqual(qs.map((q) => q.speaker), speakers, JSON.stringify(qs.map((q) => [q.speaker, q.text])));
  });
}

test("pair subject: an accusative noun in ـًا is no dual verb: the pair does not speak through it", () => {
  const text = "التقى اتحاد المزارعين ووزارة الزراعة أمس في العاصمة. ومن كان طالبًا بالعلم وجد في المدينة ما يريد.";
  const qs = findQuotes(makeDoc(text, ENTS)).filter((x) => x.cue === "طالبًا");
  assert.ok(qs.length <= 1, JSON.stringify(qs.map((q) => q.speaker)));
});
