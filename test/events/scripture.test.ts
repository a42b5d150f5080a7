// A sentence with a blessing formula of the early days of Islam tells religious history or quotes
// a hadith: no event in it; the same sentence without the formula keeps its event. Sentences
// written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, how many ASSAULT events]
const CASES: [string, string, number][] = [
  ["a companion blessed: history", "وقال أمين فارس إن جيش نورستان قتل عثمان رضي الله عنه في المدينة.", 0],
  ["the same sentence without the blessing", "وقال أمين فارس إن جيش نورستان قتل عثمان في المدينة.", 1],
  ["the Prophet blessed: a hadith on killing", "وذكر أمين فارس أن الرسول صلى الله عليه وسلم قال إن جيش نورستان قتل الأبرياء.", 0],
  ["the Prophet named with عليه الصلاة والسلام", "وذكر أمين فارس أن النبي عليه الصلاة والسلام قال إن جيش نورستان قتل الأبرياء.", 0],
  ["a blessing in the next sentence leaves this one", "وقتل جيش نورستان عشرة مدنيين في وادي الريح أمس. وقال أمين فارس إن النبي صلى الله عليه وسلم نهى عن ذلك.", 1],
];
for (const [name, text, n] of CASES) {
  test(`scripture: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.equal(evs.length, n, show(evs));
  });
}
