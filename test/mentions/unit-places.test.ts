// An administrative unit's word (قضاء، ناحية، محافظة، إقليم، ولاية) or منطقة right before a KB place
// is part of the place's span; its proclitic is not; before a country (ناحية "side") or where an
// organization's name holds the word, the span stays (unit-places.ts). Shipped data and model, on
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

function places(text: string): string[] {
  const doc = { text, ...analyze(text), mentions: [] as ReturnType<typeof findMentions> };
  return findMentions(doc, defaultResources()).filter((m) => m.type === "GPE" || m.type === "LOC").map((m) => m.text);
}

const cases: [string, string][] = [
  ["وانتشرت وحدات الجيش في قضاء تلعفر منذ الفجر.", "قضاء تلعفر"],
  ["وافتتح المسؤول حديقة جديدة بمحافظة الطائف أمس.", "محافظة الطائف"],
  ["وشهدت ناحية الخالدية اشتباكات متقطعة طوال الليل.", "ناحية الخالدية"],
  ["وقال مسؤول محلي إن إقليم حضرموت يحتاج إلى دعم عاجل.", "إقليم حضرموت"],
  ["ومن ناحية إيران فإن المفاوضات ستستمر.", "إيران"],
];

for (const [text, want] of cases) {
  test(`${want}: ${text}`, () => assert.ok(places(text).includes(want), JSON.stringify(places(text))));
}

test("a unit word inside an organization's name stays the organization's", () => {
  const ps = places("وصرح رئيس مجلس قضاء حديثة بأن الأوضاع مستقرة.");
  assert.ok(!ps.includes("قضاء حديثة"), JSON.stringify(ps));
});
