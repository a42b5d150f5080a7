// clause-genitive.ts: a clause's opening actor in construct after an indefinite noun is not the
// clause's subject, so a later cue with no subject of its own does not take it. Sentences written
// for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "o:nakheel", type: "ORG" as const, forms: ["نخيل"] },
  { id: "g:waha", type: "GPE" as const, forms: ["الواحة"] },
  { id: "g:oman", type: "GPE" as const, forms: ["سلطنة عمان", "عمانية"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["a company after 'director of' is not the subject: the person before the title is",
    "وجرب كريم سالم، المدير العام لشركة نخيل، الجهاز الجديد وقال إنه سهل الاستخدام في الحقول.", "سهل الاستخدام", "p:karim"],
  ["a town after 'one of the residents of' is not the subject",
    "لكن الشيخ كريم سالم، أحد سكان مدينة الواحة، يقول إن الطريق مغلق منذ أسبوع كامل.", "الطريق مغلق منذ أسبوع", "p:karim"],
  ["after a message noun the genitive is who spoke (تصريحات X)",
    "وجاءت تصريحات هدى ناصر خلال لقاء إذاعي طويل، حيث قالت إن الموسم كان صعبا على الجميع.", "الموسم كان صعبا", "p:huda"],
  ["a definite adjective before a name is the title's, not a construct noun",
    "أما المستشارة الزراعية هدى ناصر، فأوضحت أن الأمطار تأخرت هذا العام.", "الأمطار تأخرت", "p:huda"],
  ["a nationality adjective after an indefinite noun: the unnamed noun speaks, not an earlier actor",
    "واجتمع كريم سالم بالمزارعين أمس، لكن مصادر زراعية عمانية أكدت أن المحصول تراجع بشدة.", "المحصول تراجع", null],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`clause-genitive: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    if (speaker === null && !q) return; // no quote at all is as good as one with no speaker
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
