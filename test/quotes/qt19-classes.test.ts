// Quote classes of session 19 (branch qt19). Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "o:league", type: "ORG" as const, forms: ["رابطة المزارعين"] },
  { id: "g:oman", type: "GPE" as const, forms: ["سلطنة عمان"] },
];

// the verbs of condemnation are verbs of saying, as the verbs of praise (أشاد، رحب) and their participles are
// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["أدان takes its content as the object",
    "وأدانت رابطة المزارعين بشدة حرق المحاصيل في القرى الشمالية ليلة الجمعة.", "حرق المحاصيل في القرى", "o:league"],
  ["ندد takes its content after ب",
    "ونددت سلطنة عمان بالاعتداء على قوارب الصيد قرب الساحل الجنوبي.", "بالاعتداء على قوارب الصيد", "g:oman"],
  ["استنكر with its subject a person",
    "واستنكر كريم سالم قطع المياه عن الحقول طوال أسبوع كامل دون إنذار.", "قطع المياه عن الحقول", "p:karim"],
  ["شجب as استنكر",
    "وشجبت هدى ناصر إغلاق السوق الشعبي أمام الباعة الصغار في المدينة.", "إغلاق السوق الشعبي", "p:huda"],
  ["أثنى takes its content after على, as أشاد after ب",
    "وأثنى كريم سالم على جهود المتطوعين في تنظيف الشاطئ بعد العاصفة.", "على جهود المتطوعين", "p:karim"],
  ["ألمح takes its content after إلى",
    "وألمحت هدى ناصر إلى أنها لن تترشح للدورة المقبلة في انتخابات الرابطة.", "لن تترشح للدورة المقبلة", "p:huda"],
  ["لمح without its hamza, through إلى",
    "ولمح كريم سالم إلى احتمال تأجيل موسم الحصاد أسبوعين بسبب الأمطار.", "احتمال تأجيل موسم الحصاد", "p:karim"],
  ["انتقد takes its content as the object",
    "وانتقدت رابطة المزارعين تأخر صرف التعويضات عن خسائر الموسم الماضي.", "تأخر صرف التعويضات", "o:league"],
  // a cue joined by و right after another cue ("يستنكر ويشجب") is one doublet: the reported clause goes on through it
  ["a doublet of verbs inside a reported clause does not end it",
    "وقال كريم سالم إن المزارعين يستنكرون ويشجبون رفع أسعار البذور في الموسم الجديد.", "يستنكرون ويشجبون رفع أسعار البذور", "p:karim"],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`qt19: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

// [what the rule is, text, a cue word that must open no quote]
const NOT_A_CUE: [string, string, string][] = [
  ["a court that convicts (أدان is also to find guilty) makes no statement",
    "وأدانت المحكمة كريم سالم بتهمة تزوير عقود الأراضي الزراعية العام الماضي.", "أدانت"],
  // (a court named before the verb, "وكانت المحكمة أدانت X بتهمة", is not covered: the rows need the court after it)
  ["a court named as a body convicts too",
    "وأدانت محكمة الاستئناف هدى ناصر بتهمة الاحتيال على صغار المزارعين.", "وأدانت"],
  ["the imperfect يثني is as often 'deters': only the perfect أثنى is a cue",
    "ولا يثني ارتفاع الأسعار كريم سالم عن شراء البذور المستوردة كل عام.", "يثني"],
  ["bare لمح is 'glimpsed': no إلى or أن, no statement",
    "ولمح كريم سالم سيارة الإسعاف وهي تعبر الجسر بسرعة كبيرة قبل الغروب.", "لمح"],
  ["the verbal noun with a possessive after ل (لإدانتهم) is no verb",
    "وأفرجت السلطات عن اثنين لعدم ثبوت إدانتهم، وأبقت على كريم سالم لإدانتهم بسرقة المعدات الزراعية.", "إدانتهم"],
];
for (const [rule, text, word] of NOT_A_CUE) {
  test(`qt19 not a cue: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(!qs.some((q) => q.cue.includes(word)), `no quote with cue ${word} (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
  });
}

// two parties joined by و right after the verb, the content opening right after the second (joint-subject.ts)
// [what the rule is, text, snippet, the speakers of the quotes holding it]
const JOINT: [string, string, string, string[]][] = [
  ["two bodies before a preposition each condemn",
    "ونددت سلطنة عمان ورابطة المزارعين أمس بإحراق مخازن الحبوب في الميناء.", "بإحراق مخازن الحبوب", ["g:oman", "o:league"]],
  ["two persons before a complementizer each say it",
    "وقال كريم سالم وهدى ناصر إن موسم القطن سيتأخر هذا العام بسبب البرد.", "موسم القطن سيتأخر", ["p:karim", "p:huda"]],
  ["a verb that takes an object: the pair before بأن is its object",
    "واتهم كريم سالم رابطة المزارعين وسلطنة عمان بأنهما أخفتا أرقام المحصول الحقيقية.", "أخفتا أرقام المحصول", ["p:karim"]],
  ["a person and a body are no pair",
    "وأعلن كريم سالم ورابطة المزارعين تضم اليوم ألف عضو أن الحملة ستبدأ غدا في القرى.", "الحملة ستبدأ", ["p:karim"]],
];
for (const [rule, text, snippet, speakers] of JOINT) {
  test(`qt19 joint subject: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS)).filter((x) => x.text.includes(snippet));
    assert.deepEqual(qs.map((q) => q.speaker).sort(), [...speakers].sort(), JSON.stringify(qs.map((x) => [x.speaker, x.cue, x.text])));
  });
}
