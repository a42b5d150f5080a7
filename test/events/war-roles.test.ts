// Who suffered and whom it was aimed at, in war stories: a verb that opens its clause with the
// members of a body or a nationality on one noun after it names victims (victim-phrase.ts); an
// attack that names no one is aimed at the other side of the war (adversary.ts).
// Sentences written for these tests. The adversary rule reads the knowledge base's subtype of an
// id, so the armed parties below carry real KB ids (a militant group, an army) with invented names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const GROUP = "rasid:houthis"; // KB subtype militant_group
const ARMY = "rasid:ye-army"; // KB subtype army
const W: TestEntity[] = [
  ...WORLD,
  { id: GROUP, type: "ORG", forms: ["حركة الوادي"] },
  { id: ARMY, type: "ORG", forms: ["جيش الساحل"] },
  { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] },
];

// [name, sentence, type, source, target] — an event of this type with these actors is found
const FOUND: [string, string, string, string | null, string | null][] = [
  ["one of a body's gunmen after the verb was killed", "وقتل أحد مسلحي جبهة التحرير وأصيب ثلاثة آخرون في وادي الريح.", "ASSAULT", null, "o:front"],
  ["members after an arrest verb were arrested", "واعتقل ثلاثة عناصر من جبهة التحرير في وادي الريح.", "COERCE", null, "o:front"],
  ["one noun and a nationality after the verb name the victim's country", "قتل شرطي نورستاني ومدني في هجوم على وادي الريح.", "ASSAULT", null, "g:north"],
  ["the victims' killer is who fired what hit them", "وقتل أحد مسلحي جبهة التحرير بقذيفة أطلقها جيش نورستان.", "ASSAULT", "o:army", "o:front"],
  ["an army's attack with no one named is aimed at the armed group of the story",
    "وقالت حركة الوادي إن مقاتليها صمدوا. وتتهم حركة الوادي الحكومة. واستعاد جيش الساحل بلدة تل الزيتون يوم الاثنين.", "ASSAULT", ARMY, GROUP],
];
for (const [name, text, type, source, target] of FOUND) {
  test(`war roles: ${name}`, () => {
    const evs = eventsIn(text, W);
    assert.ok(evs.some((e) => e.type === type && e.source === source && e.target === target), show(evs));
  });
}

// [name, sentence, type, id] — no event of this type has this id as its source
const NOT_SOURCE: [string, string, string, string][] = [
  ["a body whose gunman was killed did not kill", "وقتل أحد مسلحي جبهة التحرير وأصيب ثلاثة آخرون في وادي الريح.", "ASSAULT", "o:front"],
  ["a country whose policeman was killed did not kill", "قتل شرطي نورستاني ومدني في هجوم على وادي الريح.", "ASSAULT", "g:north"],
];
for (const [name, text, type, id] of NOT_SOURCE) {
  test(`war roles: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type);
    assert.ok(evs.length > 0 && evs.every((e) => e.source !== id), show(evs));
  });
}

test("war roles: gunmen of a body with an object after them killed it", () => {
  const evs = eventsIn("وقتل مسلحو جبهة التحرير جنديين في وادي الريح.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === "o:front"), show(evs));
});

test("war roles: an attack on a named target keeps it", () => {
  const evs = eventsIn("وقالت حركة الوادي إن مقاتليها صمدوا. وتتهم حركة الوادي الحكومة. وهاجم جيش الساحل جبهة التحرير يوم الاثنين.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === ARMY && e.target === "o:front") && evs.every((e) => e.target !== GROUP), show(evs));
});

test("war roles: a killing names no adversary", () => {
  const evs = eventsIn("وقالت حركة الوادي إن مقاتليها صمدوا. وتتهم حركة الوادي الحكومة. وقتل جيش الساحل في تل الزيتون.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.every((e) => e.target !== GROUP), show(evs));
});

test("war roles: with no armed group named twice no adversary is given", () => {
  const evs = eventsIn("واستعاد جيش الساحل بلدة تل الزيتون يوم الاثنين.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== GROUP), show(evs));
});
