// A bombing campaign and the camps it hits (event-triggers.tsv "حملة قصف", target-head مخيمات): the
// campaign is a noun phrase whose doer is its support verb's subject, and the owner of the camps
// after لـ is its target. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const FOUND: [string, string, string | null, string | null][] = [
  ["a campaign's support verb names its doer, the camps' owner its target", "وبدأت نورستان حملة قصف لمخيمات لناشطي جبهة التحرير في الجبال.", "g:north", "o:front"],
  ["the owner of the camps a campaign hits did not launch it", "وشن جيش نورستان حملة قصف لمخيمات جبهة التحرير.", "o:army", "o:front"],
  ["camps after لـ are what is hit: their owner is the target of a campaign with no named doer", "وتواصلت أمس حملة قصف لمخيمات لناشطي جبهة التحرير في الجبال.", null, "o:front"],
];
for (const [name, text, source, target] of FOUND) {
  test(`campaign target: ${name}`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}
