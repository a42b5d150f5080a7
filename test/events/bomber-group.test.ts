// Session 23: a suicide bomber named only by what he is acts for the militant group the document names
// most (bomber-group.ts), as definite rebels do; not when the document names no one group clearly, and
// never as a target.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const GROUP = "rasid:boko-haram", OTHER = "rasid:al-shabaab";
const W: TestEntity[] = [
  ...WORLD,
  { id: GROUP, type: "ORG", forms: ["جماعة الغسق"] },
  { id: OTHER, type: "ORG", forms: ["حركة الفجر الأحمر"] },
];
const STORY = "وتنشط جماعة الغسق في الشمال منذ سنوات. وتبنت جماعة الغسق هجمات سابقة في المنطقة. ";
const assaults = (text: string) => eventsIn(text, W).filter((e) => e.type === "ASSAULT");

// [name, text, expected source of the attack whose trigger is given]
const CASES: [string, string, string, string | null][] = [
  ["a bomber who blew himself up", STORY + "وفجر انتحاري نفسه عند مدخل سوق وادي الريح أمس.", "فجر", GROUP],
  ["bombers who stormed a post", STORY + "وهاجم انتحاريون مركزا للشرطة في وادي الريح.", "هاجم", GROUP],
  ["the definite bomber", STORY + "وقال الشهود إن الانتحاري فجر حزامه وسط الحشد.", "فجر", GROUP],
  ["no group named: no doer", "وفجر انتحاري نفسه عند مدخل سوق وادي الريح أمس.", "فجر", null],
  ["two groups named alike: no doer", "وتنشط جماعة الغسق وحركة الفجر الأحمر في الشمال. وتقاتل جماعة الغسق حركة الفجر الأحمر منذ عام. " +
    "وفجر انتحاري نفسه عند مدخل سوق وادي الريح أمس.", "فجر", null],
];
for (const [name, text, trigger, source] of CASES) {
  test(`bomber group: ${name}`, () => {
    const evs = assaults(text).filter((e) => e.trigger.includes(trigger));
    assert.ok(evs.length > 0, show(assaults(text)));
    assert.equal(evs[0].source, source, show(evs));
  });
}

test("bomber group: a gunman is not given the story's group", () => {
  const text = STORY + "وهاجم مسلح مركزا للشرطة في وادي الريح.";
  assert.ok(assaults(text).every((e) => e.source !== GROUP || !e.trigger.includes("هاجم")), show(assaults(text)));
});
