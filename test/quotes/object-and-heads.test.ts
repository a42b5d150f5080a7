// The object of a call, demand or accusation is part of what was said ("دعت X Y إلى": Y is called
// on); "according to" a document or a medium noun names its issuer after the noun; a subject between
// كان and the verb speaks without قد. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:program", type: "ORG" as const, forms: ["برنامج المياه الإقليمي"] },
  { id: "o:paper", type: "ORG" as const, forms: ["الصباح الجديد"] },
  { id: "o:un", type: "ORG" as const, forms: ["الأمم المتحدة"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن"] },
  { id: "g:egypt", type: "GPE" as const, forms: ["مصر"] },
];

// [what the rule is, text, the cue, the content's start (or null: no quote of that cue), its speaker]
const CASES: [string, string, string, string | null, string | null][] = [
  ["دعا X Y إلى: the object opens the content",
    "دعت وزارة الزراعة الأردن إلى فتح الحدود أمام شاحنات الخضار.", "دعت", "الأردن إلى فتح", "o:ministry"],
  ["طالب X Y بـ: an object no entity names opens the content",
    "وطالب كريم سالم التجار بخفض أسعار الخضار قبل العيد.", "طالب", "التجار بخفض", "p:karim"],
  ["a participle's object opens the content",
    "وأشاد كريم سالم بالمزارعين، مطالبا الدول المانحة بتقديم المزيد من الدعم لهم.", "مطالبا", "الدول المانحة بتقديم", "p:karim"],
  ["اتهم X Y بـ: the accused opens the content",
    "واتهم كريم سالم مصر بحجز المياه عن المزارعين منذ سنوات.", "اتهم", "مصر بحجز", "p:karim"],
  ["an aside between the subject and the preposition is not the object",
    "وأعرب كريم سالم، خلال لقائه بالمزارعين، عن أمله في موسم وفير هذا العام.", "أعرب", "عن أمله", "p:karim"],
  ["an adverb right after the subject: no object taken",
    "ودعا كريم سالم أمس إلى ترشيد استهلاك المياه في الصيف.", "دعا", "إلى ترشيد", "p:karim"],
  ["a preposition right after the subject: the content opens on it",
    "وأكد كريم سالم على أهمية ترشيد استهلاك المياه في الصيف.", "أكد", "على أهمية", "p:karim"],
  ["بحسب + a medium noun: the outlet named after it speaks",
    "وتراجعت أسعار القمح في الأسواق هذا الأسبوع، بحسب صحيفة «الصباح الجديد» اليومية.", "بحسب", "وتراجعت أسعار القمح", "o:paper"],
  ["بحسب + a document noun: its issuer speaks",
    "وارتفع عدد النازحين في المخيمات إلى ألفين، بحسب بيان برنامج المياه الإقليمي.", "بحسب", "وارتفع عدد النازحين", "o:program"],
  ["بحسب + a common noun that is neither: no speaker found",
    "وارتفع عدد النازحين في المخيمات إلى ألفين، بحسب تقديرات عمال برنامج المياه الإقليمي.", "بحسب", null, null],
  ["كان + a named subject + the verb, no قد: the subject speaks, not the body after ل",
    "وكان برنامج المياه الإقليمي التابع للجامعة العربية أعلن عن وصول قافلة مساعدات إلى المخيم.", "أعلن", "عن وصول قافلة", "o:program"],
  ["كان + the verb with a conjunction: no subject between them",
    "وكان كريم سالم في المخيم وأعلن أن القافلة وصلت إلى المخيم.", "وأعلن", "القافلة وصلت", "p:karim"],
];

for (const [rule, text, cue, start, speaker] of CASES) {
  test(`object and heads: ${rule}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.cue.includes(cue));
    if (start === null) { assert.ok(!q || q.speaker === null, JSON.stringify(q)); return; }
    assert.ok(q, `no quote of ${cue}`);
    assert.ok(q.text.startsWith(start), q.text);
    assert.equal(q.speaker, speaker);
  });
}
