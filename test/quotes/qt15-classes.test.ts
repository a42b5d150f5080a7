// Quote classes of session 15 (branch qt15). Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// frame comma: participles that are also adverbs or other words speak only after a comma or at a sentence's start
// [what the rule is, text, snippet one quote holds, a snippet the same quote must NOT hold (or ""), its speaker]
const SPLIT: [string, string, string, string, string | null][] = [
  ["مقدما after a comma opens new content by the same speaker",
    "قال كريم سالم إن الموسم الزراعي كان جيدا هذا العام، مقدما الشكر للمزارعين على جهودهم الكبيرة.", "الشكر للمزارعين على جهودهم", "الموسم الزراعي", "p:karim"],
  ["the content before مقدما ends at it",
    "قال كريم سالم إن الموسم الزراعي كان جيدا هذا العام، مقدما الشكر للمزارعين على جهودهم الكبيرة.", "الموسم الزراعي كان جيدا", "الشكر للمزارعين", "p:karim"],
  ["مهددا with ب after a comma",
    "وطالبت هدى ناصر التجار بخفض أسعار الأعلاف فورا، مهددا بإغلاق المحلات المخالفة في المدينة.", "بإغلاق المحلات المخالفة", "خفض أسعار", "p:huda"],
  ["متهما with a direct object is alleged",
    "وقال كريم سالم إن الأسعار ارتفعت كثيرا في الأسواق، متهما التجار الكبار باحتكار الأعلاف والبذور.", "التجار الكبار باحتكار", "الأسعار ارتفعت", "p:karim"],
  ["عادا with a direct object",
    "وأشاد كريم سالم بجهود وزارة الزراعة في دعم المزارعين، عادا ذلك من أهم إنجازات العام الحالي.", "ذلك من أهم إنجازات", "بجهود وزارة", "p:karim"],
  ["مجددا after a comma renews thanks: a new content",
    "وأكد كريم سالم أهمية التعاون مع وزارة الزراعة، مجددا الشكر للمزارعين على صبرهم خلال الموسم.", "الشكر للمزارعين على صبرهم", "أهمية التعاون", "p:karim"],
  ["مجددا as the adverb after the verb leaves the content whole",
    "وأكد كريم سالم مجددا أن الحكومة ماضية في دعم المزارعين رغم كل الصعوبات.", "الحكومة ماضية في دعم المزارعين رغم", "", "p:karim"],
  ["مقدما at the start of a sentence continues the last speaker",
    "أكد كريم سالم أن بلاده تقف مع المزارعين في كل الظروف الصعبة. مقدما باسم الحكومة التعازي لأسر ضحايا السيول الأخيرة.", "التعازي لأسر ضحايا", "بلاده تقف", "p:karim"],
];

for (const [rule, text, snippet, not, speaker] of SPLIT) {
  test(`qt15 participles: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    if (not) assert.ok(!q.text.includes(not), `the quote "${q.text}" stops before "${not}"`);
    if (speaker) assert.equal(q.speaker, speaker);
  });
}

test("qt15 participles: متهما reports an allegation", () => {
  const qs = findQuotes(makeDoc("وقال كريم سالم إن الأسعار ارتفعت كثيرا في الأسواق، متهما التجار الكبار باحتكار الأعلاف والبذور.", ENTS));
  assert.equal(qs.find((x) => x.cue.includes("متهما"))?.stance, "alleged");
});

// [what the rule is, text, a cue word that must open no quote]
const NOT_A_CUE: [string, string, string][] = [
  ["مقدما after a word is the adverb: in advance",
    "وقال كريم سالم إن المزارعين يدفعون ثمن البذور مقدما قبل بدء الموسم الزراعي الجديد.", "مقدما"],
  ["مقدما after a word is the adverb, with no speaker quoted before",
    "ويدفع المشتركون الرسوم مقدما قبل بدء الدورة التدريبية في المعهد الجديد.", "مقدما"],
  ["مجددا after a verb is the adverb again",
    "وقال كريم سالم إن الأسعار ارتفعت مجددا في الأسواق المحلية هذا الأسبوع.", "مجددا"],
  ["مرحبا after a word is no cue",
    "وقف كريم سالم عند الباب وقال مرحبا بكل الضيوف القادمين إلى المزرعة.", "مرحبا"],
];

for (const [rule, text, word] of NOT_A_CUE) {
  test(`qt15 participles: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.deepEqual(qs.filter((x) => x.cue.includes(word)).map((x) => [x.cue, x.text]), []);
  });
}

