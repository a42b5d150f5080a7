// The subject slot of a verb of saying names its speaker (src/mentions/speaker-names.ts): a name no
// list holds is proposed there when the words end on a comma, a title, أن or a preposition, and no
// word of it is an ordinary word, a title or a closed-class word; a title before one word, or an
// institution noun before it (an ORG), is evidence too. And three rules of the quote finder that
// the new speakers need: a long description of the speaker does not push the preposition out of
// reach (names count as one word), a participle ends the content of "according to X", and the
// participles of verbs already listed (معبرا، مشيدا، متسائلا) are cues. Sentences written for
// these tests, from no corpus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const named = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).map((m) => `${m.type} ${m.text}`);

// [what, text, mentions wanted, mentions that must not be there]
const SLOTS: [string, string, string[], string[]][] = [
  ["a foreign name before a comma and a role", "وقال زيلفينو تراكسلر، المتحدث باسم المصرف، إن الأسعار سترتفع.", ["PERSON زيلفينو تراكسلر"], []],
  ["a foreign name before a title", "أعرب زيلفينو تراكسلر حاكم المصرف الوطني عن قلقه من التضخم.", ["PERSON زيلفينو تراكسلر"], []],
  ["the family name alone, after the full name, and its bare repeat",
    "أعرب زيلفينو تراكسلر حاكم المصرف الوطني عن قلقه. وقال تراكسلر في مقابلة إن الأسعار سترتفع. وبحسب تراكسلر فإن النمو بطيء.",
    ["PERSON زيلفينو تراكسلر", "PERSON تراكسلر"], []],
  ["a title, then one word closed by a quotation", "ويقول الرقيب صقر «لن نترك مواقعنا أبدا».", ["PERSON صقر"], []],
  ["an institution noun heads a body's name", "وقالت شرطة كوبرسبيرغ في بيان إن الحادث وقع ليلا.", ["ORG شرطة كوبرسبيرغ"], ["PERSON كوبرسبيرغ"]],
  ["an object of ordinary words is no name", "وأكد حرص المملكة على دعم الاستقرار في المنطقة.", [], ["PERSON حرص"]],
  ["an addressee after ل is no name", "وقالت لوالديها إنها بخير وستعود قريبا.", [], ["PERSON لوالديها"]],
  ["an adjective after a verb of judging is no name", "وكان هذا الشرط يعد تعجيزيا، وأن القلة قادرة عليه.", [], ["PERSON تعجيزيا"]],
  ["a verb of describing takes its object in the slot", "ووصف كوبرسبيرغ بأنه أجمل مدن الشمال.", [], ["PERSON كوبرسبيرغ"]],
  ["an adverb after a title is no name", "وقال الوزير مجددا: «الأسعار ستنخفض».", [], ["PERSON مجددا"]],
  ["an institution noun and definite words closed hard name a body",
    "وقالت قيادة اللواء البحري الثالث في بيان إن السفينة وصلت إلى الميناء.", ["ORG قيادة اللواء البحري الثالث"], []],
  ["a time phrase after the body is not part of its name",
    "وأعلن مجلس الأمناء العام الماضي أنه سيبني مدرسة جديدة.", [], ["ORG مجلس الأمناء العام الماضي"]],
  ["a second noun after the body's noun is not its name",
    "وقالت قيادة الحملة الشركة في بيان إن العمل سيستمر.", [], ["ORG قيادة الحملة الشركة"]],
  ["a word with a pronoun after a title is no name",
    "وقال الخبير رأيه، ثم غادر القاعة مسرعا.", [], ["PERSON رأيه"]],
  ["after قد the subject stood before the verb: the words after it are its object",
    "وكان كوبرسبيرغ قد طالب فيلدهاوزن، رئيس البلدية، بالاستقالة من منصبه.", [], ["PERSON فيلدهاوزن"]],
];

for (const [what, text, want, not] of SLOTS) {
  test(`speaker slot: ${what}`, () => {
    const got = named(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  });
}

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس المزارعين الأردني"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة والمياه والري"] },
];

// [what, text, snippet, cue the quote has, speaker]
const QUOTES: [string, string, string, string, string][] = [
  ["a long description of the speaker, names counting one word, before the preposition",
    "أعرب كريم سالم رئيس لجنة مجلس المزارعين الأردني ومستشار وزارة الزراعة والمياه والري السابق عن أمله في زيادة المحصول.",
    "أمله في زيادة المحصول", "أعرب", "p:karim"],
  ["a participle ends the content of according-to and opens its own", "وبحسب كريم سالم فإن الموسم جيد جدا، معبرا عن قلقه من نقص المياه في الصيف.",
    "قلقه من نقص المياه", "معبرا", "p:karim"],
  ["the participle of أشاد is a cue", "وقال كريم سالم إن الموسم جيد، مشيدا بجهود المزارعين في الجنوب.", "بجهود المزارعين", "مشيدا", "p:karim"],
  ["the participle of تساءل is a cue", "وانتقد كريم سالم القرار متسائلا: كيف نزرع بلا ماء في هذا الصيف؟", "كيف نزرع بلا ماء", "متسائلا", "p:karim"],
];

