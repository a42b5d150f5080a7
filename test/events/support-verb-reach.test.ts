// Session 12 (branch evdet12): a comma closing a time phrase ("أمس،"، "صباح الأربعاء،") between a
// support verb and its masdar is no clause break (time-asides.ts closesTimePhrase, read by
// arguments.ts supportVerbBefore), nor is a backing aside inside the subject ("بدعم جوي من X",
// backing-aside.ts). Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

const FOUND: [string, string, string, string, string][] = [
  ["أمس، between the subject and the masdar", "وشن جيش نورستان أمس، هجمات على مواقع جبهة التحرير.", "ASSAULT", "o:army", "هجمات"],
  ["a day and a time of day before the comma", "ونفذ جيش نورستان صباح الأربعاء، غارات على وادي الريح.", "ASSAULT", "o:army", "غارات"],
  ["a backing aside inside the subject (backing-aside.ts)", "وشن جيش نورستان النظامي بدعم جوي من سودانيا هجمات على مواقع جبهة التحرير.", "ASSAULT", "o:army", "هجمات"],
];
for (const [name, text, type, source, trigger] of FOUND) {
  test(`support verb reach: ${name}`, () => {
    const evs = eventsIn(text);
    assert.ok(evs.some((e) => e.type === type && e.source === source && e.trigger === trigger), show(evs));
  });
}

test("support verb reach: a comma after a word that is no time still breaks", () => {
  const evs = eventsIn("وشن جيش نورستان حملة إعلامية واسعة، هجمات جبهة التحرير مستمرة.").filter((e) => e.type === "ASSAULT" && e.trigger === "هجمات");
  assert.ok(!evs.some((e) => e.source === "o:army"), show(evs));
});

test("needs reach: for an act of force a name and a time phrase do not use up the words to على", () => {
  const evs = eventsIn("وسيطرت قوات جيش نورستان وجبهة التحرير يوم الثلاثاء الماضي على وادي الريح.");
  assert.ok(evs.some((e) => e.type === "ASSAULT" && e.trigger === "وسيطرت"), show(evs));
});
