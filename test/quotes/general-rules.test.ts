// Who speaks and what is said, as general rules (round 7): places are not speakers when they are
// a noun's genitive, participles continue their sentence's speaker, unnamed nouns speak unnamed,
// verbs inside a reported clause are part of it. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:paper", type: "ORG" as const, forms: ["النهار"] },
  { id: "o:daily", type: "ORG" as const, forms: ["الصباح الأخضر الجديد"] },
  { id: "o:generic", type: "ORG" as const, forms: ["منظمة"] },
  { id: "o:falcons", type: "ORG" as const, forms: ["الصقور"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن", "أردنيين", "الأردنية"] },
  { id: "g:egypt", type: "GPE" as const, forms: ["مصر"] },
  { id: "g:aqaba", type: "GPE" as const, forms: ["العقبة"] },
];

// [what the rule is, text, snippet the quote holds, its speaker, its via]
const FOUND: [string, string, string, string | null, string | null][] = [
  ["a place after a common noun is its genitive; the subjectless verb continues the speaker",
    "قالت وزارة الزراعة إن المحصول وفير هذا العام، ووصفت علاقة الأردن بمصر بأنها ممتازة.", "علاقة الأردن بمصر بأنها ممتازة", "o:ministry", null],
  ["a participle takes its sentence's speaker, not the name after it (its object)",
    "دعا كريم سالم إلى ترشيد المياه، داعيا وزارة الزراعة إلى دعم المزارعين الصغار.", "دعم المزارعين الصغار", "p:karim", null],
  ["a subject before قد speaks; the name after the verb is its object",
    "وكان كريم سالم قد طالب وزارة الزراعة بزيادة الدعم للمزارعين.", "بزيادة الدعم", "p:karim", null],
  ["وصف reports the object with its description",
    "ووصف كريم سالم الموسم الزراعي بأنه الأفضل منذ عقد.", "الموسم الزراعي بأنه الأفضل", "p:karim", null],
  ["a verbal noun speaks through the name right after it",
    "وجاء ذلك ردا على تأكيد كريم سالم أن المياه لن تكفي الجميع.", "المياه لن تكفي", "p:karim", null],
  ["an interview with an adjective names its outlet",
    "وقال كريم سالم في حوار خاص مع «النهار» إن الأمطار ستعود قريبا.", "الأمطار ستعود", "p:karim", "o:paper"],
  ["a verb without a subject continues the outlet of its speaker's interview",
    "وأوضح كريم سالم في حوار خاص مع «النهار» أن الموسم جيد جدا.\nوأشار إلى أن الأسعار ستنخفض قريبا.", "الأسعار ستنخفض", "p:karim", "o:paper"],
  ["a generic head and then a name in quotation marks: the name speaks",
    "وبحسب منظمة «الصقور» الحقوقية، أحرقت عشرات المزارع منذ العام الماضي.", "أحرقت عشرات المزارع", "o:falcons", null],
  ["an unnamed spokesman speaks for the body he is named after",
    "وأمر الوزير بإغلاق السد الكبير، حسب متحدث باسم وزارة الزراعة.", "بإغلاق السد الكبير", "o:ministry", null],
  ["a name in quotation marks is a name, not the words said",
    "ونشرت صحيفة «الصباح الأخضر الجديد» أن الأسعار سترتفع الشهر المقبل.", "الأسعار سترتفع", "o:daily", null],
  ["quotation marks around the subject before the verb do not cut it off",
    "المتحدث باسم الوزارة \"كريم سالم\" أعلن أمس بدء موسم الحصاد في المزارع.", "بدء موسم الحصاد", "p:karim", null],
  ["a document's words are its issuer's",
    "قال كريم سالم إن الدعوة رسمية. وجاء في الدعوة: «نرحب بكم جميعا في المزرعة».", "نرحب بكم جميعا", "p:karim", null],
  ["a country after a government noun speaks",
    "وقالت حكومة الأردن إن المياه تكفي الجميع هذا الصيف.", "المياه تكفي", "g:jordan", null],
  ["a participle without its accusative ending is a noun: it does not end the content (مطالب)",
    "وشدد كريم سالم على أهمية تلبية مطالب المزارعين في الجنوب والشمال.", "تلبية مطالب المزارعين", "p:karim", null],
  ["قلل من: the preposition after it may carry ما",
    "وقلل كريم سالم مما اعتبره محاولات للتفرقة بين المزارعين في الجنوب.", "محاولات للتفرقة", "p:karim", null],
  ["a verb after لكنه opens a clause of its own even inside an earlier reported clause",
    "وقال كريم سالم إن المياه قليلة هذا العام لكنه أكد أيضا أن الآبار تكفي الجميع.", "الآبار تكفي", "p:karim", null],
  ["لفت الانتباه إلى أن reports speech; the verb inside it is part of the claim",
    "قال كريم سالم إن المياه قليلة.\nولفت الانتباه إلى أن زيارة مدينة العقبة كشفت عن مشاكل كبيرة في الميناء.", "زيارة مدينة العقبة كشفت", "p:karim", null],
  ["a country is no outlet (an agency's name missed leaves only its adjective)",
    "وقال كريم سالم لوكالة الأنباء الأردنية إن المطر كان غزيرا هذا العام.", "المطر كان غزيرا", "p:karim", null],
  ["a و-imperfect after أن + imperfect continues the demand",
    "وطالب كريم سالم كل مزارع أن يحمي أرضه ويصفها بأنها أمانة في عنقه.", "ويصفها بأنها أمانة", "p:karim", null],
];

for (const [rule, text, snippet, speaker, via] of FOUND) {
  test(`general rules: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
    assert.equal(q.via, via);
  });
}

// [what the rule is, text, a cue or snippet that must not make a quote with a named speaker]
const UNNAMED: [string, string, string][] = [
  ["a noun no entity names before the verb is its subject",
    "قال كريم سالم إن السد امتلأ. وتداولت الصحف تقارير تفيد بأن الأردن سيرفع أسعار المياه.", "سيرفع أسعار"],
  ["an unnamed subject right after an object pronoun's verb speaks, unnamed",
    "قال كريم سالم إن السد امتلأ. وانتشرت صوره على المواقع حيث وصفه كثيرون بأنه أجمل سدود المنطقة.", "بأنه أجمل سدود"],
  ["a plural verb continues no single speaker",
    "قال كريم سالم إن الموسم جيد. وأكدوا أن الأسعار ستنخفض قريبا جدا.", "الأسعار ستنخفض"],
  ["a place in construct before the verb is no subject",
    "مياه الجنوب\nوأوضح المهندس أن زيارة مدينة العقبة كشفت عن مشاكل كبيرة في الميناء.", "عن مشاكل كبيرة"],
  ["a plural nationality is people, not the country",
    "إلا أن أردنيين رفضوا القرار، مشيرين إلى أن الأسعار مرتفعة جدا.", "الأسعار مرتفعة"],
  ["a verb inside a reported clause is part of the claim",
    "وأكد كريم سالم أن الحكومة اعترفت بالخطأ في إدارة السدود.", "اعترفت"],
  ["a verb after ما with no subject points back",
    "ورفض كريم سالم ما وصفه بأنه تقصير كبير من الوزارة في الصيانة.", "وصفه"],
  ["a feminine participle agreeing with the noun before it is an adjective",
    "قال كريم سالم إن المزارع آمنة. وفرضت السلطات إجراءات مشددة على دخول المزارع الكبيرة.", "مشددة"],
  ["after كل the word is a noun",
    "قال كريم سالم إن الموسم جيد. ووجه كل طالب بالاستعداد للامتحانات المقبلة في الكلية.", "طالب"],
  ["a short paragraph without closing punctuation is a headline",
    "نشرة الأخبار\nقال كريم سالم إن السد امتلأ بالكامل هذا الأسبوع.\nالأردن يطالب بمياه إضافية للري\nوقال مسؤول إن الحصة لم تتغير هذا العام.", "بمياه إضافية"],
];

for (const [rule, text, what] of UNNAMED) {
  test(`general rules: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    // (one word: no quote on that cue; several: no quote holding them)
    const bad = qs.filter((x) => x.speaker !== null && (what.includes(" ") ? x.text.includes(what) : x.cue.includes(what)));
    assert.deepEqual(bad.map((x) => [x.speaker, x.cue, x.text]), []);
  });
}
