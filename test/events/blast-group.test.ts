// Session 23: a blast told with no doer is the act of the militant group the document names most,
// when the document tells that group doing an attack (blast-group.ts); not when the group is only
// named, not when the document says no one claimed an attack, not when the sentence names another
// group, and not a rocket launch or a clash.
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
// the group named twice, once doing an attack
const STORY = "وتنشط جماعة الغسق في الشمال منذ سنوات. وهاجمت جماعة الغسق قرية نائية الشهر الماضي. ";
// the group named twice, doing nothing
const NAMED = "وتنشط جماعة الغسق في الشمال منذ سنوات. ويخشى السكان جماعة الغسق منذ عامين. ";
const assaults = (text: string) => eventsIn(text, W).filter((e) => e.type === "ASSAULT");

// [name, text, trigger of the attack, expected source]
const CASES: [string, string, string, string | null][] = [
  ["a blast that took place", STORY + "ووقع انفجار كبير قرب مخفر وادي الريح فجر اليوم.", "انفجار", GROUP],
  ["a blast that shook", STORY + "وهز انفجار عنيف حي السوق مساء أمس.", "انفجار", GROUP],
  ["a car bomb that struck", STORY + "واستهدف تفجير سيارة مفخخة حاجزا أمنيا عند مدخل البلدة.", "تفجير", GROUP],
  ["a suicide attack in the accusative", STORY + "وقال الحاكم إن هجوما انتحاريا أوقع عشرة قتلى عند بوابة الملعب.", "هجوما", GROUP],
  ["the group only named: no doer", NAMED + "ووقع انفجار كبير قرب مخفر وادي الريح فجر اليوم.", "انفجار", null],
  ["no one claimed: no doer", STORY + "ووقع انفجار كبير قرب مخفر وادي الريح فجر اليوم. ولم تتبن أي جهة الانفجار حتى المساء.", "انفجار", null],
  ["another group in the sentence: no doer", STORY + "ووقع انفجار كبير قرب مقر حركة الفجر الأحمر فجر اليوم.", "انفجار", null],
  ["no group in the story: no doer", "ووقع انفجار كبير قرب مخفر وادي الريح فجر اليوم.", "انفجار", null],
];
for (const [name, text, trigger, source] of CASES) {
  test(`blast group: ${name}`, () => {
    const evs = assaults(text).filter((e) => e.trigger.includes(trigger));
    assert.ok(evs.length > 0, show(assaults(text)));
    assert.equal(evs[0].source, source, show(evs));
  });
}
