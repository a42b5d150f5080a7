// A group in the subject slot right after a verb of saying (a sound masculine plural, a broken plural or
// a quantifier of unnamed-sources.tsv role "group") speaks for no named speaker: its statement is not
// given to the last speaker, and "وأضاف" after it does not reach back past it. Sentences written for
// these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:samer", type: "PERSON" as const, forms: ["سامر الخطيب", "الخطيب"] },
  { id: "p:nabil", type: "PERSON" as const, forms: ["نبيل حداد"] },
  { id: "o:tv", type: "ORG" as const, forms: ["التلفزيون الرسمي"] },
  { id: "g:yemen", type: "GPE" as const, forms: ["اليمن", "يمنيون", "اليمنيون"] },
];
const LEAD = "قال وزير الداخلية سامر الخطيب إن الحكومة ستدرس مطالب العمال قريبا. ";

// [what, sentence after LEAD, snippet of its quote]: the quote is given to no one
const GROUP: [string, string, string][] = [
  ["a definite sound plural", "ودعا المعتصمون الحكومة إلى صرف رواتبهم المتأخرة منذ أشهر.", "صرف رواتبهم"],
  ["a definite sound plural before أن", "واعتبر المحتجون أن القرار جائر ويمس حقوقهم الأساسية.", "القرار جائر"],
  ["an indefinite sound plural", "واستبعد مصرفيون أن توافق الشركة على بيع حصتها هذا العام.", "توافق الشركة"],
  ["a plural nationality", "ويقول يمنيون إن الحرب دمرت معظم المدارس في المدينة القديمة.", "الحرب دمرت"],
  ["a broken plural", "وأكد الأهالي أن الخدمات الصحية في القرية متدنية للغاية.", "الخدمات الصحية"],
  ["an indefinite broken plural", "وذكر علماء أن الصور الجديدة تظهر طبقات كثيفة من الغبار.", "الصور الجديدة"],
  ["a quantifier", "وقال عدد من المواطنين إن أسعار الخبز ارتفعت خلال الأسبوع الماضي.", "أسعار الخبز"],
  ["a quantifier before a framed preposition of a verb without object", "وعبر عدد من السياسيين عن ارتياحهم لإنجاز المشروع في موعده.", "ارتياحهم لإنجاز"],
];
for (const [what, s, snippet] of GROUP) {
  test(`group subject: ${what} speaks for no named speaker`, () => {
    const q = findQuotes(makeDoc(LEAD + s, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, null);
  });
}

test("group subject: وأضاف after a group does not reach back to the speaker before it", () => {
  const text = LEAD + "وقال المتظاهرون إن الشرطة أغلقت الطرق المؤدية إلى الساحة. وأضاف أن المحلات أغلقت أبوابها مبكرا.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("المحلات أغلقت"));
  assert.ok(q);
  assert.notEqual(q.speaker, "p:samer");
});

// [what, sentence after LEAD, snippet, speaker]: the rule must not fire
const NOT_GROUP: [string, string, string, string][] = [
  ["a singular in ون listed as such", "وأعلن التلفزيون الرسمي أن السوق أغلق. وقال التلفزيون إن الانفجار وقع قرب السوق المركزي.", "الانفجار وقع", "o:tv"],
  ["a subject before the verb: the plural after it is the object", "وكان نبيل حداد وعد الموظفين بأن الرواتب ستصرف قريبا. ونبيل حداد وعد المتقاعدون بأن الرواتب ستصرف قريبا.", "الرواتب ستصرف", "p:nabil"],
  ["a broken plural after a verb that takes an object before its preposition", "وحث أسر النزلاء على زيارة أبنائهم في العيد.", "زيارة أبنائهم", "p:samer"],
  ["a cue that ends on أن: the plural opens the content", "وبين أن عدد العمال المسجلين بلغ ألف عامل هذا العام.", "العمال المسجلين", "p:samer"],
  ["a named group after the verb speaks", "وقال نبيل حداد إن المعتصمين سيبقون في الساحة حتى الصباح.", "سيبقون في الساحة", "p:nabil"],
];
for (const [what, s, snippet, speaker] of NOT_GROUP) {
  test(`group subject: not for ${what}`, () => {
    const q = findQuotes(makeDoc(LEAD + s, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}

// "واعتبر عدد من أصحاب المكاتب أن": a group in the nominative after a verb that also takes an object is
// its subject, not its object: the statement is no one's named, not the last speaker's (find-quotes.ts)
test("a group subject after an object-taking verb speaks for no one named", () => {
  const text = "وارتفعت الأسعار في الأسواق الشعبية، حسب التلفزيون الرسمي. واعتبر عدد من أصحاب المحلات أن الارتفاع مؤقت وسينتهي مع بداية الموسم.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الارتفاع مؤقت"));
  assert.ok(q, "the quote is found");
  assert.equal(q.speaker, null);
  assert.ok(!q.text.includes("أصحاب المحلات"), "the subject is no part of the content");
});
