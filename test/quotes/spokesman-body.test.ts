// An unnamed spokesman speaks for the body he is the spokesman of: "صرح المتحدث الأمني لـX بأنه"
// (speaker-slot.tsv body_part rows متحدث/ناطق, read by bodyOf in src/quotes/speakers.ts) and
// "وأعلن متحدث باسم X أن" (باسم ties the unnamed noun to its body, as في does for "مصدر في X").
// A holder named after the title still speaks, and an unnamed source spoken to an outlet still
// names no one. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "o:ports", type: "ORG" as const, forms: ["هيئة الموانئ"] },
  { id: "o:fund", type: "ORG" as const, forms: ["صندوق التنمية الزراعية"] },
  { id: "o:agency", type: "ORG" as const, forms: ["وكالة الأنباء الوطنية"] },
  { id: "p:nabil", type: "PERSON" as const, forms: ["نبيل الحارثي"] },
];

// [what, text, snippet, speaker wanted]
const CASES: [string, string, string, string | null][] = [
  ["a definite spokesman with an adjective, then ل and the body",
    "صرح المتحدث الإعلامي لهيئة الموانئ بأنه تم إغلاق الرصيف الشمالي أمام السفن.", "إغلاق الرصيف", "o:ports"],
  ["an indefinite spokesman, then باسم and the body",
    "وأعلن متحدث باسم صندوق التنمية الزراعية أن القروض الجديدة ستصرف الشهر المقبل.", "القروض الجديدة", "o:fund"],
  ["a female spokesman of the body",
    "وقالت المتحدثة الرسمية لهيئة الموانئ إن حركة الشحن عادت إلى طبيعتها اليوم.", "حركة الشحن", "o:ports"],
  ["the holder named after the title speaks, not the body",
    "وقال المتحدث الإعلامي لهيئة الموانئ نبيل الحارثي إن الأعمال ستنتهي قبل الصيف.", "الأعمال ستنتهي", "p:nabil"],
  ["an unnamed source speaking to an outlet names no one",
    "وقال مصدر لوكالة الأنباء الوطنية إن الاجتماع تأجل إلى الأسبوع المقبل.", "الاجتماع تأجل", null],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(`spokesman-body: ${what}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `${text}: the quote is found`);
    assert.equal(q.speaker, speaker);
  });
}
