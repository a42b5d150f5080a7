// prayer.ts: a call addressed to God, or asking mercy for someone, is a prayer, not a REQUEST; the
// call stays a request when إلى or أن opens its content first, or when the divine name is a word of
// a person's name. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, REQUEST events]
const CASES: [string, string, number][] = [
  ["God named after the subject: a prayer", "ودعا أمين فارس المولى عز وجل أن يحفظ نورستان من كل سوء.", 0],
  ["God named after the subject's title and a time phrase: a prayer", "ودعا رئيس جبهة التحرير في ختام كلمته أمس المولى القدير أن يحفظ البلاد.", 0],
  ["mercy asked for the dead: a prayer", "ودعا أمين فارس لضحايا وادي الريح بالرحمة والمغفرة.", 0],
  ["a call on a state to act: a request", "ودعا أمين فارس سودانيا إلى وقف القتال في وادي الريح.", 1],
  ["God named inside the content after إلى: a request", "ودعا أمين فارس سودانيا إلى تقوى الله ووقف القتال.", 1],
  ["the divine name as a word of a person's name: a request", "ودعا عبد الله سودانيا إلى وقف القتال في وادي الريح.", 1],
];
for (const [name, text, n] of CASES) {
  test(`prayer: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "REQUEST");
    assert.equal(evs.length, n, show(evs));
  });
}
