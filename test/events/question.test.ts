// A sentence ending in a question mark asks; what it names is no event. The same sentence told
// with a period keeps its event. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, how many ASSAULT events]
const CASES: [string, string, number][] = [
  ["a why-question", "لماذا هاجم جيش نورستان وادي الريح؟", 0],
  ["the same words told", "وهاجم جيش نورستان وادي الريح أمس.", 1],
  ["a rhetorical question", "ألم يقتل جيش نورستان الأبرياء في وادي الريح؟", 0],
  ["a question inside quote marks", "وقال أمين فارس: «لماذا هاجم جيش نورستان وادي الريح؟»", 0],
  ["a question in the next sentence leaves this one", "وهاجم جيش نورستان وادي الريح أمس. فلماذا صمتت سودانيا؟", 1],
];
for (const [name, text, n] of CASES) {
  test(`question: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.equal(evs.length, n, show(evs));
  });
}
