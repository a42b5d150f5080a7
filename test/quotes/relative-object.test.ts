// A verb of saying right after a relative, with an object pronoun for the antecedent
// (relative-object.ts). Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:union", type: "ORG" as const, forms: ["نقابة المزارعين"] },
  { id: "g:north", type: "GPE" as const, forms: ["الشمال"] },
];

// [what the rule is, text, a cue that must open no quote]
const NO_QUOTE: [string, string, string][] = [
  ["the words after the subject are no content: the pronoun is the object",
    "وتشمل الخطط التي أعلنتها وزارة الزراعة دعما عاجلا لصغار المزارعين في القرى الجبلية.", "أعلنتها"],
  ["a time and a clause of its own after the subject are no content",
    "وتأخر صرف الدعم الذي أعلنه كريم سالم الشهر الماضي بسبب نقص الموظفين في المكاتب.", "أعلنه"],
  ["a subject only in the verb: the antecedent does not speak",
    "وزار الوفد مدينة الشمال التي يتهمونها بإهمال القرى الفقيرة منذ سنوات طويلة.", "يتهمونها"],
  ["after ما, a plain object clause later in the sentence is not what was said",
    "وجاء القرار الجديد ليؤكد ما ذكرته نقابة المزارعين في بيانها السابق عن الأسعار التي ارتفعت كثيرا.", "ذكرته"],
];
for (const [rule, text, cue] of NO_QUOTE) {
  test(`relative object: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(!qs.some((q) => q.cue === cue), `no quote with cue ${cue} (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
  });
}

// [what the rule is, text, snippet one quote holds, its speaker]
const QUOTE: [string, string, string, string | null][] = [
  ["أن right after the named subject is his statement",
    "وهذا ما ذكرته هدى ناصر أن المحاصيل تضررت كثيرا من موجة الحر في الصيف.", "المحاصيل تضررت", "p:huda"],
  ["بأنه after the named subject of وصف is his description",
    "وانتقد الأهالي المشروع الذي وصفه كريم سالم بأنه خطوة متسرعة لا تخدم القرى.", "خطوة متسرعة", "p:karim"],
  ["a quotation right after the subject is what he said",
    "وهو ما اعتبره كريم سالم «خطوة أولى نحو دعم صغار المزارعين في كل القرى».", "خطوة أولى نحو", "p:karim"],
  ["a verb whose own form ends in ه is no pronoun object: نبه",
    "وحذر الخبراء من الجفاف الذي نبه كريم سالم إلى أنه سيضرب القرى الجبلية هذا الصيف.", "سيضرب القرى", "p:karim"],
];
for (const [rule, text, snippet, speaker] of QUOTE) {
  test(`relative object: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(qs.some((x) => x.text.includes(snippet) && x.speaker === speaker),
      `a quote of ${speaker} holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.speaker, x.cue, x.text]))})`);
  });
}
