// A row's `needs` word is looked for in the trigger's clause: a slash joining two names of one
// month ("نيسان/ أبريل") ends no clause; a comma does. Sentences written for these tests (not
// copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, how many ASSAULT events]
const CASES: [string, string, number][] = [
  ["a month named in two calendars before على", "وسيطرت جبهة التحرير في نيسان/ أبريل 2014 على وادي الريح.", 1],
  ["one month name before على", "وسيطرت جبهة التحرير في أبريل 2014 على وادي الريح.", 1],
  ["a comma before على ends the clause", "وسيطرت جبهة التحرير، على ما يبدو.", 0],
];
for (const [name, text, n] of CASES) {
  test(`needs reach: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.equal(evs.length, n, show(evs));
  });
}
