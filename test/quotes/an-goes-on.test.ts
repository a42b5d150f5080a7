// A sentence that opens with وإن/وأن and no verb of saying of its own, right after a sentence whose
// report runs to its end, goes on with that report: the same speaker says it. Not "وإن كان" (even if),
// not "وأن" before an imperfect (a wish or purpose), and not after a sentence whose report ends early.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [{ id: "p:kamal", type: "PERSON" as const, forms: ["كمال الحسيني"] }];

// [what the rule is, text, snippet, its speaker (null: no quote holds it)]
const CASES: [string, string, string, string | null][] = [
  ["وإنه «…» after a reported clause that ends its sentence: the same speaker",
    "وقال كمال الحسيني إنه «يمثل خطوة هامة للدبلوماسية». وإنه «سيضع قيودا على المهربين ويقطع طريقهم إلى الحدود».", "سيضع قيودا على المهربين", "p:kamal"],
  ["وأن + a noun clause goes on as well",
    "وأوضح كمال الحسيني أن المشروع سينتهي في الصيف المقبل. وأن العمال سيحصلون على أجورهم كاملة قبل العيد.", "العمال سيحصلون على أجورهم", "p:kamal"],
  ["وإن كان is a concession, no statement",
    "وقال كمال الحسيني إن المشروع سينتهي في الصيف المقبل. وإن كان العمال قد اشتكوا من تأخر الأجور في الشهر الماضي.", "العمال قد اشتكوا", null],
  ["وأن + an imperfect is a wish, no statement",
    "وأوضح كمال الحسيني أن المشروع سينتهي في الصيف المقبل. وأن يحصل العمال على أجورهم كاملة هو المطلوب الآن.", "يحصل العمال على أجورهم", null],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    if (speaker === null) assert.equal(q, undefined, `a quote holds "${snippet}"`);
    else { assert.ok(q, `no quote holding "${snippet}"`); assert.equal(q.speaker, speaker); }
  });
}
