// A clash noun whose sides stand past a gap of manner, a verb of fighting, a time or a place
// (clash-reach.ts), and a clash told with no side named, between the story's two sides
// (context-sides.ts). Sentences written for these tests; the parties carry real knowledge-base
// ids (their subtypes and data/kb/war-sides.tsv are keyed by them) with invented names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const ALLY = "rasid:yemen-popular-resistance"; // yemen, government (militant_group)
const FOE = "rasid:houthis"; // yemen, houthi (militant_group)
const ARMY = "rasid:tr-army", PKK = "rasid:pkk";
const W: TestEntity[] = [
  ...WORLD,
  { id: ALLY, type: "ORG", forms: ["جبهة الصمود"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
  { id: ARMY, type: "ORG", forms: ["جيش الهضبة"] },
  { id: PKK, type: "ORG", forms: ["حزب الجبل"] },
];
const OPEN = "نشرة المساء. وقال مراسلون إن المنطقة تشهد توترا. ";

// [name, text, source, target]: the clash between the two named sides is found (either way)
const FAR: [string, string, string, string][] = [
  ["a time aside set off by commas", "واندلعت اشتباكات عنيفة، مساء الخميس، بين جبهة الصمود وحركة الوادي في وادي النخيل.", ALLY, FOE],
  ["a verb of fighting and a time", "وقالت مصادر إن مواجهات دارت فجر اليوم بين جبهة الصمود وحركة الوادي.", ALLY, FOE],
  ["a time in brackets", "ووقعت مواجهات اليوم (الخميس) بين جبهة الصمود وحركة الوادي قرب السوق.", ALLY, FOE],
  ["a place phrase", "وتدور معارك منذ أسبوع داخل المدينة بين جيش الهضبة وحزب الجبل.", ARMY, PKK],
  ["a side after مع past a verb and a time", "وكانت اشتباكات متقطعة جرت خلال الليلة الماضية مع حزب الجبل قرب الحدود.", PKK, ""],
];
for (const [name, text, a, b] of FAR) {
  test(`clash reach: ${name}`, () => {
    const evs = eventsIn(OPEN + text, W).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === a && (!b || e.target === b)), show(evs));
  });
}

test("clash reach: a بين of another phrase after a named actor is not the clash's", () => {
  const evs = eventsIn(OPEN + "وأشار وزير الخارجية إلى مواجهة الأزمة الاقتصادية، ووضع خطة للتنسيق بين جبهة الصمود وحركة الوادي.", W)
    .filter((e) => e.type === "ASSAULT");
  assert.equal(evs.length, 0, show(evs));
});

// the story's attacks name one pair of fighting parties
const STORY = "وقصفت جبهة الصمود مواقع حركة الوادي في الجبل. ";
const SIDELESS: [string, string][] = [
  ["fighting that took place, no side named", "وتدور معارك عنيفة في منطقة السهل منذ الصباح."],
  ["a clash between the two sides", "وأفاد سكان أن اشتباكات متقطعة دارت بين الطرفين طوال الليل."],
  ["a clash verb after the noun", "وقال مصدر محلي إن المواجهات تركزت قرب المدرسة."],
];
for (const [name, text] of SIDELESS) {
  test(`context sides: ${name}`, () => {
    const evs = eventsIn(OPEN + STORY + text, W).filter((e) => e.type === "ASSAULT" && e.trigger !== "وقصفت");
    assert.ok(evs.length === 1 && evs[0].source === ALLY && evs[0].target === FOE, show(evs));
  });
}

// no fight the sentence tells of, or no pair in the story: nothing
const NONE: [string, string][] = [
  ["a story with no pair of fighting parties", OPEN + "وتدور معارك عنيفة في منطقة السهل منذ الصباح."],
  ["the field of battle, no fighting told", OPEN + STORY + "وبدأ المقاتلون الفرار من أرض المعركة."],
  ["a season of fighting", OPEN + STORY + "ويتوقع الخبراء أن يكون الصيف أكثر موسم قتال."],
];
for (const [name, text] of NONE) {
  test(`context sides: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT" && e.trigger !== "وقصفت");
    assert.equal(evs.length, 0, show(evs));
  });
}

// "بين X وحلفائه من جهة، وY من جهة أخرى": the sides are the groups each من جهة closes (arguments.ts between())
const FACTIONS: [string, string][] = [
  ["the first side's ally before من جهة is no side", "وتتواصل المواجهات بين جبهة الصمود وجيش الهضبة من جهة، وحركة الوادي من جهة أخرى في الريف."],
  ["من طرف closes the side too", "واستمرت المعارك بين جبهة الصمود وجيش الهضبة من طرف وحركة الوادي من طرف آخر قرب النهر."],
];
for (const [name, text] of FACTIONS) {
  test(`clash factions: ${name}`, () => {
    const evs = eventsIn(OPEN + text, W).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === ALLY && e.target === FOE), show(evs));
    assert.ok(!evs.some((e) => (e.source === ALLY && e.target === ARMY) || (e.source === ARMY && e.target === ALLY)), show(evs));
  });
}
