// A one-word KB town spelled like an adjective is no place right after a definite noun
// (adjective-places.ts): the same word after a place word, with no definite noun before it, or a
// country, capital or big city in that slot stands. Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

function places(text: string): string[] {
  const doc = { text, ...analyze(text), mentions: [] as ReturnType<typeof findMentions> };
  return findMentions(doc, defaultResources()).filter((m) => m.type === "GPE" || m.type === "LOC").map((m) => m.text);
}

const cases: [string, string, boolean][] = [
  ["وقال المدير إن المستشار الجديد سيبدأ عمله غدا في مكتبه.", "الجديد", false],
  ["وتوقفت أعمال الحفر في المجرى الجديد بسبب الرياح.", "الجديد", false],
  ["ودعا الوزير إلى دعم العملية السلمية بين الطرفين.", "السلمية", false],
  ["ونشرت الصحيفة الخبر بعد ساعات من الحادث.", "الخبر", false], // (an object, not an adjective: still no place)
  ["ووصل الوفد إلى مدينة الجديد الليبية أمس.", "الجديد", true],
  ["وقصفت الطائرات مواقع في مدينة السلمية بريف حماة.", "السلمية", true],
];

for (const [text, word, stands] of cases) {
  test(`${word} ${stands ? "stands" : "goes"}: ${text}`, () => {
    assert.equal(places(text).includes(word), stands, JSON.stringify(places(text)));
  });
}
