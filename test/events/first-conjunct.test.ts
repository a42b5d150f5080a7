// The first of joined subjects acts (first-conjunct.ts): "X وY هاجموا" before its verb has X as
// its source, not the nearer Y; not when X is governed by a preposition, stands inside another
// clause's object, or is a city. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "o:guard", type: "ORG", forms: ["الحرس الشعبي"] }];

// [name, sentence, trigger word, expected source]
const CASES: [string, string, string, string][] = [
  ["two joined subjects at the sentence's start: the first", "جبهة التحرير والحرس الشعبي هاجموا مواقع جيش نورستان قرب وادي الريح يوم الثلاثاء.", "هاجم", "o:front"],
  ["after أن: the first", "وقال مصدر إن جبهة التحرير والحرس الشعبي هاجموا مواقع جيش نورستان يوم الثلاثاء.", "هاجم", "o:front"],
  ["three joined subjects: the first", "جبهة التحرير والحرس الشعبي وأمين فارس هاجموا مواقع جيش نورستان يوم الثلاثاء.", "هاجم", "o:front"],
  ["a place after the first conjunct is stepped over", "جبهة التحرير في وادي الريح والحرس الشعبي هاجموا مواقع جيش نورستان يوم الثلاثاء.", "هاجم", "o:front"],
  ["a support verb's joined subject: the first", "جبهة التحرير والحرس الشعبي شنوا هجوما على مواقع جيش نورستان يوم الثلاثاء.", "هجوم", "o:front"],
];
for (const [name, text, word, source] of CASES) {
  test(`first conjunct: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.trigger.includes(word));
    // (the first conjunct's is the event the sentence tells; an attack of the members joined to it is
    // theirs too, one event each after it: coordinated-sources.ts, branch evatk21)
    assert.ok(evs.length > 0 && evs[0].source === source, show(evs));
  });
}

// [name, sentence, trigger word, source that must not be given]
const KEPT: [string, string, string, string][] = [
  ["a first conjunct after a preposition is no subject", "وانضم مقاتلون إلى جبهة التحرير والحرس الشعبي هاجم مواقع جيش نورستان يوم الثلاثاء.", "هاجم", "o:front"],
  ["a first conjunct that is another verb's object is no subject", "وقصف جيش نورستان جبهة التحرير والحرس الشعبي يهاجم مواقعه يوم الثلاثاء.", "يهاجم", "o:front"],
];
for (const [name, text, word, notSource] of KEPT) {
  test(`first conjunct: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.trigger.includes(word));
    assert.ok(evs.every((e) => e.source !== notSource), show(evs));
  });
}
