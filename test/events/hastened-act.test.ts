// Session 22 (branch evsupport26): a verb of hastening or of taking the first step (سارع، بادر;
// support-verbs.tsv masdar "prep") hands its subject to the event noun right after its إلى/بـ/لـ,
// and governs nothing else: a place or a thing after إلى, or a masdar further on, keeps no actor from it.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

// [name, text, type, expected source, expected target]
const CASES: [string, string, string, string | null, string | null][] = [
  ["سارع + إلى + a condemnation", "وسارعت نورستان إلى إدانة الهجوم على وادي الريح.", "ACCUSE", "g:north", null],
  ["بادر + بـ on the masdar", "وبادرت جبهة التحرير بانتقاد سودانيا بعد الحادث.", "ACCUSE", "o:front", "g:south"],
  ["an imperfect plural subject", "ويسارع جيش نورستان إلى اعتقال أمين فارس.", "COERCE", "o:army", "p:amin"],
  ["a refusal after إلى", "وسارعت سودانيا إلى رفض مبادرة نورستان.", "REJECT", "g:south", "g:north"],
  ["a relative clause on the subject", "ونقلت الأنباء أن نورستان، التي سارعت إلى رفض العرض، تريد التفاوض.", "REJECT", "g:north", null],
];
for (const [name, text, type, source, target] of CASES) {
  test(`hastened act: ${name}`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), show(evs));
  });
}

test("hastened act: a place after إلى is no act of the subject (the attack named after it)", () => {
  const evs = eventsIn("وسارع جيش نورستان إلى موقع الهجوم في وادي الريح.", WORLD);
  assert.ok(evs.every((e) => e.source !== "o:army"), show(evs));
});

test("hastened act: سارع + إلى + a thing governs no masdar later in the clause", () => {
  const evs = eventsIn("وسارعت جبهة التحرير إلى المستشفى بعد قصف وادي الريح.", WORLD);
  assert.ok(evs.every((e) => e.source !== "o:front"), show(evs));
});

test("hastened act: the noun تسارع (acceleration) is no support verb", () => {
  const evs = eventsIn("وأدى تسارع الأحداث في نورستان إلى اعتقال أمين فارس.", WORLD);
  assert.ok(evs.every((e) => e.source !== "g:north"), show(evs));
});

test("hastened act: a ل on a masdar after the verb's own في is not the verb's preposition", () => {
  const evs = eventsIn("ويسارع جيش نورستان في تدريب الجنود للوقوف على مستواهم.", WORLD);
  assert.ok(evs.every((e) => e.source !== "o:army"), show(evs));
});
