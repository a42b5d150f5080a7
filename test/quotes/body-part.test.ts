// A part of a body as subject ("الكتلة البرلمانية لحركة X"، "المكتب الإعلامي لـX"): the organization after
// ل speaks; and an outlet the knowledge base files under media, after "حسبما ذكرت" at the end of a
// quote's sentence, relays that quote rather than speaking itself. Sentences written for these
// tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:khalid", type: "PERSON" as const, forms: ["خالد العمري"] },
  { id: "o:front", type: "ORG" as const, forms: ["جبهة الإصلاح"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];
const LEAD = "قال وزير الزراعة خالد العمري إن الموسم جيد جدا هذا العام. ";

const CASES: [string, string, string, string | null][] = [
  ["a bloc of a movement", "وقالت الكتلة البرلمانية لجبهة الإصلاح في بيان إن الحصار يجب أن ينتهي فورا.", "الحصار يجب", "o:front"],
  ["a media office after لـ", "وقال المكتب الإعلامي لـ«جبهة الإصلاح» إن الاجتماع سيعقد الأسبوع المقبل.", "الاجتماع سيعقد", "o:front"],
  ["a wing, with an object-taking verb whose أن is far", "وأعلن الجناح العسكري لجبهة الإصلاح في بيان أمس أنه استعاد السيطرة على المعبر.", "استعاد السيطرة", "o:front"],
  ["not a body part: the organization after ل is an addressee", "وقال الوزير للجنة التابعة لجبهة الإصلاح إن الدعم سيصل قريبا.", "الدعم سيصل", "p:khalid"],
];
for (const [what, s, snippet, speaker] of CASES) {
  test(`body part: ${what}`, () => {
    const q = findQuotes(makeDoc(LEAD + s, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}
