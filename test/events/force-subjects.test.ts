// Who struck when the words right after the verb are not a name: an event noun there is the
// subject and only a name right after it is its actor (event-noun-subject.ts), and a generic force
// noun with adjectives of arms passes to the name after them ("طائرات حربية X": arguments.ts,
// class arm-adjective). Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  ...WORLD.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "نورستانية", "النورستانية"] } : e)),
  { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] },
];

// [name, sentence, source, target] — an ASSAULT with these actors is found
const FOUND: [string, string, string | null, string | null][] = [
  ["a name after the raids' object is what was hit, not who struck", "واستهدفت الغارات مواقع جبهة التحرير في تل الزيتون.", null, "o:front"],
  ["a name right after the raids is who struck", "واستهدفت غارات جيش نورستان مواقع جبهة التحرير في تل الزيتون.", "o:army", "o:front"],
  ["a nationality past an adjective of the raids is who struck", "واستهدفت الغارات الجوية النورستانية مواقع جبهة التحرير.", "g:north", "o:front"],
  ["planes of war with a nationality are the country's", "وقصفت طائرات حربية نورستانية مواقع جبهة التحرير في تل الزيتون.", "g:north", "o:front"],
  ["warships with a nationality are the country's", "ودمرت سفن حربية نورستانية زوارق جبهة التحرير قرب تل الزيتون.", "g:north", "o:front"],
];
for (const [name, text, source, target] of FOUND) {
  test(`force subjects: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

// [name, sentence, id] — no ASSAULT has this id as its source
const NOT_SOURCE: [string, string, string][] = [
  ["the genitive of what was hit did not strike", "واستهدفت الغارات مواقع جبهة التحرير في تل الزيتون.", "o:front"],
  ["a nationality of the planes is not their target", "وقصفت طائرات حربية نورستانية مواقع جبهة التحرير في تل الزيتون.", "o:front"],
];
for (const [name, text, id] of NOT_SOURCE) {
  test(`force subjects: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.length > 0 && evs.every((e) => e.source !== id), show(evs));
  });
}

test("force subjects: planes of war with a nationality are not its target", () => {
  const evs = eventsIn("وقصفت طائرات حربية نورستانية مواقع جبهة التحرير في تل الزيتون.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== "g:north"), show(evs));
});
