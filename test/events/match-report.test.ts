// A football report tells no political event (match-report.ts): a sentence with two words of
// event-word-classes.tsv sports-word, or a heading of a document that holds six. Sentences written
// for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, events]
const CASES: [string, string, number][] = [
  ["a club signs a player", "ووقع نادي وادي الريح مع اللاعب أمين فارس عقدا لموسمين.", 0],
  ["two teams meet on a pitch", "ويلتقي منتخب نورستان مع منتخب سودانيا على ملعب وادي الريح يوم الجمعة.", 0],
  ["a coach asks for a striker", "وطلب مدرب الفريق التعاقد مع مهاجم جديد قبل انطلاق الموسم.", 0],
  ["one such word is not enough", "واتهم أمين فارس جبهة التحرير بقصف ملعب وادي الريح أمس.", 1],
  ["a state's visit is an event", "وزار أمين فارس سودانيا أمس والتقى رئيسها في وادي الريح.", 1],
  ["a heading of a football story", "أمين فارس يعتذر لجبهة التحرير\nقدم لاعب نادي وادي الريح أمين فارس اعتذاره بعد المباراة. وقال المدرب إن اللاعب أخطأ في الشوط الثاني. وأضاف أن الفريق سيعود إلى الملعب غدا.", 0],
];
for (const [name, text, n] of CASES) {
  test(`match report: ${name}`, () => {
    const evs = eventsIn(text);
    if (n === 0) assert.equal(evs.length, 0, show(evs));
    else assert.ok(evs.length >= n, show(evs));
  });
}
