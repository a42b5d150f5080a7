// The doer named with لـ after a definite noun of force that is no transitive masdar (branch
// evlam24): "الغارات الجوية لـX"، "الحملة العسكرية لـX" name their owner; a transitive masdar's لـ
// ("القصف المتعمد لـX"، "استهداف … لـX") and a blow's ("الضربات … لـX") stay whom it hits.
// Sentences written for these tests in an invented world (world.ts), not copied from any corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

type Ev = ReturnType<typeof eventsIn>[number];

// [name, sentence, check on the ASSAULT events]
const CASES: [string, string, (evs: Ev[]) => boolean][] = [
  ["a definite raid's لـ after a relational adjective is its doer", "وأسفرت الغارات الجوية لجيش نورستان عن تدمير جسرين في وادي الريح.",
    (evs) => evs.some((e) => e.source === "o:army")],
  ["a definite campaign's لـ is its doer", "وتواصلت الحملة العسكرية لجبهة التحرير على وادي الريح منذ أسبوع.",
    (evs) => evs.some((e) => e.source === "o:front")],
  ["a definite campaign with two adjectives names their doer with لـ", "واستمرت الحملة الجوية الواسعة لجبهة التحرير على وادي الريح.",
    (evs) => evs.some((e) => e.source === "o:front")],
  ["a definite raid after بـ names its doer with لـ", "ودمرت طائرات كثيرة بالغارات الجوية لجيش نورستان قرب وادي الريح.",
    (evs) => evs.some((e) => e.source === "o:army")],
  // the object readings stay
  ["a definite bombardment's لـ is its object", "ونددت سودانيا بالقصف العنيف لجبهة التحرير.",
    (evs) => !evs.some((e) => e.source === "o:front")],
  ["a definite blow's لـ is whom it hits", "وتواصلت الضربات الجوية الموجعة لجبهة التحرير في وادي الريح.",
    (evs) => !evs.some((e) => e.source === "o:front")],
  ["a raid carrying a pronoun takes no لـ doer", "وقال إن غاراته الجوية لجبهة التحرير لم تتوقف.",
    (evs) => !evs.some((e) => e.source === "o:front")],
  ["a noun between the raid and لـ: the لـ owns that noun", "وأصابت الغارات مخازن تابعة لجبهة التحرير.",
    (evs) => !evs.some((e) => e.source === "o:front")],
];

for (const [name, text, check] of CASES) {
  test(name, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(check(evs), `${text}\n${show(evs)}`);
  });
}
