// Branch evatk21: an attack done by actors joined by و is one event per attacker (coordinated-sources.ts),
// as an attack on several is one per target. Not a clash between two sides (the second is the one
// fought), not a place joined to the attacker, not a person joined to a body.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const COALITION = "rasid:arab-coalition", FOE = "rasid:houthis";
const W: TestEntity[] = [
  ...WORLD,
  { id: COALITION, type: "ORG", forms: ["تحالف الرمال"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
  { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] },
];

// [name, text, expected [source, target] pairs of the ASSAULT events, sorted]
const CASES: [string, string, [string | null, string | null][]][] = [
  ["two attackers before a verb of shelling", "وقالت مصادر إن حركة الوادي وجبهة التحرير قصفوا مواقع في تل الزيتون.", [[FOE, null], ["o:front", null]]],
  ["two attackers after the verb", "وقصف تحالف الرمال وجبهة التحرير مواقع حركة الوادي أمس.", [[COALITION, FOE], ["o:front", FOE]]],
  ["two attackers of a support verb and its masdar", "وشن تحالف الرمال وجيش نورستان غارات على حركة الوادي.", [[COALITION, FOE], ["o:army", FOE]]],
  ["a clash between two sides stays one mutual pair", "واندلعت اشتباكات بين تحالف الرمال وحركة الوادي قرب تل الزيتون.", [[COALITION, FOE], [FOE, COALITION]]],
  ["a place joined to the attacker is no attacker", "وهاجمت جبهة التحرير وتل الزيتون مواقع حركة الوادي.", [["o:front", FOE]]],
];
const key = (p: [string | null, string | null]) => `${p[0]}>${p[1]}`;
for (const [name, text, pairs] of CASES) {
  test(`coordinated sources: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT");
    assert.deepEqual(evs.map((e) => key([e.source, e.target])).sort(), pairs.map(key).sort(), show(evs));
  });
}

test("coordinated sources: a person joined to a body is not made a second attacker", () => {
  const evs = eventsIn("وهاجمت جبهة التحرير وأمين فارس مواقع حركة الوادي.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.every((e) => e.source !== "p:amin"), show(evs));
});

test("coordinated sources: only attacks take a second doer", () => {
  const evs = eventsIn("وزار تحالف الرمال وجيش نورستان تل الزيتون أمس.", W).filter((e) => e.type === "CONSULT");
  assert.ok(evs.every((e) => e.source !== "o:army"), show(evs));
});
