// Event arguments across words that stand between a name and its role: a generic head or an
// organization word before the name, a partitive count, and a head noun standing for a name
// told in full earlier (anaphora). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "g:north", type: "GPE" as const, forms: ["نورستان"] },
  { id: "g:town", type: "GPE" as const, forms: ["وادي الريح"] },
  { id: "g:kingdom", type: "GPE" as const, forms: ["المملكة الجنوبية"] },
  { id: "g:other", type: "GPE" as const, forms: ["مملكة الجبال"] },
  { id: "o:army", type: "ORG" as const, forms: ["جيش نورستان"] },
  { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  { id: "o:band", type: "ORG" as const, forms: ["تنظيم الرايات"] },
  { id: "p:amin", type: "PERSON" as const, forms: ["أمين فارس"] },
];

// [name, text, type, source, target]
const CASES: [string, string, string, string | null, string | null][] = [
  ["preposition before a generic head", "ووجه جيش نورستان ضربات إلى عناصر تنظيم الرايات في وادي الريح.", "ASSAULT", "o:army", "o:band"],
  ["partitive count", "واعتقلت قوات جيش نورستان خمسة من مسلحي جبهة التحرير.", "COERCE", "o:army", "o:front"],
  ["anaphor as source", "وكان تنظيم الرايات قد ظهر قبل عامين. وهاجم التنظيم مواقع جيش نورستان قرب وادي الريح.", "ASSAULT", "o:band", "o:army"],
  ["anaphor as target after a state head", "وزار أمين فارس المملكة الجنوبية. وفرض أمين فارس عقوبات على حكومة المملكة.", "SANCTION", "p:amin", "g:kingdom"],
  ["anaphor: the most mentioned kingdom", "وزار أمين فارس مملكة الجبال. ثم زار المملكة الجنوبية، وقال إن المملكة الجنوبية شريك. وفرض أمين فارس عقوبات على المملكة.", "SANCTION", "p:amin", "g:kingdom"],
  ["a witness verb's subject suffers the attack", "وشهدت نورستان الهجمات التي شنها تنظيم الرايات.", "ASSAULT", "o:band", "g:north"],
  ["the object pronoun of a relative verb is the event", "وتحدث أمين فارس عن الهجمات التي شنها جيش نورستان.", "ASSAULT", "o:army", null],
];
for (const [name, text, type, source, target] of CASES) {
  test(`arguments: ${name}`, () => {
    const evs = findEvents(makeDoc(text, ENTS, "2021-03-10")).filter((e) => e.type === type);
    const ev = evs[evs.length - 1];
    assert.ok(ev, `an ${type} event`);
    assert.equal(ev.source, source);
    assert.equal(ev.target, target);
  });
}

test("anaphor: a head noun with no entity named in full stays unresolved", () => {
  const ev = findEvents(makeDoc("وهاجم الحزب مواقع جيش نورستان.", ENTS, "2021-03-10")).find((e) => e.type === "ASSAULT");
  assert.notEqual(ev?.source ?? null, "o:front");
  assert.notEqual(ev?.source ?? null, "o:band");
});

// [sentence, type, source words]: a count and the crowd it counts are one unnamed actor
const CROWDS: [string, string, string][] = [
  ["واعتصم عشرات المواطنين أمام مقر جيش نورستان.", "PROTEST", "عشرات المواطنين"],
  ["وتظاهر مئات من المتظاهرين في وادي الريح.", "PROTEST", "مئات من المتظاهرين"],
];
for (const [text, type, words] of CROWDS) {
  test(`arguments: counted crowd ${words}`, () => {
    const ev = findEvents(makeDoc(text, ENTS, "2021-03-10")).find((e) => e.type === type);
    assert.equal(ev?.source_text, words);
    assert.notEqual(ev?.target_text, "المواطنين");
  });
}
