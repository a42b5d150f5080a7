// Quote finder behaviour on sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:laila", type: "PERSON" as const, forms: ["ليلى حداد", "حداد"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:agency", type: "ORG" as const, forms: ["النهار"] },
  { id: "o:center", type: "ORG" as const, forms: ["مركز الدراسات الساحلية"] },
];

// [text, expected first quote: speaker, cue, a snippet of the content, direct, via, stance]
const CASES: [string, string | null, string, string, boolean, string | null, string][] = [
  ["قال الوزير كريم سالم إن المحصول سيرتفع هذا العام بنسبة كبيرة.", "p:karim", "قال", "المحصول سيرتفع هذا العام", false, null, "asserted"],
  ["كريم سالم قال إن الأمطار تأخرت كثيرا هذا الموسم.", "p:karim", "قال", "الأمطار تأخرت كثيرا", false, null, "asserted"],
  ["وقالت ليلى حداد، الباحثة في مركز الدراسات الساحلية، إن منسوب البحر يرتفع ببطء.", "p:laila", "وقالت", "منسوب البحر يرتفع ببطء", false, null, "asserted"],
  ["وأكدت ليلى حداد: «لن نقبل بأي تأخير في تسليم المشروع».", "p:laila", "وأكدت", "لن نقبل بأي تأخير", true, null, "asserted"],
  ["وقال كريم سالم في تصريحات لصحيفة النهار إن الموسم كان جيدا جدا.", "p:karim", "وقال", "الموسم كان جيدا جدا", false, "o:agency", "asserted"],
  ["ونفت وزارة الزراعة أن تكون المحاصيل قد تضررت من الجفاف.", "o:ministry", "ونفت", "المحاصيل قد تضررت من الجفاف", false, null, "denied"],
  ["وزعم كريم سالم أن الشركة أخفت نتائج الفحص عن المزارعين.", "p:karim", "وزعم", "الشركة أخفت نتائج الفحص", false, null, "alleged"],
  ["وأشار كريم سالم إلى أن الأسعار ستنخفض خلال الشهر المقبل.", "p:karim", "وأشار", "الأسعار ستنخفض خلال الشهر", false, null, "asserted"],
  ["وبحسب ليلى حداد، فإن المياه الجوفية تتراجع كل عام.", "p:laila", "وبحسب", "المياه الجوفية تتراجع كل عام", false, null, "asserted"],
  ["وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.", null, "وقال", "الاجتماع تأجل إلى الأسبوع", false, null, "asserted"],
];

for (const [text, speaker, cue, snippet, direct, via, stance] of CASES) {
  test(`quote: ${text.slice(0, 40)}`, () => {
    const q = findQuotes(makeDoc(text, ENTS))[0];
    assert.ok(q, "a quote is found");
    assert.equal(q.speaker, speaker);
    assert.equal(q.cue, cue);
    assert.ok(q.text.includes(snippet), `content "${q.text}" holds "${snippet}"`);
    assert.equal(q.direct, direct);
    assert.equal(q.via, via);
    assert.equal(q.stance, stance);
    assert.equal(text.slice(q.start, q.end), q.text);
  });
}

test("وأضاف without a subject continues the last named speaker", () => {
  const qs = findQuotes(makeDoc("الإنتاج يتضاعف\nقال كريم سالم إن الإنتاج تضاعف مرتين.\nوأضاف أن التصدير سيبدأ في الربيع المقبل.", ENTS));
  assert.equal(qs.length, 2);
  assert.equal(qs[1].speaker, "p:karim");
  assert.ok(qs[1].text.includes("التصدير سيبدأ"));
});

test("a participle (مشيرا) gives a second quote by the same speaker", () => {
  const qs = findQuotes(makeDoc("قالت ليلى حداد إن الميناء سيفتح قريبا، مشيرة إلى أن العمال عادوا إلى أعمالهم.", ENTS));
  assert.equal(qs.length, 2);
  assert.equal(qs[1].speaker, "p:laila");
  assert.ok(qs[0].text.includes("الميناء سيفتح") && !qs[0].text.includes("العمال"));
});

test("a direct quotation runs across sentences", () => {
  const qs = findQuotes(makeDoc("وقال كريم سالم: «وصلت الشحنة الأولى صباح اليوم. وننتظر الثانية قبل نهاية الشهر».", ENTS));
  assert.equal(qs[0].direct, true);
  assert.ok(qs[0].text.includes("وننتظر الثانية"));
});

test("short quoted names are not speech", () => {
  const qs = findQuotes(makeDoc("وأضاف \"سالم\"، في حديث لصحيفة النهار، أن الحصاد بدأ مبكرا هذا العام.", ENTS));
  assert.equal(qs[0].speaker, "p:karim");
  assert.equal(qs[0].via, "o:agency");
});

test("a cue word that is a place's name or inside a longer name is no cue; one a name ends on stands", () => {
  const ents = [
    ...ENTS,
    { id: "g:aden", type: "GPE" as const, forms: ["عدن"] },
    { id: "g:sanaa", type: "GPE" as const, forms: ["صنعاء"] },
    { id: "p:talib", type: "PERSON" as const, forms: ["علي بن أبي طالب رضي"] },
    { id: "p:wrong", type: "PERSON" as const, forms: ["حداد قائلا"] }, // a recognizer that ran into the verb
  ];
  // "وعدن" reads as the verb وعد (+ن): the content must run on past it to the end of the clause
  let qs = findQuotes(makeDoc("وقال كريم سالم إن الحكومة ستعود إلى صنعاء وعدن قريبا بعد تحريرهما.", ents));
  assert.equal(qs.length, 1);
  assert.ok(qs[0].text.includes("صنعاء وعدن قريبا"), qs[0].text);
  // طالب inside a name is no "demanded"
  qs = findQuotes(makeDoc("زار الوفد مسجد علي بن أبي طالب رضي الله عنه في المدينة القديمة يوم أمس.", ents));
  assert.equal(qs.length, 0, JSON.stringify(qs));
  // the cue a wrong name ends on still opens the quotation
  qs = findQuotes(makeDoc("ورد ليلى حداد قائلا: «لن نوقع على أي اتفاق قبل مراجعته كاملا».", ents));
  assert.equal(qs.length, 1);
  assert.ok(qs[0].text.includes("لن نوقع على أي اتفاق"));
});
