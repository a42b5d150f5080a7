// Branch evrole20: a death told or mourned by the victims' side names no killer in its teller
// (victim-side.ts): "أعلنت X استشهاد Y" (martyrdom is how a side announces its own dead), "برقية تعزية
// بمقتل Y"، "عبر عن فخره باستشهاد Y". A killer the sentence names after the noun (برصاص/بنيران X) is
// still the source, and an army announcing enemies killed ("مقتل 20 مسلحا") keeps its doer.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, expected source, expected target]
const CASES: [string, string, string | null, string | null][] = [
  ["a front announcing a martyrdom", "وأعلنت جبهة التحرير في بيان مساء الأحد استشهاد أمين فارس قرب وادي الريح.", null, "p:amin"],
  ["an army announcing one of its own soldiers martyred", "أعلن جيش نورستان صباح اليوم استشهاد أحد جنوده في وادي الريح.", null, "o:army"],
  ["the martyrdom with its killer after برصاص", "أعلن جيش نورستان استشهاد أمين فارس برصاص جبهة التحرير.", "o:front", "p:amin"],
  ["the martyrdom with its killer after بنيران", "وأكدت جبهة التحرير استشهاد أمين فارس بنيران جيش نورستان.", "o:army", "p:amin"],
  ["a condolence cable for a killing", "وبعث جيش نورستان برقية تعزية بمقتل أمين فارس.", null, "p:amin"],
  ["pride in a martyrdom", "وعبرت جبهة التحرير عن فخرها باستشهاد أمين فارس.", null, "p:amin"],
];
for (const [name, text, source, target] of CASES) {
  test(`victim side: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source && e.target === target), show(evs));
  });
}

test("victim side: an army announcing enemies killed keeps its doer", () => {
  const evs = eventsIn("أعلن جيش نورستان مقتل 30 مسلحا من جبهة التحرير قرب وادي الريح.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === "o:army"), show(evs));
});

test("victim side: a grief word not before the casualty noun changes nothing", () => {
  const evs = eventsIn("وقصف جيش نورستان مواقع جبهة التحرير في وادي الريح رغم الحزن.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === "o:army"), show(evs));
});

test("victim side: a martyrdom after a verb that is not one of announcing keeps that verb's subject", () => {
  const evs = eventsIn("وحاولت جبهة التحرير التسلل إلى وادي الريح ونتج عن ذلك استشهاد أمين فارس.").filter((e) => e.type === "ASSAULT");
  const before = eventsIn("وحاولت جبهة التحرير التسلل إلى وادي الريح ونتج عن ذلك مقتل أمين فارس.").filter((e) => e.type === "ASSAULT");
  assert.deepEqual(evs.map((e) => e.source), before.map((e) => e.source), show(evs));
});
