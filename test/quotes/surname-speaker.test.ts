// A surname the entity stage split off as an organization or place speaks as the person named in
// full. Sentences written for these tests, from no corpus; the entities are given as the stage
// before would have found them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const TEXT = "وصل الرئيس مروان الشامخ إلى العاصمة أمس. وقال الشامخ إن المحادثات مع الجيران كانت مثمرة جدا.";

// [what the rule is, the entities, the speaker of the quote]
const CASES: [string, { id: string; type: "PERSON" | "ORG" | "GPE"; forms: string[] }[], string][] = [
  ["a surname typed ORG is the person named in full",
    [{ id: "p:full", type: "PERSON", forms: ["مروان الشامخ"] }, { id: "o:sur", type: "ORG", forms: ["الشامخ"] }], "p:full"],
  ["a surname typed GPE is the person named in full",
    [{ id: "p:full", type: "PERSON", forms: ["مروان الشامخ"] }, { id: "g:sur", type: "GPE", forms: ["الشامخ"] }], "p:full"],
  ["two persons share the surname: the organization stays",
    [{ id: "p:full", type: "PERSON", forms: ["مروان الشامخ"] }, { id: "p:other", type: "PERSON", forms: ["سعيد الشامخ"] }, { id: "o:sur", type: "ORG", forms: ["الشامخ"] }], "o:sur"],
];

for (const [rule, ents, speaker] of CASES) {
  test(`surname-speaker: ${rule}`, () => {
    const text = rule.startsWith("two") ? TEXT.replace("أمس.", "مع سعيد الشامخ أمس.") : TEXT;
    const q = findQuotes(makeDoc(text, ents)).find((x) => x.text.includes("المحادثات"));
    assert.ok(q, "the quote is found");
    assert.equal(q.speaker, speaker);
  });
}

// "ووفقا لفيرنر": the surname read with the ل of "وفقا ل" on it, whatever its type, is the person too
test("surname-speaker: a surname carrying the ل of وفقا is the person named in full", () => {
  const text = "وصل الرئيس مروان الشامخ إلى العاصمة أمس. ووفقا للشامخ، فإن المحادثات مع الجيران كانت مثمرة جدا.";
  const ents = [{ id: "p:full", type: "PERSON" as const, forms: ["مروان الشامخ"] }, { id: "p:lam", type: "PERSON" as const, forms: ["للشامخ"] }];
  const q = findQuotes(makeDoc(text, ents)).find((x) => x.text.includes("المحادثات"));
  assert.ok(q, "the quote is found");
  assert.equal(q.speaker, "p:full");
});
