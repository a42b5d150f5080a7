// Session 23: a ground act backed by another party's fire ("بدعم من غارات X"، "بغطاء جوي من X"، "مدعومة
// بضربات X") makes the backer a second attacker of the same enemy (backed-attack.ts), never the ground
// act's doer or target. A backing with no word of fire is support, no attack.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

// real ids, so that war-sides.tsv puts them on their sides of one war
const COALITION = "rasid:arab-coalition", FOE = "rasid:houthis", GROUND = "rasid:yemen-popular-resistance";
const W: TestEntity[] = [
  ...WORLD,
  { id: COALITION, type: "ORG", forms: ["تحالف الرمال"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
  { id: GROUND, type: "ORG", forms: ["مقاومة السهل"] },
  { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] },
];
const STORY = "وتخوض مقاومة السهل حربا طويلة ضد حركة الوادي في الشمال. ";

const assaults = (text: string) => eventsIn(text, W).filter((e) => e.type === "ASSAULT");
const pairs = (text: string) => assaults(text).map((e) => `${e.source}>${e.target}`);

// [name, text, a source>target pair that must be among the attacks]
const BACKED: [string, string, string][] = [
  ["strikes backing a takeover", "وسيطرت مقاومة السهل على مواقع حركة الوادي بدعم من غارات تحالف الرمال.", `${COALITION}>${FOE}`],
  ["air cover opening the sentence", "وبغطاء جوي من تحالف الرمال، هاجمت مقاومة السهل مواقع حركة الوادي.", `${COALITION}>${FOE}`],
  ["a participle with بـ on the fire word", "وهاجمت مقاومة السهل مدعومة بضربات جوية من تحالف الرمال مواقع حركة الوادي.", `${COALITION}>${FOE}`],
  ["a town taken: the backer strikes the story's enemy", STORY + "واستعادت مقاومة السهل تل الزيتون بإسناد من طيران تحالف الرمال.", `${COALITION}>${FOE}`],
];
for (const [name, text, pair] of BACKED) {
  test(`backed attack: ${name}`, () => {
    assert.ok(pairs(text).includes(pair), show(assaults(text)));
  });
}

test("backed attack: the ground force keeps its own attack", () => {
  const text = "وسيطرت مقاومة السهل على مواقع حركة الوادي بدعم من غارات تحالف الرمال.";
  assert.ok(pairs(text).includes(`${GROUND}>${FOE}`), show(assaults(text)));
});

test("backed attack: support with no word of fire is no attack by the backer", () => {
  const text = "وسيطرت مقاومة السهل على مواقع حركة الوادي بدعم من تحالف الرمال.";
  assert.ok(assaults(text).every((e) => e.source !== COALITION), show(assaults(text)));
});

test("backed attack: the backer is told once when the sentence names its strikes already", () => {
  const text = "وقصف تحالف الرمال مواقع حركة الوادي، وهاجمت مقاومة السهل التل بدعم من غارات تحالف الرمال.";
  assert.equal(assaults(text).filter((e) => e.source === COALITION).length, 1, show(assaults(text)));
});

test("backed attack: the backer's camp named in the phrase is not the ground act's target", () => {
  const text = STORY + "واستعادت مقاومة السهل تل الزيتون بدعم من الغارات الجوية لتحالف الرمال.";
  assert.ok(assaults(text).every((e) => e.target !== COALITION && e.target !== GROUND), show(assaults(text)));
});
