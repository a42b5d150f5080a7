// Quote classes of session 16 (branch qt16). Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "p:nabil", type: "PERSON" as const, forms: ["نبيل العمري"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  // a definite title phrase, then its holder's name set off by commas
  ["the holder named after a long title and a comma speaks",
    "وقال المدير العام لمكتب الزراعة والري بالمحافظة، نبيل العمري، في تصريحات صحفية إن الموسم سيكون وفيرا هذا العام.", "الموسم سيكون وفيرا", "p:nabil"],
  ["the holder after a title and a comma is carried by وأضاف",
    "وقال المدير العام لمكتب الزراعة والري بالمحافظة، نبيل العمري، إن الموسم سيكون وفيرا. وأضاف أن الأمطار كانت غزيرة في الشتاء الماضي.", "الأمطار كانت غزيرة", "p:nabil"],
  // new cue rows
  ["أردف goes on like أضاف",
    "قال كريم سالم إن الحصاد بدأ مبكرا هذا العام. وأردف أن الأسعار ستنخفض في الأسواق قريبا.", "الأسعار ستنخفض", "p:karim"],
  ["رأى with its subject before the complementizer",
    "ورأى نبيل العمري أن القرار الجديد سيخدم صغار المزارعين في القرى.", "القرار الجديد سيخدم", "p:nabil"],
  ["رأت, the feminine, after a comma",
    "وافتتحت المعرض هدى ناصر أمس، ورأت أن الإقبال فاق كل التوقعات في يومه الأول.", "الإقبال فاق كل التوقعات", "p:huda"],
  ["أمل with في before the complementizer",
    "وأمل كريم سالم في أن تنتهي أعمال الطريق الجديد قبل نهاية الصيف المقبل.", "تنتهي أعمال الطريق", "p:karim"],
  ["تمنى with a direct object",
    "وتمنى نبيل العمري التوفيق لجميع الطلاب المتقدمين للاختبارات النهائية هذا الأسبوع.", "التوفيق لجميع الطلاب", "p:nabil"],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`qt16: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

test("qt16: the name after an aside set off by commas is not the title's holder", () => {
  const text = "قال كريم سالم إن الموسم جيد. وأكد الوزير، خلال لقائه مدير مكتب الري، نبيل العمري، أن الدعم سيستمر للمزارعين.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الدعم سيستمر"));
  assert.notEqual(q?.speaker, "p:nabil");
});

// the nouns رأي "opinion" and أمل "hope" read as the verbs: only at a clause start with content close by
// [what the rule is, text, a cue word that must open no quote]
const NOT_A_CUE: [string, string, string][] = [
  ["رأي with a pronoun is the noun: in his opinion",
    "وقال كريم سالم إن الموسم جيد، ورأيه أن الأمطار ستعود في الخريف القادم.", "رأيه"],
  ["a hope far from any complementizer is no statement",
    "وأمل الأهالي كبير في موسم الأمطار القادم بعد سنوات طويلة من الجفاف الذي يعرف الجميع أن آثاره قاسية على القرى.", "وأمل"],
];
for (const [rule, text, word] of NOT_A_CUE) {
  test(`qt16 not a cue: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(!qs.some((q) => q.cue.includes(word)), `no quote with cue ${word} (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
  });
}

// a sentence that opens on a verb and a long title ending on the holder's name tells of him: a
// subjectless cue in the next sentence continues him (speakers.ts titledOpening, read by carry)
const TITLED: [string, string, string, string | null][] = [
  ["a subjectless وقال after a condemnation by a long-titled person",
    "استنكر رئيس المجلس البلدي في محافظة صبيا الشيخ نبيل العمري الهجوم على المسجد. وقال إن هذا العمل الجبان لن يزيد الأهالي إلا تماسكا.", "هذا العمل الجبان", "p:nabil"],
  ["a subjectless وأضاف after a visit by a long-titled person",
    "تفقد مدير عام فرع وزارة الزراعة في المنطقة الجنوبية المهندس نبيل العمري مزارع القرية أمس. وأضاف أن الموسم سيكون وفيرا هذا العام.", "الموسم سيكون وفيرا", "p:nabil"],
  ["a feminine cue does not continue the man of the opening",
    "استنكر رئيس المجلس البلدي في محافظة صبيا الشيخ نبيل العمري الهجوم على المسجد. وقالت إن هذا العمل الجبان لن يزيد الأهالي إلا تماسكا.", "هذا العمل الجبان", null],
  ["a name after an aside set off by commas is the opening verb's object, not its subject",
    "التقى وزير الزراعة، خلال زيارته للمنطقة الجنوبية، الشيخ نبيل العمري أمس. وقال إن هذا العمل الجبان لن يزيد الأهالي إلا تماسكا.", "هذا العمل الجبان", null],
];
for (const [rule, text, snippet, speaker] of TITLED) {
  test(`qt16 titled opening: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

// "…، أوضح ذلك المتحدث X": the statement before the cue is his, and the next cue goes on with him (said-that.ts)
const THAT: [string, string, string, string | null][] = [
  ["the clause before a mid-sentence cue with ذلك is the subject's",
    "أطفأت فرق الدفاع المدني حريقا شب في مستودع بحي الروضة مساء أمس، أوضح ذلك المتحدث الرسمي للدفاع المدني الرائد نبيل العمري.", "أطفأت فرق الدفاع المدني حريقا", "p:nabil"],
  ["the next subjectless cue goes on with him",
    "أطفأت فرق الدفاع المدني حريقا شب في مستودع بحي الروضة مساء أمس، أوضح ذلك المتحدث الرسمي للدفاع المدني الرائد نبيل العمري. وأشار إلى أن الحريق لم يخلف أي إصابات بين السكان.", "الحريق لم يخلف", "p:nabil"],
  ["a cue with ذلك opening its sentence points to the sentence before",
    "قال كريم سالم إن الموسم جيد. وتم افتتاح المعرض الزراعي الأول في المحافظة أمس بمشاركة خمسين شركة. وأعلن ذلك المدير العام نبيل العمري في مؤتمر صحفي.", "افتتاح المعرض الزراعي الأول", "p:nabil"],
];
for (const [rule, text, snippet, speaker] of THAT) {
  test(`qt16 said that: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

test("qt16 said that: ذلك before a common noun is a demonstrative, not the object", () => {
  const text = "قال كريم سالم إن الموسم جيد. وصدر قرار بإغلاق السوق القديم في وسط المدينة. ويعلن ذلك القرار من مبنى المحافظة بلسان نبيل العمري عن بدء أعمال الترميم.";
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.ok(!qs.some((q) => q.text.includes("بإغلاق السوق القديم")), JSON.stringify(qs.map((x) => [x.cue, x.text])));
});

// a relay "نقلت X عن <title> Y": the person the title leads to is the source, not the body in his title
const RELAYED: [string, string, string, string | null][] = [
  ["a spokeswoman named right after the body she speaks for",
    "ونقلت وكالة الأنباء الألمانية عن المتحدثة باسم وزارة الزراعة هدى ناصر قولها إن الحوار هو الطريق الوحيد للحل.", "الحوار هو الطريق", "p:huda"],
  ["a long title after عن ending on its holder's name",
    "ونقلت صحيفة الحياة عن مدير إدارة المرور في المدينة العميد كريم سالم أن الحوادث تراجعت كثيرا هذا العام.", "الحوادث تراجعت", "p:karim"],
  ["a spokesman with no name after the body: the body speaks",
    "ونقلت وكالة الأنباء الألمانية عن المتحدث باسم وزارة الزراعة قوله إن الأسعار ستنخفض في الأسواق قريبا.", "الأسعار ستنخفض", "o:ministry"],
];
for (const [rule, text, snippet, speaker] of RELAYED) {
  test(`qt16 relay: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
