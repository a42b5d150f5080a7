// A plural participle (مؤكدين، مطالبين) continues only a statement already made in its sentence,
// never the sentence's first named actor (find-quotes.ts, speakers.ts sameSentence). Sentences
// written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "o:site", type: "ORG" as const, forms: ["فيسبوك"] },
  { id: "o:union", type: "ORG" as const, forms: ["نقابة المزارعين"] },
  { id: "g:town", type: "GPE" as const, forms: ["الواحة"] },
];

// [what the rule is, text, cue, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["users on a named site are no speaker of the site",
    "وتفاعل مستخدمون على فيسبوك مع الصورة، مؤكدين أن المزارعين يستحقون دعما أكبر من الحكومة.", "مؤكدين", null],
  ["a person named first in the sentence does not speak a plural participle",
    "وانتقد عشرات المزارعين قرار الوزير كريم سالم أمس، معتبرين أن الأسعار الجديدة ظالمة للقرى الصغيرة.", "معتبرين", null],
  ["a town named first does not speak it",
    "وخرج مئات من سكان الواحة إلى الشوارع أمس، مطالبين بإصلاح شبكة المياه في الأحياء القديمة.", "مطالبين", null],
  ["a statement made in the sentence goes on",
    "وقالت نقابة المزارعين إن الموسم ضعيف هذا العام، مشيرين إلى أن الأمطار كانت قليلة جدا.", "مشيرين", "o:union"],
];
for (const [rule, text, cue, speaker] of CASES) {
  test(`plural participle: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.cue === cue);
    assert.ok(q, `a quote with cue ${cue} (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
