// event-dedupe.ts withoutHeadingEchoes: a headline's event is dropped when the body tells an event
// of its type with its target (its doer when it names no target): the body's reading of the doer
// stands; a headline event the body does not tell, or aimed at another target, stays. Sentences written for
// these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, type, events of that type in the headline (line 1), in the body]
const CASES: [string, string, string, number, number][] = [
  ["the same target, another doer in the body: the body's event only",
    "أمين فارس يهاجم جبهة التحرير\nوشن جيش نورستان صباح أمس هجوما على مواقع جبهة التحرير في وادي الريح.", "ASSAULT", 0, 1],
  ["the same doer, another target in the body: both stay",
    "جيش نورستان يهاجم سودانيا\nوشن جيش نورستان صباح أمس هجوما على مواقع جبهة التحرير في وادي الريح.", "ASSAULT", 1, 1],
  ["the same target, no doer in the headline: the body's event only",
    "هجوم على جبهة التحرير\nوهاجم جيش نورستان جبهة التحرير في وادي الريح صباح أمس.", "ASSAULT", 0, 1],
  ["a body event of the type with none of the headline's actors: both stay",
    "جيش نورستان يهاجم جبهة التحرير\nوفي سياق آخر، هاجمت سودانيا أمين فارس بشدة في مؤتمر صحفي أمس.", "ASSAULT", 1, 1],
  ["no body event of the type: the headline's stays",
    "جيش نورستان يهاجم جبهة التحرير\nوقال مراسلون إن الوضع هادئ في وادي الريح منذ أيام.", "ASSAULT", 1, 0],
];
for (const [name, text, type, inHead, inBody] of CASES) {
  test(`headline echo: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    const cut = text.indexOf("\n");
    assert.deepEqual([evs.filter((e) => e.sentence.start < cut).length, evs.filter((e) => e.sentence.start > cut).length], [inHead, inBody], show(evs));
  });
}
