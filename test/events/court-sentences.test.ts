// A death sentence is a court's coercion, not a killing; a court or an authority issuing a sentence
// or an order is the actor of it.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, trigger, type expected]
const CASES: [string, string, string, string][] = [
  ["a death sentence issued", "وأصدرت محكمة نورستان حكما بالإعدام بحق أمين فارس.", "بالإعدام", "COERCE"],
  ["a court rules for an execution", "وقضت المحكمة أمس بإعدام أمين فارس.", "بإعدام", "COERCE"],
  ["an order to execute", "وأصدر القضاء في سودانيا قرارا بإعدام أمين فارس.", "بإعدام", "COERCE"],
  ["an execution in the field stays a killing", "وأعدم جيش نورستان عشرة أسرى ميدانيا.", "وأعدم", "ASSAULT"],
];
for (const [name, text, trigger, type] of CASES) {
  test(`court sentences: ${name}`, () => {
    const evs = eventsIn(text);
    assert.deepEqual(evs.filter((e) => e.trigger === trigger).map((e) => e.type), [type], show(evs));
  });
}

test("a sentence issued by a named court has the court as its source (أصدر, a support verb)", () => {
  const world = [{ id: "o:court", type: "ORG" as const, forms: ["محكمة الاستئناف"] }, { id: "p:amin", type: "PERSON" as const, forms: ["أمين فارس"] }];
  const evs = eventsIn("وكانت محكمة الاستئناف قد أصدرت الاثنين حكما بالإعدام بحق أمين فارس.", world);
  assert.deepEqual(evs.filter((e) => e.type === "COERCE").map((e) => [e.source, e.target]), [["o:court", "p:amin"]], show(evs));
});
