// Session 18 (branch evtgt18): who made an arrest told as "ألقى X القبض على", and whom it was aimed at.
// - ألقى is a support verb (support-verbs.tsv): with its subject between it and القبض the multiword verb
//   row cannot match, and the masdar row "القبض على" took no actor;
// - "فجر اليوم"، "فجر أمس الجمعة" (at dawn) is a time phrase between a verb and what it governs
//   (time-asides.ts): the adverb class cannot hold فجر, which it reads as ف + جر;
// - those held named by the group they are suspected of belonging to stand for it, past a comma and
//   with the belonging noun after في ("، يشتبه في انتمائهم لـX": member-of, arguments.ts memberOf).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "o:sec", type: "ORG", forms: ["قوات الأمن النورستانية"] }];

// [name, text, expected source, expected target]
const CASES: [string, string, string | null, string | null][] = [
  ["the subject between ألقى and القبض", "وألقت قوات جيش نورستان القبض على خمسة أشخاص في وادي الريح.", "o:army", null],
  ["a time aside between commas after the subject", "ألقت جبهة التحرير، صباح أمس، القبض على أمين فارس.", "o:front", "p:amin"],
  ["dawn and a day word as the time aside", "ألقت قوات الأمن النورستانية، فجر أمس الأربعاء، القبض على تسعة أشخاص.", "o:sec", null],
  ["dawn without commas", "وألقت جبهة التحرير فجر اليوم القبض على أمين فارس.", "o:front", "p:amin"],
  ["the held, after a comma, suspected of belonging to a group", "ألقى جيش نورستان، صباح أمس، القبض على 12 شخصا، يشتبه في انتمائهم لجبهة التحرير، في وادي الريح.", "o:army", "o:front"],
  ["the held who belong to a group, after a comma", "واعتقل جيش نورستان سبعة أشخاص، ينتمون إلى جبهة التحرير.", "o:army", "o:front"],
];
for (const [name, text, source, target] of CASES) {
  test(`arrest support: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "COERCE");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

test("arrest support: ألقى governs no speech (a word is no event)", () => {
  assert.deepEqual(eventsIn("وألقى جيش نورستان كلمة في الحفل.", W), []);
});

test("arrest support: a comma then another clause names no group for the held", () => {
  const evs = eventsIn("واعتقل جيش نورستان سبعة أشخاص، وقالت جبهة التحرير إنهم أبرياء.", W).filter((e) => e.type === "COERCE");
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== "o:front"), show(evs));
});

test("arrest support: فجر before no day word stays the verb of blowing up", () => {
  const evs = eventsIn("وفجر انتحاري من جبهة التحرير نفسه في وادي الريح.", W);
  assert.ok(evs.some((e) => e.type === "ASSAULT"), show(evs));
});
