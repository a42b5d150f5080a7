// Branch evcarry23: a bare definite noun of force takes up the body of its kind its paragraph named
// before it (force-antecedent.ts): "قوات X … . قامت القوات بـ"، "طائرات X … . وقصفت الطائرات"،
// "الشرطة X … . وداهمت الشرطة"، "حركة X … إن الثوار". Not when the noun is qualified (an adjective
// or a name after it), when the paragraph named two bodies of its kind, nor across a paragraph.
// Sentences written for these tests (not copied from any corpus), in the invented world of world.ts
// with knowledge-base ids for the bodies' kinds.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const COALITION = "rasid:arab-coalition"; // KB subtype army
const POLICE = "rasid:tr-police"; // police
const REBELS = "rasid:yemen-popular-resistance"; // militant_group
const FOE = "rasid:houthis"; // militant_group
const W: TestEntity[] = [
  ...WORLD,
  { id: COALITION, type: "ORG", forms: ["تحالف الرمال"] },
  { id: POLICE, type: "ORG", forms: ["شرطة الساحل"] },
  { id: REBELS, type: "ORG", forms: ["حركة الجبل"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
];

// [name, text, type, expected source of the event the second sentence tells]
const TAKEN: [string, string, string, string][] = [
  ["the forces named before besiege", "وتواصل قوات تحالف الرمال عملياتها في وادي الريح. وخلال العمليات قامت القوات بمحاصرة قرى عدة.", "COERCE", COALITION],
  ["the planes named before strike", "ونفذت طائرات تحالف الرمال غارات على وادي الريح أمس. كما قصفت الطائرات مخازن للسلاح قرب المدينة.", "ASSAULT", COALITION],
  ["the police named before raid", "وأعلنت شرطة الساحل بدء حملة على المهربين. وداهمت الشرطة مستودعا في وادي الريح.", "ASSAULT", POLICE],
  ["a clitic on the noun", "وتواصل قوات تحالف الرمال عملياتها في وادي الريح. وخلال العمليات قامت القوات بمحاصرة قرى عدة، واعتقلت القوات عشرة مسلحين.", "COERCE", COALITION],
];
for (const [name, text, type, source] of TAKEN) {
  test(`force antecedent: ${name}`, () => {
    const second = text.indexOf(". ") + 2;
    const evs = eventsIn(text, W).filter((e) => e.type === type && e.trigger_span.start >= second);
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source), show(evs));
  });
}

// [name, text, type, id that must not be the source of the second sentence's events]
const NOT_TAKEN: [string, string, string, string][] = [
  ["two bodies of the kind named before", "وقالت حركة الجبل إن مقاتليها صدوا هجوما لحركة الوادي. وهاجمت الميليشيات قرى في وادي الريح.", "ASSAULT", REBELS],
  ["a qualified noun is another's", "وتواصل قوات تحالف الرمال عملياتها في وادي الريح. وقامت القوات الحكومية بمحاصرة قرى عدة.", "COERCE", COALITION],
];
for (const [name, text, type, id] of NOT_TAKEN) {
  test(`force antecedent: not for ${name}`, () => {
    const second = text.indexOf(". ") + 2;
    const evs = eventsIn(text, W).filter((e) => e.type === type && e.trigger_span.start >= second);
    assert.ok(evs.every((e) => e.source !== id), show(evs));
  });
}

test("force antecedent: not across a paragraph", () => {
  const text = "وتواصل قوات تحالف الرمال عملياتها في وادي الريح.\nوخلال العمليات قامت القوات بمحاصرة قرى عدة.";
  const evs = eventsIn(text, W).filter((e) => e.type === "COERCE");
  assert.ok(evs.every((e) => e.source !== COALITION), show(evs));
});
