// Branch evcarry23: a name right after a singular verb that disagrees with it in gender is its object,
// and the verb's subject is the one the clause carries (verb-agreement.ts): "وطالب الحكومة بـ" (a
// masculine verb, a name in ـة), "ودعت حزب X إلى" (a feminine verb, a masculine head). A name that
// agrees stays the subject ("ودعت الحكومة إلى"، "وطالب حزب X بـ"), and so does a person.
// Sentences written for these tests (not copied from any corpus), in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { verbGender } from "../../src/events/verb-agreement.ts";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";
import { tokenize } from "../../src/text/tokens.ts";

const W: TestEntity[] = [
  ...WORLD,
  { id: "o:gov", type: "ORG", forms: ["حكومة سودانيا"] },
  { id: "o:party", type: "ORG", forms: ["حزب النهضة"] },
];
const HEAD = "خبر عن الوضع\n";

// [name, text, type, source, target] of the event the last sentence tells
const CASES: [string, string, string, string | null, string | null][] = [
  ["a masculine verb before a name in ـة: the speaker goes on", "قال أمين فارس إن الوضع صعب. وطالب حكومة سودانيا بوقف القصف.", "REQUEST", "p:amin", "o:gov"],
  ["a feminine verb before a masculine body: the state goes on", "قالت سودانيا إن الوضع صعب. ودعت حزب النهضة إلى الحوار.", "REQUEST", "g:south", "o:party"],
  ["an accusation carried the same way", "قال أمين فارس إن الوضع صعب. واتهم حكومة سودانيا بقصف المدينة.", "ACCUSE", "p:amin", "o:gov"],
  ["a feminine verb before a name in ـة is its subject", "قال أمين فارس إن الوضع صعب. ودعت حكومة سودانيا جبهة التحرير إلى الحوار.", "REQUEST", "o:gov", "o:front"],
  ["a masculine verb before a masculine body is its subject", "قالت سودانيا إن الوضع صعب. وطالب حزب النهضة جبهة التحرير بالحوار.", "REQUEST", "o:party", "o:front"],
];
for (const [name, text, type, source, target] of CASES) {
  test(`verb agreement: ${name}`, () => {
    const last = HEAD.length + text.lastIndexOf(". ") + 2;
    const evs = eventsIn(HEAD + text, W).filter((e) => e.type === type && e.trigger_span.start >= last);
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

// [word, gender]
// [word, read as an imperfect, gender]
const GENDERS: [string, boolean, "m" | "f" | null][] = [
  ["وطالب", false, "m"], ["دعا", false, "m"], ["ودعت", false, "f"], ["وتوعد", false, null], ["تضامن", false, null], ["وتعاونت", false, "f"], ["طالبوا", false, null], ["طالبا", false, null],
  ["يدعو", true, "m"], ["تستهدف", true, "f"], ["يطالبون", true, null],
];
for (const [word, imperfect, gender] of GENDERS) {
  test(`verb agreement: ${word} is ${gender ?? "no singular"}`, () => assert.equal(verbGender(tokenize(word)[0], imperfect), gender));
}

test("verb agreement: a perfect of the form تفعّل before a masculine body keeps it as its subject", () => {
  const evs = eventsIn("وتوعد حزب النهضة بضرب مواقع جبهة التحرير.", W).filter((e) => e.type === "THREATEN");
  assert.ok(evs.some((e) => e.source === "o:party"), show(evs));
});
