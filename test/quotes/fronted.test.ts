// A name right after a complementizer and right before a verb of saying is that verb's subject: its
// statement is its own, the name after the verb its object, and "وأضاف" goes on with the outer
// speaker (fronted.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "p:hadi", type: "PERSON" as const, forms: ["هادي منصور"] },
  { id: "g:north", type: "GPE" as const, forms: ["الشمال"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// [what the rule is, text, the cue, a snippet of the content, the speakers of the quotes holding it]
const CASES: [string, string, string, string, string[]][] = [
  ["the fronted subject inside what someone said speaks",
    "وقال كريم سالم إن هادي منصور أكد أن خطة الري ستنفذ قبل الشتاء المقبل.", "أكد", "خطة الري ستنفذ", ["p:hadi"]],
  ["the name after the verb is its object, not its subject",
    "وذكرت وزارة الزراعة أن الشمال دعا هادي منصور إلى حوار حول حصص المياه.", "دعا", "حوار حول حصص", ["g:north"]],
  ["the outer statement keeps its speaker",
    "وذكرت وزارة الزراعة أن الشمال دعا هادي منصور إلى حوار حول حصص المياه.", "وذكرت", "الشمال دعا", ["o:ministry"]],
  ["the next subjectless verb goes on with the outer speaker, not the object",
    "وقال كريم سالم إن الشمال دعا هادي منصور إلى الحوار حول المياه. وأضاف أن الوفد سيصل إلى العاصمة غدا.", "وأضاف", "الوفد سيصل", ["p:karim"]],
  ["a word between the name and the verb: no statement of its own",
    "وقال كريم سالم إن هادي منصور نفسه أعلن أن خطة الري ستنفذ قبل الشتاء.", "أعلن", "خطة الري", []],
];

for (const [rule, text, cue, snippet, speakers] of CASES) {
  test(`fronted subject: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS)).filter((x) => x.cue === cue && x.text.includes(snippet));
    assert.deepEqual(qs.map((q) => q.speaker), speakers, JSON.stringify(findQuotes(makeDoc(text, ENTS)).map((q) => [q.speaker, q.cue, q.text])));
  });
}
