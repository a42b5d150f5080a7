// The forces or followers of a man joined by و to a subject (first-conjunct.ts, follower-head in
// event-word-classes.tsv): "X وقوات Y هاجموا" has X as its source, not the man Y, and after a verb
// "هاجم X وأنصار Y مواقع" Y is a second subject, not the target. Sentences written for these
// tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "o:guard", type: "ORG", forms: ["الحرس الشعبي"] }, { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] }];

// [name, sentence, trigger word, expected source, target that must not be given]
const CASES: [string, string, string, string, string][] = [
  ["the forces of a man after the first subject", "وقال مصدر إن جبهة التحرير وقوات كريم ناصر هاجموا مواقع الحرس الشعبي يوم الثلاثاء.", "هاجم", "o:front", "p:karim"],
  ["a title between the head and the man", "وقال مصدر إن جبهة التحرير وأنصار الزعيم كريم ناصر هاجموا مواقع الحرس الشعبي يوم الثلاثاء.", "هاجم", "o:front", "p:karim"],
  ["a group head before the first subject", "وقال مصدر إن ميليشيات جبهة التحرير وقوات كريم ناصر شنوا هجوما على مواقع الحرس الشعبي.", "هجوم", "o:front", "p:karim"],
  ["after the verb the man's followers are a second subject", "وهاجمت جبهة التحرير وأنصار كريم ناصر مواقع الحرس الشعبي في وادي الريح يوم الثلاثاء.", "هاجم", "o:front", "p:karim"],
];
for (const [name, text, word, source, notTarget] of CASES) {
  test(`follower conjunct: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.trigger.includes(word));
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source && e.target !== notTarget), show(evs));
  });
}

test("follower conjunct: the man alone after a verb of meeting stays its partner", () => {
  const evs = eventsIn("واستقبل أمين فارس وأنصار كريم ناصر في مقره يوم الثلاثاء وفدا من جبهة التحرير.", W).filter((e) => e.trigger.includes("استقبل"));
  assert.ok(evs.every((e) => e.source === "p:amin"), show(evs));
});

test("follower conjunct: the two sides of a clash after بين stay each other's targets", () => {
  const evs = eventsIn("ودارت أمس معارك عنيفة بين الحرس الشعبي وقوات كريم ناصر في وادي الريح.", W).filter((e) => e.trigger.includes("معارك"));
  assert.ok(evs.some((e) => e.source === "o:guard" && e.target === "p:karim"), show(evs));
});

test("follower conjunct: a man joined by a plain و to a body still leaves the first conjunct the source", () => {
  const evs = eventsIn("وقال مصدر إن جبهة التحرير وكريم ناصر هاجموا مواقع الحرس الشعبي يوم الثلاثاء.", W).filter((e) => e.trigger.includes("هاجم"));
  assert.ok(evs.length > 0 && evs.every((e) => e.source === "o:front"), show(evs));
});

test("follower conjunct: after بين, the man's forces before من جهة are on the first side", () => {
  const evs = eventsIn("ودارت أمس معارك عنيفة بين جبهة التحرير وقوات كريم ناصر من جهة، والحرس الشعبي من جهة أخرى في وادي الريح.", W).filter((e) => e.trigger.includes("معارك"));
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== "p:karim" && e.source !== "p:karim"), show(evs));
});
