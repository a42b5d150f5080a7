// A subject that opens on a title is one noun phrase up to its holder's name (src/quotes/title-phrase.ts):
// the name may stand past five words after the verb, after a word that ends no title or an appositive
// comma. A relative pronoun, a word of company ("بحضور"), a word with a pronoun or a title with ل before
// the name makes the person someone else. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي العتوم"] },
  { id: "p:lina", type: "PERSON" as const, forms: ["لينا الخوري"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس البلدية"] },
  { id: "g:amman", type: "GPE" as const, forms: ["عمّان", "عمان"] },
];
const OPEN = "قالت لينا الخوري إن الموسم صعب على المزارعين. ";

// [what, text, a snippet of the quote, the speaker it must have (or, with "not:", must not have)]
const CASES: [string, string, string, string][] = [
  ["a holder set off by a comma after a construct title of six words",
    OPEN + "ويؤكد مدير المركز الإقليمي للدراسات المائية في عمّان، رامي العتوم، أن السدود امتلأت هذا الشتاء.", "السدود امتلأت", "p:rami"],
  ["a holder after a rank and an adjective no title ends on",
    OPEN + "وقال الناطق الإعلامي بقيادة خفر السواحل في خليج العقبة العقيد البحري رامي العتوم إن الزوارق عادت سالمة.", "الزوارق عادت", "p:rami"],
  ["a holder after a title that names the council it sits on",
    OPEN + "وأوضح عضو مجلس البلدية ونائب رئيس لجنة الطرق والنقل بالمدينة رامي العتوم أن الشارع سيفتح قريبا.", "الشارع سيفتح", "p:rami"],
  ["not a person in whose presence the title's holder spoke",
    OPEN + "وقال المدير العام للشركة الوطنية للكهرباء بحضور رامي العتوم إن الانقطاع لن يتكرر.", "الانقطاع لن", "not:p:rami"],
  ["not a person a relative clause of the title tells of",
    OPEN + "وقال رئيس اللجنة الوطنية للمياه الذي استقبل رامي العتوم إن المشروع تأخر كثيرا.", "المشروع تأخر", "not:p:rami"],
  ["not a person a title with ل names as the one spoken to",
    OPEN + "وقال الأمين العام للاتحاد الإقليمي للنقل البري لرئيس الوزراء الأسبق في البلاد رامي العتوم إن الطرق مزدحمة منذ الصباح الباكر في كل المدن.", "الطرق مزدحمة", "not:p:rami"],
  ["not a person after a word that carries a pronoun",
    OPEN + "وأكد الأمين العام للاتحاد الإقليمي للنقل البري في رسالته إلى نظيره رامي العتوم أن الطرق مزدحمة منذ الصباح الباكر في كل المدن.", "الطرق مزدحمة", "not:p:rami"],
];
for (const [what, text, snippet, want] of CASES) {
  test(`title phrase: ${what}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    if (want.startsWith("not:")) assert.notEqual(q.speaker, want.slice(4));
    else assert.equal(q.speaker, want);
  });
}
