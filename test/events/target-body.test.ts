// Session 18 (branch evtgt18): an unnamed force aimed at ("هاجمت الجبهة القوات الأمنية") is, like one
// that acts, the army, forces or police body of its state the document names (state-forces.ts, now
// called for the target in role-checks.ts), and stays the state when the document names none.
// The test world gives invented names to knowledge-base ids (a country, its army and forces).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, type TestEntity } from "./world.ts";

const STATE = "wd:Q43", ARMY = "rasid:tr-army", FORCES = "rasid:tr-forces";
const state: TestEntity = { id: STATE, type: "GPE", forms: ["نورستان"] };
const front: TestEntity = { id: "o:front", type: "ORG", forms: ["جبهة التحرير"] };
const town: TestEntity = { id: "g:town", type: "GPE", forms: ["وادي الريح"] };
const army: TestEntity = { id: ARMY, type: "ORG", forms: ["جيش نورستان"] };
const forces: TestEntity = { id: FORCES, type: "ORG", forms: ["قوات نورستان"] };

// [name, world, text, trigger word, expected target]
const CASES: [string, TestEntity[], string, string, string][] = [
  ["security forces attacked are the state's forces body the document names",
    [state, front, town, forces, army],
    "وأعلنت قوات نورستان تقدمها في الشمال. وهاجمت جبهة التحرير القوات الأمنية في وادي الريح بنورستان يوم الثلاثاء.", "هاجم", FORCES],
  ["the army attacked is the state's army body",
    [state, front, town, forces, army],
    "وقال جيش نورستان إن الوضع هادئ. وهاجمت جبهة التحرير الجيش في وادي الريح بنورستان يوم الثلاثاء.", "هاجم", ARMY],
  ["no body of the state named: the state",
    [state, front, town],
    "وهاجمت جبهة التحرير القوات الأمنية في وادي الريح بنورستان يوم الثلاثاء.", "هاجم", STATE],
];
for (const [name, world, text, word, target] of CASES) {
  test(`target body: ${name}`, () => {
    const evs = eventsIn(text, world).filter((e) => e.trigger.includes(word));
    assert.ok(evs.some((e) => e.source === "o:front" && e.target === target), show(evs));
  });
}
