// An attack that names no target is aimed at the source's enemy (adversary.ts); when its own sentence
// names one enemy body of the source's war (data/kb/war-sides.tsv), that body is the target, not the
// enemy the story names most (war-sides.ts enemyWithin). Sentences written for these tests; the
// parties carry real knowledge-base ids (the table is keyed by them) with invented names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const ISIS = "wd:Q2429253"; // the table: isis, isis
const KURDS = "rasid:peshmerga"; // isis, against
const FORCES = "rasid:iq-forces"; // KB forces of Iraq: isis, against (forces:IQ)
const W: TestEntity[] = [
  ...WORLD,
  { id: ISIS, type: "ORG", forms: ["تنظيم الرمال"] },
  { id: KURDS, type: "ORG", forms: ["قوات الجبل"] },
  { id: FORCES, type: "ORG", forms: ["قوات السهل"] },
  { id: "g:saudi", type: "GPE", forms: ["مملكة النخيل"] },
];

// the mountain forces named three times before: the story's enemy of the group, named most
const KURDS_NAMED_MORE = "وقالت قوات الجبل إنها صدت التنظيم. وأكدت قوات الجبل تقدمها. وأشادت قوات الجبل بالمتطوعين. ";
const attacks = (text: string) => eventsIn(KURDS_NAMED_MORE + text, W).filter((e) => e.type === "ASSAULT" && e.source === ISIS);

test("sentence enemy: an attack naming no target is aimed at the one enemy its own sentence names", () => {
  const evs = attacks("وانسحبت قوات السهل من بلدة وادي الريح إثر هجوم لتنظيم الرمال يوم الاثنين.");
  assert.ok(evs.length > 0 && evs.every((e) => e.target === FORCES), show(evs));
});

test("sentence enemy: with no enemy in its sentence, the story's enemy named most", () => {
  const evs = attacks("وتعرضت بلدة وادي الريح إلى هجوم لتنظيم الرمال يوم الاثنين.");
  assert.ok(evs.length > 0 && evs.every((e) => e.target === KURDS), show(evs));
});

test("sentence enemy: two enemies in the sentence settle nothing, the story's enemy named most stands", () => {
  const evs = attacks("وانسحبت قوات السهل وقوات الجبل من بلدة وادي الريح إثر هجوم لتنظيم الرمال يوم الاثنين.");
  assert.ok(evs.every((e) => e.target !== FORCES), show(evs));
});
