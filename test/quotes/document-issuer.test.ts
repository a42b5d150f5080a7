// A statement as the subject of a cue speaks for whoever issued it: named right after it ("بيان
// لوزارة X"، "بيان قيادة X"), or with the same statement met earlier ("أعلنت X في بيان"، "أصدرت X
// بيانا"), not the last speaker. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "o:min", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:union", type: "ORG" as const, forms: ["نقابة المزارعين"] },
  { id: "o:agency", type: "ORG" as const, forms: ["وكالة أنباء الوادي"] },
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["a statement with its issuer after ل",
    "وقال بيان لنقابة المزارعين إن الأسعار لا تغطي تكاليف الزراعة في القرى.", "الأسعار لا تغطي", "o:union"],
  ["a report in construct with its issuer",
    "وأكد تقرير نقابة المزارعين أن الأسعار لا تغطي تكاليف الزراعة في القرى.", "الأسعار لا تغطي", "o:union"],
  ["البيان after a quote of another speaker: the body that issued it",
    "أعلنت وزارة الزراعة في بيان أن موسم الحصاد بدأ مبكرا هذا العام. وقال كريم سالم إن الأسعار مرتفعة جدا هذا العام. وأضاف البيان أن المخازن جاهزة لاستقبال القمح.",
    "المخازن جاهزة", "o:min"],
  ["البيان after أصدرت X بيانا",
    "أصدرت نقابة المزارعين بيانا حول الموسم الزراعي. وقال كريم سالم إن الأسعار مرتفعة جدا هذا العام. وأكد البيان أن الأسعار لا تغطي تكاليف الزراعة.",
    "لا تغطي تكاليف", "o:union"],
  ["البيان with no issuer met before: the last speaker goes on",
    "وقال كريم سالم إن الأسعار مرتفعة جدا هذا العام. وأكد البيان أن الأسعار لا تغطي تكاليف الزراعة.", "لا تغطي تكاليف", "p:karim"],
  ["an agency that published the statement is not its issuer",
    "وقال كريم سالم إن الأسعار مرتفعة جدا هذا العام، حسبما نقلت وكالة أنباء الوادي، في بيان لها. وأضاف البيان أن المخازن جاهزة لاستقبال القمح.",
    "المخازن جاهزة", "p:karim"],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`document-issuer: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.speaker, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
