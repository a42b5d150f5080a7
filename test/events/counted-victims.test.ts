// A body named in a counted group of victims before or after a casualty verb, "سبعة من عناصر X وقوات Y
// قتلوا"، "قتلت الطائرات 40 من مقاتلي X وY"، and a soldier's country before the verb, "جنديا نورستانيا
// قتل", suffered the killing; they are not its doer (counted-victims.ts). Sentences written for these
// tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { WORLD, type TestEntity, eventsIn } from "./world.ts";

/** WORLD with the northern state's indefinite accusative adjective (جنديا نورستانيا) as one of its forms. */
const WITH_NISBA: TestEntity[] = WORLD.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "نورستانيا", "نورستاني"] } : e));

const pairs = (evs: ReturnType<typeof eventsIn>) => JSON.stringify(evs.map((e) => [e.trigger, e.source_text, e.target_text]));

// [name, sentence, target id, id that must not be a source, world]
const VICTIMS: [string, string, string, string, TestEntity[]][] = [
  ["a count, a counted noun and من before the body", "وذكر مصدر محلي أن 12 عنصرا من جبهة التحرير قتلوا في اشتباكات قرب وادي الريح.", "o:front", "o:front", WORLD],
  ["two bodies joined by و after من: the first is the target, the second no source", "وقال المتحدث إن سبعة من عناصر جبهة التحرير وجيش نورستان قتلوا في وادي الريح.", "o:front", "o:army", WORLD],
  ["a member noun before من, no count", "وذكر مصدر محلي أن عناصر من جبهة التحرير قتلوا في غارة قرب وادي الريح.", "o:front", "o:front", WORLD],
  ["a soldier and his country's adjective, another act joined after the verb", "وقالت القيادة إن جنديا نورستانيا قتل وجرح اثنان آخران في الهجوم.", "g:north", "g:north", WITH_NISBA],
  ["after the verb: the second body of the counted group is no subject", "وقال المرصد إن طائرات حربية قتلت 40 من عناصر جبهة التحرير وجيش نورستان خلال شهر.", "o:front", "o:army", WORLD],
];
for (const [name, text, target, notSource, world] of VICTIMS) {
  test(`counted victims: ${name}`, () => {
    const evs = eventsIn(text, world).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.target === target), pairs(evs));
    assert.ok(evs.every((e) => e.source !== notSource), pairs(evs));
  });
}

// [name, sentence, source id, world]: the verb is active, its subject the killer
const KILLERS: [string, string, string, TestEntity[]][] = [
  ["an imperfect verb after a soldier and his country", "جندي نورستاني يقتل ثلاثة من زملائه في وادي الريح", "g:north", WITH_NISBA],
  ["a soldier and his country with a count after the verb", "وقالت القيادة إن جنديا نورستانيا قتل 3 من المهاجمين قرب وادي الريح.", "g:north", WITH_NISBA],
];
for (const [name, text, source, world] of KILLERS) {
  test(`counted victims: ${name}`, () => {
    const evs = eventsIn(text, world).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source), pairs(evs));
  });
}
