// Branch evatk21: a blow told in the sentence after the one that named its attacker (story-attacker.ts).
// "شن X غارات … . وأسفرت الغارات عن مقتل …": a sourceless attack whose sentence names the attack
// again by a definite noun of force takes the armed attacker of the sentence before. Not when the
// sentence names no attack by a definite noun, counts new attacks after من, turns to another front,
// or when the attacker of the sentence before is no armed party.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const COALITION = "rasid:arab-coalition"; // KB subtype army; yemen, government
const FOE = "rasid:houthis"; // militant_group; yemen, houthi
const W: TestEntity[] = [
  ...WORLD,
  { id: COALITION, type: "ORG", forms: ["تحالف الرمال"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
  { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] },
];
const FIRST = "وشن تحالف الرمال مساء الأحد غارات على مواقع حركة الوادي قرب تل الزيتون. ";

// [name, second sentence, expected source of its attacks]
const CASES: [string, string, string | null][] = [
  ["the strikes named again kill fighters", "وأسفرت الغارات عن مقتل عشرة من عناصر حركة الوادي.", COALITION],
  ["one of the strikes destroyed a depot", "وأدت إحدى الضربات إلى تدمير مخزن سلاح لحركة الوادي.", COALITION],
  ["the shelling named again hit a building", "وأوضح شاهد أن القصف استهدف مبنى تابعا لحركة الوادي.", COALITION],
  ["no definite noun of force: another front's clash", "وقتل عشرة من عناصر حركة الوادي في اشتباكات قرب تل الزيتون.", null],
  ["new attacks counted after من", "وقتل عشرة من عناصر حركة الوادي في سلسلة من الهجمات قرب تل الزيتون.", null],
  ["a turn to another front", "من جهة أخرى، أسفرت الغارات عن مقتل عشرة من عناصر حركة الوادي.", null],
];
for (const [name, second, source] of CASES) {
  test(`story attacker: ${name}`, () => {
    const evs = eventsIn(FIRST + second, W).filter((e) => e.type === "ASSAULT" && e.trigger_span.start >= FIRST.length);
    assert.ok(evs.length > 0, show(evs));
    assert.ok(evs.every((e) => e.source === source), show(evs));
  });
}

test("story attacker: the attacker of the sentence before must be an armed party", () => {
  const first = "وقصفت سودانيا أمس مواقع في تل الزيتون. ";
  const evs = eventsIn(first + "وأسفرت الغارات عن مقتل عشرة من عناصر حركة الوادي.", W)
    .filter((e) => e.type === "ASSAULT" && e.trigger_span.start >= first.length);
  assert.ok(evs.length > 0 && evs.every((e) => e.source === null), show(evs));
});

test("story attacker: the blow is not given to the party struck", () => {
  const first = "وشنت حركة الوادي هجوما على تل الزيتون. ";
  const evs = eventsIn(first + "وأسفر الهجوم عن مقتل عشرة من عناصر حركة الوادي.", W)
    .filter((e) => e.type === "ASSAULT" && e.trigger_span.start >= first.length);
  assert.ok(evs.length > 0 && evs.every((e) => e.source !== FOE), show(evs));
});

test("story attacker: a sentence two sentences on keeps no attacker", () => {
  const evs = eventsIn(FIRST + "وقال سكان إن الوضع هادئ. وأسفرت الغارات عن مقتل عشرة من عناصر حركة الوادي.", W)
    .filter((e) => e.type === "ASSAULT" && e.trigger_span.start >= FIRST.length);
  assert.ok(evs.length > 0 && evs.every((e) => e.source === null), show(evs));
});
