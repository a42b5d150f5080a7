// verb-roles.ts with source-apposition.ts coSubjects: a statement (ACCUSE, SUPPORT, REQUEST, REJECT,
// THREATEN) whose verb has subjects joined by و after it is made by each of them; a name joined to
// the object is an object, and a joint act (AGREE, CONSULT) keeps its partner as target. Sentences
// written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { WORLD, eventsIn, show, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] }];
const HEAD = "أخبار وادي الريح\n";

// [name, sentence, type, the [source, target] pairs expected of that type, exactly]
const CASES: [string, string, string, [string | null, string | null][]][] = [
  ["two states condemn together", "ونددت نورستان وسودانيا بالهجوم على وادي الريح أمس.", "ACCUSE", [["g:north", null], ["g:south", null]]],
  ["two men call on a front", "ودعا أمين فارس وكريم ناصر جبهة التحرير إلى الحوار.", "REQUEST", [["p:amin", "o:front"], ["p:karim", "o:front"]]],
  ["two states accuse a front", "واتهمت نورستان وسودانيا جبهة التحرير بتنفيذ الهجوم.", "ACCUSE", [["g:north", "o:front"], ["g:south", "o:front"]]],
  ["a name joined to the object is accused too, it accuses no one", "واتهمت نورستان جبهة التحرير وسودانيا بتنفيذ الهجوم.", "ACCUSE", [["g:north", "o:front"], ["g:north", "g:south"]]],
  ["a subject alone", "ورحبت نورستان بقرار جبهة التحرير أمس.", "SUPPORT", [["g:north", "o:front"]]],
];

for (const [name, sentence, type, pairs] of CASES) {
  test(`joint statements: ${name}`, () => {
    const evs = eventsIn(HEAD + sentence, W);
    const got = evs.filter((e) => e.type === type).map((e) => [e.source, e.target]);
    assert.deepEqual(got.sort(), [...pairs].sort(), show(evs));
  });
}
