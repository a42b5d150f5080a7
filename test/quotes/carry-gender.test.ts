// A bare continuation cue ("وقال"، "وأضافت") carries the last named speaker only when that speaker is
// not a person whose given name (data/lexicon/first-names.tsv) is of the other gender: then the
// speaker before of the cue's gender continues, else no one named. Unknown given names and bodies
// never block. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي الخطيب", "الخطيب"] },
  { id: "p:salma", type: "PERSON" as const, forms: ["سلمى القاسم", "القاسم"] },
  { id: "p:laila", type: "PERSON" as const, forms: ["ليلى حداد"] },
  { id: "p:jeni", type: "PERSON" as const, forms: ["جيني ماركوفيتش"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// [what the rule is, text, snippet the quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["a masculine cue skips a woman who spoke last and goes back to the man before her",
    "قال رامي الخطيب إن المحصول وفير هذا العام. وقالت سلمى القاسم إن الأسعار ستنخفض قريبا. وأضاف أن التصدير سيبدأ في الخريف.", "التصدير سيبدأ", "p:rami"],
  ["a feminine cue skips a man who spoke last and goes back to the woman before him",
    "قالت ليلى حداد إن المدارس ستفتح أبوابها غدا. وقال رامي الخطيب إن الطرق سالكة. وأضافت أن الدوام سيكون كاملا في كل المدن.", "الدوام سيكون", "p:laila"],
  ["a masculine cue after a woman, with no man before her: no one named",
    "قالت سلمى القاسم إن المشروع تأخر بسبب الأمطار. وأضاف أن العمال عادوا إلى الموقع صباح اليوم.", "العمال عادوا", null],
  ["a woman who opens the sentence before is not the subject of a masculine cue",
    "وفي التفاصيل، فإن سلمى القاسم زارت المزرعة أمس. وقال إن الموسم سيكون جيدا جدا هذا العام.", "الموسم سيكون", null],
  ["a feminine cue of a verb ending in a long vowel (دعت) does not continue a man",
    "قال رامي الخطيب إن الطرق سالكة تماما. ودعت إلى الإبلاغ الفوري عن أي تسرب للمياه في الأحياء.", "الإبلاغ الفوري", null],
  ["a given name of no known gender never blocks",
    "قالت جيني ماركوفيتش إن البعثة ستصل الأسبوع المقبل. وأضاف أن الاجتماع سيعقد في العاصمة يوم الأحد.", "الاجتماع سيعقد", "p:jeni"],
  ["a body is no person: its gender does not block",
    "قالت وزارة الزراعة إن الجراد وصل إلى الحدود. وأضاف أن فرق المكافحة انتشرت في الحقول الشرقية.", "فرق المكافحة", "o:ministry"],
  ["a cue of the speaker's own gender continues as before",
    "قال رامي الخطيب إن المحصول وفير هذا العام. وأضاف أن التصدير سيبدأ في الخريف المقبل.", "التصدير سيبدأ", "p:rami"],
  // أوضحت and نفت are generated from أوضح and نفى: rows of their own made them read as masculine
  ["a feminine أوضحت goes back to the woman before the man who spoke last",
    "قالت ليلى حداد إن المدارس ستفتح أبوابها غدا. وقال رامي الخطيب إن الطرق سالكة. وأوضحت أن الحافلات ستعمل منذ الصباح الباكر.", "الحافلات ستعمل", "p:laila"],
  ["a feminine نفت does not continue a man",
    "قال رامي الخطيب إن الطرق سالكة تماما. ونفت أن تكون الأمطار قد أغلقت أي جسر في المدينة.", "الأمطار قد أغلقت", null],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}
