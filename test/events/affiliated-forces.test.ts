// A force noun with a word of belonging or loyalty and لـX is one actor (affiliated-forces.ts):
// "طائرات تابعة لـX" are X's, so X struck; "القوات الموالية لـX" are a camp of their own, so X is
// neither the source nor the target. Sentences written for these tests, in the invented world of
// world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] }];

// [name, sentence, source, target] — an ASSAULT with these actors is found
const FOUND: [string, string, string | null, string | null][] = [
  ["planes belonging to a body are the body's", "وقالت مصادر محلية إن طائرات تابعة لجيش نورستان قصفت مواقع جبهة التحرير قرب تل الزيتون.", "o:army", "o:front"],
  ["a definite force with its adjective belongs to the body after it", "وألقى الطيران المروحي التابع لجيش نورستان براميل متفجرة على مواقع جبهة التحرير.", "o:army", "o:front"],
  ["gunmen belonging to a front struck for it", "وهاجم مسلحون تابعون لجبهة التحرير نقطة لجيش نورستان في تل الزيتون.", "o:front", "o:army"],
];
for (const [name, text, source, target] of FOUND) {
  test(`affiliated forces: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

// [name, sentence, id] — no ASSAULT has this id as its source or target
const NEITHER: [string, string, string][] = [
  ["whom the forces are loyal to is not the actor (the camp is its own)", "وسيطرت القوات الموالية لحكومة نورستان على وادي الريح بعد معارك عنيفة.", "g:north"],
  ["nor is the front the forces follow their source or target", "وقصفت القوات الموالية لجبهة التحرير مدينة وادي الريح بالمدفعية.", "o:front"],
  ["a title and its holder's name after it both belong to the phrase", "واستعادت القوات الموالية للرئيس أمين فارس مدينة وادي الريح.", "p:amin"],
];
for (const [name, text, id] of NEITHER) {
  test(`affiliated forces: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.length > 0 && evs.every((e) => e.source !== id && e.target !== id), show(evs));
  });
}

test("affiliated forces: cargo planes of a body are no force of it (a bare noun between is not skipped)", () => {
  const evs = eventsIn("وقصفت طائرات شحن تابعة لجيش نورستان مواقع جبهة التحرير.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.every((e) => e.source !== "o:army"), show(evs));
});
