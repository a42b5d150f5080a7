// Which body of a state an unnamed force that acts stands for (state-forces.ts): "القوات الأمنية"،
// "الجيش"، "الشرطة" given their state by own-forces.ts are the state's forces, army or police when the
// document names that body, and stay the state when it names none of that state. The test world
// gives invented names to knowledge-base ids (a country, its army, forces and police; another
// country's army), whose subtype and country the rule reads. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, type TestEntity } from "./world.ts";

const STATE = "wd:Q43", ARMY = "rasid:tr-army", FORCES = "rasid:tr-forces", POLICE = "rasid:tr-police";
const state: TestEntity = { id: STATE, type: "GPE", forms: ["نورستان"] };
const front: TestEntity = { id: "o:front", type: "ORG", forms: ["جبهة التحرير"] };
const town: TestEntity = { id: "g:town", type: "GPE", forms: ["وادي الريح"] };
const army: TestEntity = { id: ARMY, type: "ORG", forms: ["جيش نورستان"] };
const forces: TestEntity = { id: FORCES, type: "ORG", forms: ["قوات نورستان"] };
const police: TestEntity = { id: POLICE, type: "ORG", forms: ["شرطة نورستان"] };
const otherArmy: TestEntity = { id: "rasid:iq-army", type: "ORG", forms: ["جيش سودانيا"] };
// a unit of a state's forces (the knowledge base's army subtype), named by more than a force word and a state
const unitState: TestEntity = { id: "wd:Q796", type: "GPE", forms: ["كاردانيا"] };
const unit: TestEntity = { id: "rasid:iraq-cts", type: "ORG", forms: ["جهاز النخبة الخاص"] };

// [name, world, text, trigger word, expected source]
const CASES: [string, TestEntity[], string, string, string | null][] = [
  ["security forces are the state's forces body the document names",
    [state, front, town, forces, army],
    "وأعلنت قوات نورستان تقدمها في الشمال. واقتحمت القوات الأمنية بلدة وادي الريح في نورستان يوم الثلاثاء.", "اقتحم", FORCES],
  ["the army is the state's army body, before its forces",
    [state, front, town, forces, army],
    "وقال جيش نورستان إن الوضع هادئ. وقصف الجيش مواقع جبهة التحرير قرب وادي الريح في نورستان يوم الثلاثاء.", "قصف", ARMY],
  ["security forces with only the army named stay the state (the army is no security force)",
    [state, front, town, army],
    "وقال جيش نورستان إن الوضع هادئ. واقتحمت القوات الأمنية بلدة وادي الريح في نورستان يوم الثلاثاء.", "اقتحم", STATE],
  ["forces of the army with only the army named are that army",
    [state, front, town, army],
    "وقال جيش نورستان إن الوضع هادئ. واقتحمت قوات الجيش بلدة وادي الريح في نورستان يوم الثلاثاء.", "اقتحم", ARMY],
  ["forces of the army with no state named: the one state's army the document names",
    [front, town, army],
    "وقال جيش نورستان إن الوضع هادئ. وهاجمت قوات الجيش مواقع جبهة التحرير قرب وادي الريح يوم الثلاثاء.", "هاجم", ARMY],
  ["forces of the army, armies of two states named: none chosen",
    [front, town, army, otherArmy],
    "وقال جيش نورستان إن الوضع هادئ، وقال جيش سودانيا إن الحدود مغلقة. وهاجمت قوات الجيش مواقع جبهة التحرير قرب وادي الريح يوم الثلاثاء.", "هاجم", null],
  ["the police are the state's police body",
    [state, front, town, police, army],
    "وقالت شرطة نورستان إن الوضع هادئ. واعتقلت الشرطة عشرة من عناصر جبهة التحرير في وادي الريح بنورستان يوم الثلاثاء.", "اعتقل", POLICE],
  ["no body of the state named: the state",
    [state, front, town],
    "واقتحمت القوات الأمنية بلدة وادي الريح في نورستان يوم الثلاثاء.", "اقتحم", STATE],
  ["another state's army named: still the state",
    [state, front, town, otherArmy],
    "وقال جيش سودانيا إن الحدود هادئة. واقتحمت القوات الأمنية بلدة وادي الريح في نورستان يوم الثلاثاء.", "اقتحم", STATE],
  ["a unit of the state's forces named: still the state",
    [unitState, front, town, unit],
    "وقال جهاز النخبة الخاص إن الوضع هادئ. واقتحمت القوات الأمنية بلدة وادي الريح في كاردانيا يوم الثلاثاء.", "اقتحم", "wd:Q796"],
  ["the authorities are the state, its army named or not",
    [state, front, town, army],
    "وقال جيش نورستان إن الوضع هادئ. واعتقلت السلطات عشرة من عناصر جبهة التحرير في وادي الريح بنورستان يوم الثلاثاء.", "اعتقل", STATE],
];
for (const [name, world, text, word, source] of CASES) {
  test(`state forces: ${name}`, () => {
    const evs = eventsIn(text, world).filter((e) => e.trigger.includes(word));
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source), show(evs));
  });
}

// army-of-force.ts: "قوات الجيش" is one actor, so the army word is no object of the verb
test("army of force: 'قوات الجيش' is one actor, not a subject and its own object", () => {
  const evs = eventsIn("وهاجمت قوات الجيش مواقع جبهة التحرير قرب وادي الريح في نورستان يوم الثلاثاء.", [state, front, town]).filter((e) => e.trigger.includes("هاجم"));
  assert.ok(evs.length > 0 && evs.every((e) => e.source === STATE && e.target === "o:front"), show(evs));
});
