// told-anew.ts: an event noun its sentence tells as happening is a new act, not the story's event
// named again, for acts on the ground; not under a statement about it nor under an imperfect
// support verb. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

const sentencesOf = (text: string, type: string) => new Set(eventsIn(text).filter((e) => e.type === type).map((e) => e.sentence.start));

// [name, text, type, sentences with an event of that type]
// (a headline line first: a heading's event is never what a body sentence retells)
const CASES: [string, string, string, number][] = [
  ["a clash a verb after it states is one more event",
    "معارك في وادي الريح\nوقال مراسلون إن الوضع متوتر في المنطقة منذ أيام. وهاجم جيش نورستان جبهة التحرير في وادي الريح صباح أمس. وقالت مصادر إن اشتباكات عنيفة اندلعت بين جيش نورستان وجبهة التحرير قرب الحدود مساء.", "ASSAULT", 2],
  ["a second delivery by planes is one more event",
    "معارك في وادي الريح\nوقال مراسلون إن الوضع متوتر في المنطقة منذ أيام. ونقلت سفينة نورستانية مساعدات إلى سودانيا أمس. وسبق أن نقلت ثلاث طائرات نورستانية مساعدات إلى سودانيا.", "AID", 2],
  ["an attack a condemnation names is the story's attack, not another",
    "معارك في وادي الريح\nوقال مراسلون إن الوضع متوتر في المنطقة منذ أيام. وهاجم جيش نورستان جبهة التحرير في وادي الريح صباح أمس. وأدانت سودانيا هجمات جيش نورستان التي استهدفت جبهة التحرير.", "ASSAULT", 1],
  ["raids under an imperfect support verb are a habit, not another raid",
    "معارك في وادي الريح\nوقال مراسلون إن الوضع متوتر في المنطقة منذ أيام. وهاجم جيش نورستان جبهة التحرير في وادي الريح صباح أمس. ويشن جيش نورستان غارات استهدفت جبهة التحرير منذ عامين.", "ASSAULT", 1],
];
for (const [name, text, type, n] of CASES) {
  test(`told anew: ${name}`, () => {
    assert.equal(sentencesOf(text, type).size, n, show(eventsIn(text)));
  });
}
