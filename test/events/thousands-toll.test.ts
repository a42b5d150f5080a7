// Session 12 (branch evdet12): thousands of people killed or wounded near a casualty trigger are a
// war's toll, not one event (running-toll.ts thousandsToll, quantities.ts thousandsOfPeople).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

const NONE: [string, string][] = [
  ["thousands of soldiers killed, a tally", "وقال أمين فارس إن 50 ألفا و570 جنديا من جيش نورستان قتلوا في الحرب."],
  ["a toll in a masdar", "وأدت حرب جبهة التحرير إلى مقتل أكثر من 240 ألف شخص في نورستان."],
  ["millions wounded", "وقال أمين فارس إن نحو مليوني نورستاني أصيبوا في الحرب."],
  ["a count in digits", "وقالت جبهة التحرير إن 3225 شخصا قتلوا في الصراع."],
];
for (const [name, text] of NONE) {
  test(`thousands toll: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.equal(evs.length, 0, show(evs));
  });
}

const FOUND: [string, string, string | null, string][] = [
  ["a dozen killed is one event", "وقتلت جبهة التحرير 12 شخصا في وادي الريح أمس.", "o:front", "وقتلت"],
  ["a thousand protesters before another trigger are no toll", "وتظاهر ألف شخص في وادي الريح، وقتلت جبهة التحرير أمين فارس أمس.", "o:front", "وقتلت"],
  ["a year is no count", "وقتلت جبهة التحرير أمين فارس في وادي الريح عام 2015.", "o:front", "وقتلت"],
];
for (const [name, text, source, trigger] of FOUND) {
  test(`thousands toll: ${name}`, () => {
    const evs = eventsIn(text);
    assert.ok(evs.some((e) => e.type === "ASSAULT" && e.source === source && e.trigger === trigger), show(evs));
  });
}

test("thousands toll: killed and wounded together are one toll", () => {
  const evs = eventsIn("وقالت جبهة التحرير إن نحو خمسة آلاف مدني قتلوا أو أصيبوا في الحرب.").filter((e) => e.type === "ASSAULT");
  assert.equal(evs.length, 0, show(evs));
});
