// title-preposition.ts: a name in apposition to its title is governed by the ل/ب written on the title
// ("برقية تهنئة للرئيس X"، "بالشكر لفخامة الرئيس X"): the person thanked or congratulated is the
// target, never the source. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { titleWordKind } from "../../src/events/title-preposition.ts";
import { WORLD, eventsIn, show, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] }];
const HEAD = "أخبار وادي الريح\n";

// [name, sentence, [type, source, target] expected among the events]
const CASES: [string, string, [string, string | null, string | null]][] = [
  ["a cable of congratulation: its sender acts, the president after للرئيس receives it",
    "وبعث أمين فارس برقية تهنئة للرئيس كريم ناصر بمناسبة العيد الوطني.", ["SUPPORT", "p:amin", "p:karim"]],
  ["thanks to an honorific and a title: the holder is the target",
    "وتقدم أمين فارس بالشكر والتقدير لفخامة الرئيس كريم ناصر على حسن الاستقبال.", ["SUPPORT", "p:amin", "p:karim"]],
  ["a name joined by و after the addressee shares its لـ: the first is the target",
    "وتقدم أمين فارس بالشكر للرئيس كريم ناصر وحكومة نورستان على حسن الاستقبال.", ["SUPPORT", "p:amin", "p:karim"]],
  ["a threat addressed to a minister",
    "ووجه أمين فارس تهديدا مباشرا للوزير كريم ناصر بالقتل.", ["THREATEN", "p:amin", "p:karim"]],
  ["a meeting with a titled name after مع is read as before",
    "والتقى أمين فارس مع الرئيس كريم ناصر في وادي الريح أمس.", ["CONSULT", "p:amin", "p:karim"]],
];

for (const [name, sentence, [type, src, tgt]] of CASES) {
  test(`title preposition: ${name}`, () => {
    const evs = eventsIn(HEAD + sentence, W);
    assert.ok(evs.some((e) => e.type === type && e.source === src && e.target === tgt), show(evs));
    assert.ok(!evs.some((e) => e.type === type && e.source === tgt), show(evs));
  });
}

test("title preposition: which words make a title", () => {
  // [word as prepOf hands it (folded: ئ as ي; without و/ف and ب/ل), kind]
  const rows: [string, string | null][] = [
    ["لرييس", "title"], ["الرييس", "title"], ["فخامه", "title"], ["جلاله", "title"], ["وزير", "title"],
    ["الكولومبي", "adjective"], ["منطقه", null], ["الحكومه", null], ["مدينه", null],
  ];
  for (const [w, kind] of rows) assert.equal(titleWordKind(w), kind, w);
});
