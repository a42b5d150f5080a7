// One telling per type and actors only for a bare masdar naming the act again; a verb, or a masdar
// its support verb states, tells a new act (each raid of a campaign). Sentences written for these
// tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, how many ASSAULT events]
const CASES: [string, string, number][] = [
  ["a second raid stated by a support verb", "شن جيش نورستان غارات على وادي الريح صباح الاثنين. وقال أمين فارس إن الوضع صعب. وشن جيش نورستان مساء الثلاثاء غارات جديدة على وادي الريح.", 2],
  ["a second shelling told by a verb the next sentence", "قصف جيش نورستان وادي الريح صباح الاثنين. وقصف جيش نورستان وادي الريح مساء الثلاثاء.", 2],
  ["a bare masdar naming the raid again", "قصف جيش نورستان وادي الريح صباح الاثنين. وقال أمين فارس إن غارات جيش نورستان على وادي الريح أرعبت السكان.", 1],
];
for (const [name, text, n] of CASES) {
  test(`retelling: ${name}`, () => {
    const evs = eventsIn(text);
    assert.equal(evs.filter((e) => e.type === "ASSAULT").length, n, show(evs));
  });
}
