// قد/ربما before an imperfect verb: a possibility, no event; before a perfect it tells the act;
// an act after من شأن is weighed, and one after في حال supposed, not told.
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
  ["من شأن: what a visit would bring", "وقال محللون إن من شأن زيارة أمين فارس إلى سودانيا رفع الروح المعنوية.", "CONSULT", 0],
  ["the visit told", "وقال محللون إن زيارة أمين فارس إلى سودانيا رفعت الروح المعنوية.", "CONSULT", 1],
  ["من شأن in the clause before a comma leaves the next", "ومن شأن ذلك تهدئة الوضع، وزار أمين فارس سودانيا أمس.", "CONSULT", 1],
  ["في حال: a rejection supposed", "وقال أمين فارس إنه في حال رفض جيش نورستان الاتفاق مع سودانيا ستزداد العزلة.", "REJECT", 0],
  ["the rejection told", "وقال أمين فارس إن جيش نورستان رفض الاتفاق مع سودانيا.", "REJECT", 1],
  ["في حالة is a state, no condition", "ونقل أمين فارس إلى المستشفى في حالة خطرة بعد أن هاجم جيش نورستان وادي الريح.", "ASSAULT", 1],
  ["a threat after قد keeps its reading", "وقال أمين فارس إن نورستان قد تهدد سودانيا بالحرب.", "THREATEN", 1],
];
for (const [name, text, type, n] of CASES) {
  test(`possibility: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
  });
}
