// An actor named by its kind only, subject of a casualty verb with no object, is its victim
// (unnamed-victims.ts), and the subject of "لقوا حتفهم" died (victim-verb لقوا). Sentences written
// for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, target words] — an ASSAULT whose target (not source) is these words
const VICTIM: [string, string, string][] = [
  ["soldiers before a plural verb with no object were killed", "وقالت القيادة إن الجنود الأربعة قتلوا خلال دورية قرب وادي الريح.", "الجنود"],
  ["a soldier before the verb, words between, no object", "وأعلن جيش نورستان أن جنديا عاملا في الحدود قتل من دون أن يكشف اسمه.", "جنديا"],
  ["a soldier right after the verb, a preposition next", "وقتل جندي في اشتباكات قرب وادي الريح أمس.", "جندي"],
  ["people before the plural of لقي met their death", "وذكر مسؤول محلي أن سبعة أشخاص لقوا حتفهم في انفجار بوادي الريح.", "أشخاص"],
];
for (const [name, text, words] of VICTIM) {
  test(`unnamed victims: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.target_text === words), show(evs) + JSON.stringify(evs.map((e) => [e.source_text, e.target_text])));
    assert.ok(evs.every((e) => e.source_text !== words), JSON.stringify(evs.map((e) => [e.source_text, e.target_text])));
  });
}

// [name, sentence, source words] — the unnamed subject stays the killer
const KILLER: [string, string, string][] = [
  ["gunmen with an object after the verb killed", "وقال المصدر إن المسلحين قتلوا ثلاثة جنود قرب وادي الريح.", "المسلحين"],
  ["the subject of a verb before, shared by the casualty verb after a count", "وأوضح المصدر أن الجنود في وادي الريح أسروا ستة وقتلوا 15 من المهاجمين.", "الجنود"],
];
for (const [name, text, words] of KILLER) {
  test(`unnamed victims: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source_text === words), JSON.stringify(evs.map((e) => [e.trigger, e.source_text, e.target_text])));
  });
}
