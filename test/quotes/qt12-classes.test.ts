// Quote classes of session 12 (branch qt12): participles that continue the speaker and open a new
// content, written in their accusative form alone (frame acc). Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن"] },
];

// [what the rule is, text, snippet one quote holds, a snippet the same quote must NOT hold (or ""), its speaker]
const SPLIT: [string, string, string, string, string | null][] = [
  ["مفيدا after a comma opens new content by the same speaker",
    "قال كريم سالم إن الموسم الزراعي جيد، مفيدا أن الأسعار ستنخفض في الخريف.", "الأسعار ستنخفض", "الموسم الزراعي جيد", "p:karim"],
  ["the content before مفيدا ends at it",
    "قال كريم سالم إن الموسم الزراعي جيد، مفيدا أن الأسعار ستنخفض في الخريف.", "الموسم الزراعي جيد", "الأسعار ستنخفض", "p:karim"],
  ["مقدرا with a direct object",
    "وأكد كريم سالم أن المحصول سيزيد هذا العام، مقدرا حجمه بنحو مليون طن.", "حجمه بنحو مليون طن", "المحصول سيزيد", "p:karim"],
  ["متوعدا with ب",
    "وهاجم كريم سالم تجار السوق السوداء في خطاب أمس، متوعدا بملاحقة كل من يرفع الأسعار.", "بملاحقة كل من يرفع", "", "p:karim"],
  ["مشترطا with a direct object",
    "وأعلنت وزارة الزراعة قبول العرض الجديد، مشترطا الوزير توقيع العقد قبل نهاية الشهر.", "توقيع العقد قبل نهاية الشهر", "قبول العرض", null],
  ["مستدركا after a comma",
    "وأوضح كريم سالم أن المياه تكفي الجميع هذا الصيف، مستدركا أن الآبار الجنوبية جفت.", "الآبار الجنوبية جفت", "المياه تكفي", "p:karim"],
  ["متمنيا with a direct object",
    "وقال كريم سالم إن الموسم الجديد بدأ، متمنيا للمزارعين محصولا وفيرا.", "للمزارعين محصولا وفيرا", "الموسم الجديد", "p:karim"],
];

for (const [rule, text, snippet, not, speaker] of SPLIT) {
  test(`qt12 participles: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    if (not) assert.ok(!q.text.includes(not), `the quote "${q.text}" stops before "${not}"`);
    if (speaker) assert.equal(q.speaker, speaker);
  });
}

// [what the rule is, text, a cue word that must open no quote]
const NOT_A_CUE: [string, string, string][] = [
  ["مذكرة is a memo, not the feminine of مذكرا",
    "وقدمت وزارة الزراعة مذكرة إلى البرلمان حول أسعار الأعلاف في الأردن.", "مذكرة"],
  ["مقترحات are proposals",
    "وناقش البرلمان مقترحات وزارة الزراعة بشأن دعم المزارعين في الأردن.", "مقترحات"],
  ["مفيدة is an adjective",
    "وقالت هدى ناصر إن الأمطار الأخيرة كانت مفيدة للمحاصيل في الأردن.", "مفيدة"],
];

for (const [rule, text, word] of NOT_A_CUE) {
  test(`qt12 participles: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.deepEqual(qs.filter((x) => x.cue.includes(word)).map((x) => [x.cue, x.text]), []);
  });
}

// [what the rule is, text, snippet, its speaker]
const CARRY: [string, string, string, string | null][] = [
  ["a person a later sentence tells of in a relative clause takes over from the last speaker",
    "قال كريم سالم إن المياه قليلة هذا العام.\nوعقدت الحكومة جلسة أمس برئاسة هدى ناصر، التي افتتحت الجلسة بكلمة قصيرة. وأعلنت أن الجفاف يضر بالمزارعين.", "الجفاف يضر", "p:huda"],
  ["a name with a preposition on it does not take over",
    "قال كريم سالم إن المياه قليلة هذا العام.\nوهذا الفن منسوب لهدى ناصر، التي رسمت اللوحة الأولى. وأضاف أن الجفاف يضر بالمزارعين.", "الجفاف يضر", "p:karim"],
];

for (const [rule, text, snippet, speaker] of CARRY) {
  test(`qt12 carry: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

// [what the rule is, text, snippet a quote holds (or "" for none), cue word, its speaker]
const CUES: [string, string, string, string, string | null][] = [
  ["وزاد with its content right after it adds to the speaker's words",
    "قال كريم سالم إن الموسم جيد. وزاد: «سنصدر القمح هذا العام».", "سنصدر القمح", "وزاد", "p:karim"],
  ["وزاد with no content close by is increase, no saying",
    "قال كريم سالم إن الموسم جيد.\nوزاد عدد المزارعين في الأردن إلى ألف مزارع بعد أن تحسنت الأسعار.", "", "وزاد", null],
  ["تحدث عن reports what was said of a subject",
    "وتحدث كريم سالم عن خطة جديدة لدعم المزارعين في الأردن.", "خطة جديدة لدعم", "وتحدث", "p:karim"],
];

for (const [rule, text, snippet, cue, speaker] of CUES) {
  test(`qt12 cues: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.cue === cue);
    if (!snippet) { assert.equal(q, undefined, `no quote on ${cue} (got ${JSON.stringify(q)})`); return; }
    assert.ok(q && q.text.includes(snippet), `a ${cue} quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

const ISSUER_INSIDE: [string, string, string, string | null][] = [
  ["a \"صادرة عن X\" inside an earlier quotation does not make X the issuer of the next cue",
    "قال كريم سالم إن الوضع صعب.. وأضاف: \"ألغيت القرارات الصادرة عن وزارة الزراعة الشهر الماضي\".. وشدد على الصبر قائلا: \"سنتجاوز الأزمة\"، وأضاف: \"إننا أبدينا مرونة كبيرة\".", "أبدينا مرونة", "p:karim"],
];
for (const [rule, text, snippet, speaker] of ISSUER_INSIDE) {
  test(`qt12 issuer: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

const ENTS_BODY = [
  { id: "o:parl", type: "ORG" as const, forms: ["مجلس النواب الأردني", "البرلمان الأردني"] },
  { id: "o:hawks", type: "ORG" as const, forms: ["ميليشيا الصقور"] },
];
test("qt12 definite subject: a head word before another body's name is not that body's (\"وحذر البرلمان X ميليشيا Y … وتعهد البرلمان\")", () => {
  const text = "قال مجلس النواب الأردني إنه يرفض الأحكام.\nوحذر البرلمان الأردني ميليشيا الصقور من تنفيذ الأحكام. وتعهد البرلمان بمحاسبة كل من يمس حريات المواطنين.";
  const qs = findQuotes(makeDoc(text, ENTS_BODY));
  const q = qs.find((x) => x.text.includes("بمحاسبة كل من"));
  assert.ok(q, `a quote holds the pledge (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
  assert.equal(q.speaker, "o:parl");
});
