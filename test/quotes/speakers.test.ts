// Speaker, via and content rules of round 3, each on sentences written for these tests
// (not copied from any corpus): [text, the quote holding `snippet` has this speaker / via].
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:laila", type: "PERSON" as const, forms: ["ليلى حداد", "حداد"] },
  { id: "p:abdullah", type: "PERSON" as const, forms: ["عبدالله الثاني"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:paper", type: "ORG" as const, forms: ["النهار"] },
  { id: "o:tv", type: "ORG" as const, forms: ["التلفزيون الرسمي"] },
  { id: "o:falcons", type: "ORG" as const, forms: ["الصقور"] },
  { id: "o:center", type: "ORG" as const, forms: ["مركز الدراسات الساحلية"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن"] },
];

// [what the rule is, text (first line is the headline when there are several), snippet, speaker, via]
const CASES: [string, string, string, string | null, string | null][] = [
  ["the subject right after the verb speaks; a later person is its object",
    "حذرت وزارة الزراعة الوزير كريم سالم من أن الجفاف سيطول هذا العام.", "الجفاف سيطول", "o:ministry", null],
  ["a framed preposition after a quoted subject and its adjective opens the content",
    "وفي مارس الماضي، هدد تنظيم “الصقور” المتطرف بتنفيذ هجمات على السدود “خلال أيام قليلة جدا”.", "بتنفيذ هجمات على السدود", "o:falcons", null],
  ["an op-ed in a newspaper is relayed by that newspaper",
    "كتبت ليلى حداد افتتاحية في «النهار» قالت فيها إن الري بالتنقيط يوفر نصف المياه.", "الري بالتنقيط", "p:laila", "o:paper"],
  ["a statement broadcast by television is relayed by it",
    "وقال كريم سالم في بيان بثه التلفزيون الرسمي إن السدود امتلأت بمياه الأمطار.", "السدود امتلأت", "p:karim", "o:tv"],
  ["a definite title is followed by its holder's name",
    "وقال المتحدث باسم وزارة الزراعة كريم سالم إن الأمطار ستعود قريبا.", "الأمطار ستعود", "p:karim", null],
  ["a name after ل is spoken to, not speaking",
    "مياه الري\nقالت ليلى حداد إن السد امتلأ بالكامل.\nوقالت لكريم سالم إن الموسم انتهى مبكرا.", "الموسم انتهى مبكرا", "p:laila", null],
  ["a statement as subject continues its issuer",
    "بيان الزراعة\nقالت وزارة الزراعة إن المحاصيل بخير هذا العام.\nوأضاف البيان أن الأسعار ستستقر قريبا.", "الأسعار ستستقر", "o:ministry", null],
  ["a relative clause points back to its antecedent",
    "وأشار إلى خطاب كريم سالم الذي قال فيه إن المياه تكفي الجميع.", "المياه تكفي الجميع", "p:karim", null],
  ["the issuer of a report speaks through it",
    "وكان تقرير صادر عن مركز الدراسات الساحلية، حذر من أن البحر يرتفع بسرعة.", "البحر يرتفع بسرعة", "o:center", null],
  ["a coordinated verb continues the subject of its clause",
    "وبعد أن نشر كريم سالم صورا لمزرعة ليلى حداد وأشار إلى أن الموسم ممتاز هذا العام.", "الموسم ممتاز", "p:karim", null],
  ["a feminine verb without subject follows a newer actor of its gender",
    "الحقول\nقال كريم سالم إن السد امتلأ.\nدانت وزارة الزراعة الاعتداء على الحقول.\nوشددت على أن القانون سيطبق على الجميع.", "القانون سيطبق", "o:ministry", null],
  ["an outlet after 'according to' relays, it does not speak",
    "وشددت وزارة الزراعة وفقا لما نقلته صحيفة النهار على أن المخزون يكفي لعام كامل.", "المخزون يكفي", "o:ministry", "o:paper"],
  ["a country after a title stands for the title's holder",
    "زيارة\nاتصل الملك عبدالله الثاني بالوزير أمس.\nوعبر ملك الأردن عن أمله في انتهاء الأزمة قريبا.", "أمله في انتهاء", "p:abdullah", null],
  ["an opening mark never closed does not swallow the next quotation",
    "طالبت ليلى حداد بـ«خطة وطنية للمياه. وقال كريم سالم إن «الخطة جاهزة منذ شهور طويلة».", "الخطة جاهزة", "p:karim", null],
  ["a complementizer with ب stays in the content",
    "هدد كريم سالم بأن الشركة ستغلق أبوابها قريبا.", "بأن الشركة ستغلق", "p:karim", null],
];

for (const [rule, text, snippet, speaker, via] of CASES) {
  test(`speaker: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => x.text))})`);
    assert.equal(q.speaker, speaker);
    assert.equal(q.via, via);
    assert.equal(text.slice(q.start, q.end), q.text);
  });
}

test("a headline's verb of saying is not a quote", () => {
  const qs = findQuotes(makeDoc("وزارة الزراعة تحذر من جفاف طويل هذا العام\nقال كريم سالم إن الموسم جيد رغم قلة المطر.", ENTS));
  assert.deepEqual(qs.map((q) => q.speaker), ["p:karim"]);
});

test("a letter announced with 'الآتي نصها' is quoted paragraph by paragraph, up to its signature", () => {
  const text = [
    "رسالة إلى الوزارة",
    "صدر عن وزارة الزراعة بيان فيما يلي نصه:",
    "تلقت الوزارة رسالة من المهندسة ليلى حداد في رسالتها الآتي نصها:",
    "أكتب إليكم بشأن مشروع السد الذي تأخر تنفيذه أكثر من عامين كاملين رغم كل الوعود السابقة.",
    "ليلى حداد",
    "وبناء على ما سبق قررت الوزارة تشكيل لجنة فنية لمتابعة المشروع ورفع تقرير خلال شهر واحد.",
  ].join("\n");
  const qs = findQuotes(makeDoc(text, ENTS)).filter((q) => q.direct);
  assert.deepEqual(qs.map((q) => [q.speaker, q.text.slice(0, 12)]), [["p:laila", "أكتب إليكم ب"], ["o:ministry", "وبناء على ما"]]);
});

test("an idiom sharing a cue's words is not speech, and an unnamed organization does not inherit the last speaker", () => {
  const text = "أسواق\nقال كريم سالم إن الأسعار سترتفع قريبا.\nولفت أنظار الزوار إلى منتجات محلية كثيرة ومتنوعة في المعرض.\nوحذرت وكالات التصنيف من أن الديون تتزايد بسرعة كبيرة.";
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.ok(!qs.some((q) => q.text.includes("منتجات محلية")));
  const warn = qs.find((q) => q.text.includes("الديون تتزايد"));
  assert.ok(warn);
  assert.equal(warn.speaker, null);
});

test("a definite noun as subject names the actor who carried it as a title, not the last speaker", () => {
  const text = "الموسم الزراعي\nقال الوزير كريم سالم إن الموسم جيد هذا العام.\nوقالت ليلى حداد إن الأسعار سترتفع قليلا.\nوأضاف الوزير أن التصدير سيبدأ في الربيع المقبل.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("التصدير سيبدأ"));
  assert.equal(q?.speaker, "p:karim");
});

test("a verbal noun with a possessive (إشادتها) is not the verb أشادت", () => {
  const qs = findQuotes(makeDoc("وبدت إشادتها بالمزارعين في غير محلها بعد تراجع المحصول كثيرا.", ENTS));
  assert.equal(qs.length, 0);
});

test("an unnamed organization after the verb is its subject, not the start of the content", () => {
  const q = findQuotes(makeDoc("وأوضحت وكالة الأنباء المحلية الرسمية أن الجانبين بحثا مستجدات الأوضاع في المنطقة.", ENTS))[0];
  assert.equal(q.speaker, null);
  assert.ok(q.text.startsWith("الجانبين"), q.text);
});

test("via: a described outlet followed by its name relays through the name, and a participle keeps the outlet", () => {
  const ents = [...ENTS, { id: "o:desc", type: "ORG" as const, forms: ["وكالة أنباء الساحل"] }, { id: "o:wave", type: "ORG" as const, forms: ["الموجة"] }];
  const text = "وقال كريم سالم لوكالة أنباء الساحل “الموجة” إن الميناء سيفتح الأسبوع المقبل، مشيرا إلى أن السفن بدأت تصل تباعا.";
  const qs = findQuotes(makeDoc(text, ents));
  assert.deepEqual(qs.map((q) => [q.speaker, q.via]), [["p:karim", "o:wave"], ["p:karim", "o:wave"]]);
});
