// Two limits on who speaks: a relative clause's speaker is the name right before الذي/التي (past a
// comma, a parenthesis, its adjectives or a date), not any actor some words back when a common noun
// is the antecedent; an organization after an unnamed source speaks only when it is the source's
// body ("مصادر في وزارة X"), not when it is the verb's object. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس المزارعين"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

const CASES: [string, string, string, string | null][] = [
  ["a common noun before التي is the antecedent, not the council named before it",
    "وافق مجلس المزارعين على الخطة رغم اعتراض الجمعيات الأهلية التي ترى أن الخطة تضر بصغار المزارعين.", "الخطة تضر", null],
  ["a name before الذي past a date speaks",
    "وأشار إلى خطاب كريم سالم في 18 يوليو (تموز) الذي قال فيه إن الموسم سيكون جيدا جدا.", "الموسم سيكون", "p:karim"],
  ["a person, a comma and his title before الذي: the person speaks",
    "والتقى الوفد كريم سالم، رئيس مجلس المزارعين في الجنوب الذي يرى أن الموسم سيكون صعبا.", "الموسم سيكون", "p:karim"],
  ["a name in the parenthesis before التي speaks",
    "وفي مقدمتها منظمة الزراع الأحرار (مجلس المزارعين) التي قالت إن الأسعار لن تنخفض هذا العام.", "الأسعار لن", "o:council"],
  ["an organization after a preposition of belonging speaks for its unnamed source",
    "وقالت مصادر مطلعة في وزارة الزراعة إن الموسم سيتأخر أسبوعين بسبب الأمطار.", "الموسم سيتأخر", "o:ministry"],
  ["an organization that is the object after an unnamed subject does not speak",
    "وأكدت مصادر أمنية سيطرة مجلس المزارعين على السوق المركزي في المدينة.", "على السوق", null],
];
for (const [what, text, snippet, speaker] of CASES) {
  test(`speaker limits: ${what}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    if (speaker === null && !q) return; // no quote at all is as good as an unnamed one
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}