for (const [what, text, snippet, cue, speaker] of QUOTES) {
  test(`speaker slot quotes: ${what}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet) && x.cue === cue);
    assert.ok(q, `a quote by "${cue}" holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

test("speaker slot quotes: according-to content stops before the participle", () => {
  const qs = findQuotes(makeDoc("وبحسب كريم سالم فإن الموسم جيد جدا، معبرا عن قلقه من نقص المياه في الصيف.", ENTS));
  const q = qs.find((x) => x.text.includes("الموسم جيد"));
  assert.ok(q && !q.text.includes("معبرا"), JSON.stringify(qs.map((x) => [x.cue, x.text])));
});

// Round 9, general rules of who speaks and where the words end (speakers.ts, find-quotes.ts).
const ENTS9 = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "p:tomas", type: "PERSON" as const, forms: ["هالستروم"] },
  { id: "p:yusuf", type: "PERSON" as const, forms: ["يوسف الخالدي"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن"] },
];

// [what, text, snippet, speaker (null: unnamed or none)]
const WHO: [string, string, string, string | null][] = [
  ["a name right before أن is the subject, not the start of the object",
    "أكد استشاري الجراحة بالمستشفى الدكتور كريم سالم أن معظم الإصابات في الرأس.", "معظم الإصابات في الرأس", "p:karim"],
  ["a masculine verb does not continue a country; the man who spoke before it does",
    "وقال كريم سالم إن المطر غزير هذا العام. وأعلنت الأردن أنها ستبني سدا جديدا. ويؤكد أن الموسم سيكون جيدا جدا.", "الموسم سيكون جيدا", "p:karim"],
  ["a feminine verb does not continue a man introduced by a masculine verb",
    "وقال هالستروم إن الأسعار سترتفع كثيرا. وأضافت أن الحكومة ستتدخل قريبا.", "الحكومة ستتدخل", null],
  ["a title a few words before the name is the one a later definite subject repeats",
    "أعلن وزير الزراعة الأردني السابق يوسف الخالدي استقالته. وقال كريم سالم إن القرار مفاجئ. وأوضح الوزير في مقاله أن السبب صحي وعائلي بحت.", "السبب صحي", "p:yusuf"],
];

for (const [what, text, snippet, speaker] of WHO) {
  test(`round 9: ${what}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS9));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}

test("round 9: a quoted phrase that opens the reported clause is followed by the rest of the clause", () => {
  const qs = findQuotes(makeDoc("وأوضح كريم سالم أن «نقص المياه في الصيف» كان سببا رئيسيا في الخسائر.", ENTS9));
  const q = qs.find((x) => x.text.includes("كان سببا رئيسيا"));
  assert.ok(q, JSON.stringify(qs.map((x) => [x.cue, x.text])));
  assert.equal(q.direct, false);
});

test("round 9: a name closing the quotation is described after it, not continued", () => {
  const qs = findQuotes(makeDoc("وأضاف كريم سالم أن «الناس عادوا إلى أعمالهم في الأردن» أكبر دول المنطقة.", ENTS9));
  const q = qs.find((x) => x.text.includes("الناس عادوا"));
  assert.ok(q && !q.text.includes("أكبر دول") && q.direct, JSON.stringify(qs.map((x) => [x.cue, x.text, x.direct])));
});

test("round 9: a question word opens what تساءل reports", () => {
  const qs = findQuotes(makeDoc("وتساءل كريم سالم عن سبب تأخر صرف التعويضات للمزارعين.", ENTS9));
  const q = qs.find((x) => x.text.includes("سبب تأخر صرف"));
  assert.ok(q, JSON.stringify(qs.map((x) => [x.cue, x.text])));
  assert.equal(q.speaker, "p:karim");
});

test("round 9: a woman opening the sentence before a feminine cue with no subject speaks", () => {
  const ents = [{ id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] }, { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر"] }];
  const qs = findQuotes(makeDoc("وقال كريم سالم إن المطر غزير هذا العام. وشاركت هدى ناصر في افتتاح المعرض الزراعي. وقالت إن المعرض سيستمر أسبوعا كاملا.", ents));
  const q = qs.find((x) => x.text.includes("المعرض سيستمر"));
  assert.ok(q, JSON.stringify(qs.map((x) => [x.cue, x.text])));
  assert.equal(q.speaker, "p:huda");
});

test("round 9: a framed word right after a definite subject no entity names opens the content", () => {
  const qs = findQuotes(makeDoc("وقال كريم سالم إن الموسم جيد. ثم يتساءل الكاتب إذا كانت الحكومة تعرف أن الأمطار لن تكفي المزارعين هذا العام.", ENTS9));
  const q = qs.find((x) => x.cue === "يتساءل");
  assert.ok(q && q.text.includes("كانت الحكومة تعرف"), JSON.stringify(qs.map((x) => [x.cue, x.text])));
});

test("round 9: باسم after a spokesman is no framed preposition", () => {
  const qs = findQuotes(makeDoc("صرح المتحدث باسم وزارة الزراعة كريم سالم بأن المحصول وفير هذا العام.", ENTS9));
  const q = qs.find((x) => x.text.includes("المحصول وفير"));
  assert.ok(q && !q.text.includes("باسم"), JSON.stringify(qs.map((x) => [x.cue, x.text])));
});
