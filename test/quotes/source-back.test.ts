// A definite source noun as a cue's subject ("وقال المصدر"، "وأضاف المسؤول") points back to the source
// the text brought in with the indefinite noun: when that phrase named an institution through a
// preposition ("مصدر في X"، "مسؤول بوزارة X") the institution speaks again; when it named none
// ("مسؤول حكومي") the source stays unnamed, whoever was quoted in between. Sentences written for
// these tests, from no corpus. (A source whose first statement stayed unnamed stays unnamed.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "o:ports", type: "ORG" as const, forms: ["هيئة الموانئ"] },
  { id: "o:health", type: "ORG" as const, forms: ["وزارة الصحة"] },
  { id: "p:salma", type: "PERSON" as const, forms: ["سلمى القاسم"] },
  { id: "g:norland", type: "GPE" as const, forms: ["النورلندي"] },
];

// [what the rule is, text, snippet the quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["المصدر after مصدر في X: X speaks again",
    "كشف مصدر في هيئة الموانئ عن تأخر وصول السفن. وقالت سلمى القاسم إن العمال أنهوا الأشغال. وقال المصدر إن الرصيف الجديد سيفتح الأسبوع المقبل.", "الرصيف الجديد", "o:ports"],
  ["المسؤول after مصدر مسؤول في X (an adjective between)",
    "وأكد مصدر مسؤول في وزارة الصحة أن اللقاحات وصلت إلى المستشفيات. وأوضح المسؤول أن الحملة تبدأ صباح السبت في المدارس.", "الحملة تبدأ", "o:health"],
  ["المسؤول after مسؤول with no institution: unnamed, not the person quoted in between",
    "صرح مسؤول حكومي بأن المفاوضات ستستأنف. وأعلنت سلمى القاسم أن الوفد وصل إلى العاصمة. وقال المسؤول إن الجولة المقبلة ستكون حاسمة للطرفين.", "الجولة المقبلة", null],
  ["a nationality after the source names no institution",
    "قال مصدر أمني النورلندي إن الحدود مغلقة. وقال المصدر إن الدوريات ستزداد على طول الحدود الشمالية.", "الدوريات ستزداد", null],
  ["a source whose first statement stayed unnamed stays unnamed",
    "وأكد مصدر مسؤول بوزارة الصحة أن اللقاحات وصلت. وأوضح المسؤول أن الحملة تبدأ صباح السبت في المدارس.", "الحملة تبدأ", null],
  ["a definite source with no source before it stays unnamed",
    "أعلنت سلمى القاسم أن المعرض يفتح غدا. وقال المسؤول إن التذاكر نفدت خلال ساعات من طرحها.", "التذاكر نفدت", null],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}
