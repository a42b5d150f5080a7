// A one-word KB place read off a word only by splitting a proclitic is dropped where the written word
// is a dictionary word or a foreign word after ك, and a word with tanween is no place
// (clitic-places.ts); "and + a place" in a list, ب + a place, and ك + a capital stand. Shipped data
// and model, on sentences written for this test.
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
  ["وأعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في المدينة.", "ورونا", false],
  ["وقال وكيل الوزارة للشؤون الفنية إن العمل مستمر.", "كيل", false],
  ["ونحرص دوماً على متابعة الحالات في المستشفى.", "دوما", false],
  ["وانتشرت الشركة في أسواق أوروبا وآسيا خلال العام الماضي.", "آسيا", true],
];

for (const [text, word, stands] of cases) {
  test(`${word} ${stands ? "stands" : "goes"}: ${text}`, () => {
    const ps = places(text);
    assert.equal(ps.some((p) => p === word || p.startsWith(word)), stands, JSON.stringify(ps));
  });
}
