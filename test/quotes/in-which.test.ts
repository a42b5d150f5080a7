// "تصريحات أدلى بها X، التي وصف فيها …": the statement's giver speaks (in-which.ts).
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس المزارعين"] },
];

// [what the rule is, text, snippet one quote holds, its speaker (null: no quote of anyone named holds it)]
const CASES: [string, string, string, string | null][] = [
  ["the giver named before the relative says what follows فيها",
    "وجاءت الاحتجاجات بعد تصريحات أدلى بها الوزير كريم سالم، التي وصف فيها الموسم الزراعي بالضعيف.", "الموسم الزراعي بالضعيف", "p:karim"],
  ["a following وأضاف goes on with the giver, not the body that acted before",
    "وعقد مجلس المزارعين اجتماعه أمس. وجاء ذلك بعد كلمة ألقتها هدى ناصر التي حذرت فيها المزارعين من الجفاف، وأضافت أن المياه الجوفية تتناقص كل عام.", "المياه الجوفية تتناقص", "p:huda"],
  ["خلاله works as فيه",
    "وتابع الحضور خطاب كريم سالم الذي أعلن خلاله زيادة الدعم لصغار المزارعين في القرى.", "زيادة الدعم لصغار", "p:karim"],
  ["a body after its officer's title is not the giver",
    "وتحدث الحضور عن كلمة وكيل وزارة الزراعة التي أعرب فيها عن تفاؤله بالموسم الزراعي الجديد.", "تفاؤله بالموسم", null],
  ["a name after a preposition is not the giver",
    "وأثارت شهادتها أمام مجلس المزارعين، التي أكدت فيها ضعف الموسم الزراعي، جدلا واسعا بين الحضور.", "ضعف الموسم", null],
];
for (const [rule, text, snippet, speaker] of CASES) {
  test(`in which: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    if (speaker === null) {
      assert.ok(!qs.some((x) => x.text.includes(snippet) && x.speaker !== null), `no named speaker for "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.speaker, x.cue, x.text]))})`);
      return;
    }
    assert.ok(qs.some((x) => x.text.includes(snippet) && x.speaker === speaker),
      `a quote of ${speaker} holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.speaker, x.cue, x.text]))})`);
  });
}
