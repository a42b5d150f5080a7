// A town does not speak (src/quotes/local-speakers.ts): a city of the knowledge base reached as the
// speaker through the carry or as a place in the subject slot leaves the quote unnamed; a capital
// stands for its government and speaks; a town named right after the cue as its subject (a
// surname or a club the entity stage read as the town) keeps the quote. Sentences written for these
// tests, from no corpus; the entities are given with real knowledge-base ids, whose subtypes the
// rule reads (gn:105343 a city, gn:108410 a capital).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "gn:105343", type: "GPE" as const, forms: ["جدة"] },
  { id: "gn:108410", type: "GPE" as const, forms: ["الرياض"] },
];

// [what, text, snippet, speaker wanted]
const CASES: [string, string, string, string | null][] = [
  ["a city the carry reaches does not speak",
    "تستعد جدة لاستقبال آلاف الزوار هذا الصيف. وأوضح أن الفنادق امتلأت بنسبة كبيرة هذا الأسبوع.", "الفنادق امتلأت", null],
  ["a city after a preposition in the subject slot does not speak",
    "وقال مسؤول البلدية في جدة إن أعمال الصيانة ستنتهي قبل نهاية الشهر.", "أعمال الصيانة", null],
  ["a capital stands for its government and speaks",
    "وأكدت الرياض أن موقفها من الأزمة لم يتغير منذ بدايتها.", "موقفها من الأزمة", "gn:108410"],
  ["a city named right after the cue as its subject keeps the quote",
    "وأعلنت جدة أن المهرجان سيبدأ مطلع الشهر المقبل بمشاركة واسعة.", "المهرجان سيبدأ", "gn:105343"],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(`local-speakers: ${what}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `${text}: the quote is found`);
    assert.equal(q.speaker, speaker);
  });
}