// بيّن (explained): frame near, its content opening right after its subject ("وبين مدير المركز خالد المالكي أن"),
// and never the preposition بين (between)
const ENTS2 = [
  { id: "p:maliki", type: "PERSON" as const, forms: ["خالد المالكي", "المالكي"] },
  { id: "p:harbi", type: "PERSON" as const, forms: ["سعد الحربي", "الحربي"] },
  { id: "g:jeddah", type: "GPE" as const, forms: ["جدة"] },
  { id: "g:taif", type: "GPE" as const, forms: ["الطائف"] },
];
// [what the rule is, text, snippet a quote holds, its speaker]
const EXPLAINED: [string, string, string, string | null][] = [
  ["a title and a name between بين and أن",
    "افتتح المركز أمس. وبين مدير مركز الحي خالد المالكي أنه تم تجهيز المركز بأحدث الأجهزة الطبية.", "تم تجهيز المركز بأحدث", "p:maliki"],
  ["a name alone",
    "افتتح المركز أمس. وبين المالكي أن المركز سيعمل على مدار الساعة طوال أيام الأسبوع.", "المركز سيعمل على مدار", "p:maliki"],
  ["the feminine, a document as subject",
    "نشرت الوزارة تقريرها السنوي. وبينت الدراسة أن نسبة البطالة انخفضت في جدة خلال العام الحالي.", "نسبة البطالة انخفضت", null],
  ["بين أن right after a clause of its own",
    "زار سعد الحربي المعرض في جدة، كما بين الحربي أن المعرض سيستمر حتى نهاية الشهر المقبل.", "المعرض سيستمر حتى نهاية", "p:harbi"],
];
for (const [rule, text, snippet, speaker] of EXPLAINED) {
  test(`qt15 بيّن: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS2));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    if (speaker) assert.equal(q.speaker, speaker);
  });
}
// [what the rule is, text]: no quote has a cue of بين
const BETWEEN: [string, string][] = [
  ["the preposition inside a clause",
    "وقال سعد الحربي إن المسافة بين جدة والطائف تقلصت بعد افتتاح الطريق الجديد، ولا سيما أن الطريق مزدوج."],
  ["بين X وبين Y: the second بين repeats the first",
    "وقال سعد الحربي إن هناك تنسيقا كاملا بيننا وبين بلدية جدة وأن المشروع سينتهي قريبا."],
  ["the preposition with a pronoun after a dash",
    "ضاقت المسافة -لحسن الحظ- بيننا والمدن المجاورة، ولذلك يسهل أن نزورها في يوم واحد."],
  ["a colon after the preposition's object",
    "اشتد التنافس بين المدينتين آنذاك: جدة والطائف، ها هو يعود من جديد هذا الصيف."],
];
for (const [rule, text] of BETWEEN) {
  test(`qt15 بيّن: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS2));
    assert.deepEqual(qs.filter((x) => /^و?بين/.test(x.cue)).map((x) => [x.cue, x.text]), []);
  });
}

test("qt15 بيّن: the preposition after a closing quotation mark opens no quote", () => {
  const text = "وقال سعد الحربي إن الطريق \"يستخدمه السكان للتنقل\" بين المدينتين، وإغلاقه \"سيجعل الرحلة أطول بكثير من قبل\".";
  const qs = findQuotes(makeDoc(text, ENTS2));
  assert.deepEqual(qs.filter((x) => /^و?بين/.test(x.cue)).map((x) => [x.cue, x.text]), []);
});
