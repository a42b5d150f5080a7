// A sentence that opens on a verb and a definite noun naming a body met before (المجلس, الوزارة)
// has that body as subject: a participle or subjectless verb later in it goes on with the body.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس الشورى"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["a participle after a person named in the object goes on with the opening body",
    "عقد مجلس الشورى جلسته الأسبوعية أمس. واستعرض المجلس تقارير اللجان، وقدم تحيته لكريم سالم على جهوده، مشيرا إلى أهمية دعم صغار المزارعين في الريف.",
    "أهمية دعم صغار المزارعين", "o:council"],
  ["the feminine body noun with كما before its verb",
    "أصدرت وزارة الزراعة تعليمات جديدة للمربين. كما حددت الوزارة مواعيد التطعيم بالتنسيق مع هدى ناصر، مؤكدة أن الحملة تشمل جميع القرى.",
    "الحملة تشمل جميع القرى", "o:ministry"],
  ["a subjectless verb later in the sentence goes on with the opening body",
    "ناقش مجلس الشورى الموازنة أمس. واستمع المجلس إلى شرح من هدى ناصر عن المشاريع، وأكد أن تمويل الطرق له الأولوية هذا العام.",
    "تمويل الطرق له الأولوية", "o:council"],
  // a sentence that opens on a preposition has no verb whose subject the noun could be
  ["a preposition in the verb's slot opens no body subject",
    "تحدث كريم سالم عن مجلس الشورى. وفي المجلس ناقش الأعضاء الموازنة مع هدى ناصر، مشيرة إلى أن العجز سيتراجع في العام المقبل.",
    "العجز سيتراجع في العام", "p:huda"],
  // a definite noun that names no body met before gives the participle no new speaker
  ["a definite noun that names no body met before changes nothing",
    "وقال كريم سالم إن الموسم جيد. وزار الوفد الحقول الشمالية، مؤكدا أن الإنتاج سيرتفع بنسبة كبيرة هذا العام.",
    "الإنتاج سيرتفع بنسبة كبيرة", "p:karim"],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`opening body: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holds "${snippet}": ${JSON.stringify(qs.map((x) => [x.speaker, x.text]))}`);
    assert.equal(q.speaker, speaker);
  });
}
