// Whose planes a bare "الطيران" is (air-owner.ts): the one owner the document gives planes to
// ("طيران جيش نورستان"), none when it names two owners, none for civil aviation, never the one
// the act is aimed at. Sentences written for these tests; the test world gives invented names to
// knowledge-base ids (the rule takes owners the knowledge base knows).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, type TestEntity } from "./world.ts";

const ARMY = "rasid:tr-army", OTHER = "rasid:iq-army";
const W: TestEntity[] = [
  { id: "wd:Q43", type: "GPE", forms: ["نورستان"] },
  { id: ARMY, type: "ORG", forms: ["جيش نورستان"] },
  { id: OTHER, type: "ORG", forms: ["جيش سودانيا"] },
  { id: "o:front", type: "ORG", forms: ["جبهة التحرير"] },
];

// [name, text, trigger word, expected source]
const CASES: [string, string, string, string | null][] = [
  ["the one owner named with planes", "وشن طيران جيش نورستان غارات على الجبال يوم الاثنين. واستهدف الطيران مخازن أسلحة لجبهة التحرير يوم الثلاثاء.", "استهدف", ARMY],
  ["an adjective of arms between the planes and their owner", "وقصفت طائرات حربية لجيش نورستان الجبال يوم الاثنين. واستهدفت الطائرات مخازن أسلحة لجبهة التحرير يوم الثلاثاء.", "استهدف", ARMY],
  ["two owners named: none", "وشن طيران جيش نورستان غارات يوم الاثنين، وشن طيران جيش سودانيا غارات يوم الأحد. واستهدف الطيران مخازن أسلحة لجبهة التحرير يوم الثلاثاء.", "استهدف", null],
  ["no owner named: none", "واستهدف الطيران مخازن أسلحة لجبهة التحرير يوم الثلاثاء.", "استهدف", null],
];
for (const [name, text, word, source] of CASES) {
  test(`air owner: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.trigger.includes(word));
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source), show(evs));
  });
}

test("air owner: the owner is never the one the act is aimed at", () => {
  const evs = eventsIn("وشن طيران جيش نورستان غارات يوم الاثنين. وقصف الطيران مواقع جيش نورستان يوم الثلاثاء.", W).filter((e) => e.trigger.includes("قصف"));
  assert.ok(evs.every((e) => e.source !== ARMY), show(evs));
});
