// An outlet named right after the verb, its medium noun inside its name ("واشارت صحيفة ذي اندبندنت"،
// "وأوردت وكالة الأنباء السورية «سانا»"), is the verb's subject: it speaks, it relays no one.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "o:paper", type: "ORG" as const, forms: ["صحيفة الصباح الجديد"] },
  { id: "o:agency", type: "ORG" as const, forms: ["وكالة الأنباء الوطنية"] },
];
const LEAD = "قال كريم سالم إن المعارك توقفت في الشمال. ";

const CASES: [string, string, string, string | null, string | null][] = [
  ["a paper whose name holds its medium noun", "وأشارت صحيفة الصباح الجديد المحلية إلى أن الوفد سيصل غدا إلى العاصمة.", "الوفد سيصل", "o:paper", null],
  ["an agency, its short name after it", "وأوردت وكالة الأنباء الوطنية الرسمية «ونا» أن الجيش استعاد البلدة الحدودية.", "الجيش استعاد", "o:agency", null],
  ["still a via after a person who speaks", "وقال كريم سالم لصحيفة الصباح الجديد إن الوفد سيصل غدا إلى العاصمة.", "الوفد سيصل", "p:karim", "o:paper"],
];
for (const [what, s, snippet, speaker, via] of CASES) {
  test(`outlet subject: ${what}`, () => {
    const q = findQuotes(makeDoc(LEAD + s, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, speaker);
    assert.equal(q.via, via);
  });
}
