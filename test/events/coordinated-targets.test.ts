// An act aimed at several actors joined by و is one event per actor (coordinated-targets.ts); names
// joined to a subject after its verb act with it and are not its object (source-apposition.ts
// coSubjectsEnd). Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  ...WORLD.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستاني"] } : e.id === "g:south" ? { ...e, forms: [...e.forms, "السوداني"] } : e)),
  { id: "p:salem", type: "PERSON", forms: ["سالم الهادي"] },
  { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] },
  { id: "o:party", type: "ORG", forms: ["حزب الشعب الحر"] },
];

const targets = (text: string, type: string, source: string) =>
  eventsIn(text, W).filter((e) => e.type === type && e.source === source).map((e) => e.target).sort();

// [name, sentence, type, source, targets]
const SPLIT: [string, string, string, string, (string | null)[]][] = [
  ["a visit to two states", "ومن المنتظر أن يزور كريم ناصر نورستان وسودانيا الأسبوع المقبل.", "CONSULT", "p:karim", ["g:north", "g:south"]],
  ["two counterparts named with their nationality adjectives", "وسيلتقي كريم ناصر بنظيريه النورستاني سالم الهادي والسوداني أمين فارس.", "CONSULT", "p:karim", ["p:amin", "p:salem"]],
  ["a second person after a title joined by و", "واستقبل كريم ناصر سالم الهادي ووزير الدفاع أمين فارس.", "CONSULT", "p:karim", ["p:amin", "p:salem"]],
  ["a ban on two bodies", "وفرضت نورستان حظرا على حزب الشعب الحر وجبهة التحرير.", "SANCTION", "g:north", ["o:front", "o:party"]],
  // not joined targets
  ["a verb joined by و after the target names no second target", "والتقى كريم ناصر سالم الهادي ونقل له تحيات أمين فارس.", "CONSULT", "p:karim", ["p:salem"]],
  ["a place joined to the place of a strike is where, not whom", "وقصف جيش نورستان مواقع جبهة التحرير في وادي الريح وسودانيا.", "ASSAULT", "o:army", ["o:front"]],
  ["a body after لـ and another joined to it are no list of targets", "واتهمت نورستان كريم ناصر بدفع أموال لحزب الشعب الحر وجبهة التحرير.", "ACCUSE", "g:north", ["p:karim"]],
];
for (const [name, text, type, source, want] of SPLIT) {
  test(`joined targets: ${name}`, () => {
    assert.deepEqual(targets(text, type, source), want, show(eventsIn(text, W)));
  });
}

// [name, sentence, type, source, target]
const CO_SUBJECTS: [string, string, string, string, string | null][] = [
  ["states accusing together: the accused follows them", "وتتهم نورستان وسودانيا جبهة التحرير بتنفيذ الهجمات.", "ACCUSE", "g:north", "o:front"],
  ["states condemning together an act: no state is the target", "وأدانت نورستان وسودانيا الهجوم على القافلة.", "ACCUSE", "g:north", null],
  ["a name whose first letter is و is no co-subject", "وهاجمت نورستان وادي الريح بالمدفعية.", "ASSAULT", "g:north", "g:town"],
  ["an agreement: the party joined by و is the partner", "واتفق كريم ناصر وسالم الهادي على وقف إطلاق النار.", "AGREE", "p:karim", "p:salem"],
];
for (const [name, text, type, source, target] of CO_SUBJECTS) {
  test(`co-subjects: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type && e.source === source);
    assert.ok(evs.length > 0 && evs.every((e) => e.target === target), show(evs));
  });
}
