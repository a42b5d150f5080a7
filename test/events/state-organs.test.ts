// A state and a body of its country that is no organ of it (state-organs.ts): two attacks in one
// sentence, one by the state and one by an armed group the knowledge base places in that country,
// are two events with their own sources, not one event of one actor. The test world gives invented
// names to knowledge-base ids (a country, an armed group of it, a ministry of it), whose subtype
// and country the rule reads. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  { id: "wd:Q43", type: "GPE", forms: ["نورستان"] },
  { id: "rasid:pkk", type: "ORG", forms: ["جبهة الجبل"] },
  { id: "o:front", type: "ORG", forms: ["جبهة التحرير"] },
  { id: "g:town", type: "GPE", forms: ["وادي الريح"] },
];

test("state organs: an armed group of the state's country keeps its own attack", () => {
  const evs = eventsIn("وهاجمت نورستان مواقع جبهة التحرير قرب وادي الريح يوم الثلاثاء، وهاجمت جبهة الجبل مخافر الحدود في اليوم نفسه.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === "wd:Q43" && e.target === "o:front"), show(evs));
});
