// قد/ربما before an imperfect verb: a possibility, no event; before a perfect it tells the act.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, type, how many events of that type]
const CASES: [string, string, string, number][] = [
  ["قد before an imperfect: may attack", "وقالت سودانيا إن جبهة التحرير قد تهاجم وادي الريح.", "ASSAULT", 0],
  ["ربما before an imperfect: may meet", "وربما يلتقي أمين فارس رئيس سودانيا في وادي الريح.", "CONSULT", 0],
  ["قد before a perfect: has attacked", "وكانت جبهة التحرير قد هاجمت وادي الريح.", "ASSAULT", 1],
  ["an imperfect with no particle is kept", "وقالت سودانيا إن جبهة التحرير تهاجم وادي الريح منذ الصباح.", "ASSAULT", 1],
  ["a threat after قد keeps its reading", "وقال أمين فارس إن نورستان قد تهدد سودانيا بالحرب.", "THREATEN", 1],
];
for (const [name, text, type, n] of CASES) {
  test(`possibility: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
  });
}
