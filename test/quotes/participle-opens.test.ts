// A participle form mid-clause that is a noun or an adjective ("بإشراف ومتابعة الوزير"، "حضورا
// لافتا") does not cut the statement it stands in; a participle that opens its own content still
// does. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر"] },
];

// [what the rule is, text, words the first quote must hold]
const GOES_ON: [string, string, string][] = [
  ["the verbal noun ومتابعة after a noun",
    "وقال كريم سالم إن المشروع يسير بإشراف ومتابعة مباشرة من مدير البلدية في المحافظة.", "ومتابعة مباشرة من مدير البلدية"],
  ["the verbal noun متابعة after a preposition",
    "وأوضح كريم سالم أن الفرق الميدانية ستعمل على متابعة الأسواق الشعبية طوال الشهر.", "متابعة الأسواق الشعبية"],
  ["the verbal noun with a pronoun",
    "وأكدت هدى ناصر أن النجاح جاء بدعم المحافظ ومتابعته المستمرة للحملة الصحية في القرى.", "ومتابعته المستمرة للحملة"],
  ["لافتا as an adjective after an indefinite noun",
    "وقال كريم سالم إن المعرض شهد حضورا لافتا في يومه الأول من طلاب الجامعات.", "حضورا لافتا في يومه الأول"],
  ["مشددا as an adjective before a comma",
    "وقال كريم سالم إن الشرطة فرضت طوقا مشددا، ومنعت السيارات من دخول السوق القديم.", "ومنعت السيارات من دخول"],
];

for (const [rule, text, words] of GOES_ON) {
  test(`participle-opens: ${rule} goes on with the statement`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(qs.length > 0, "a quote is found");
    assert.ok(qs[0].text.includes(words), `the first quote holds "${words}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
  });
}

// [what the rule is, text, words the first quote must not hold, words a second quote holds]
const CUTS: [string, string, string, string][] = [
  ["a participle with its complementizer",
    "وقال كريم سالم إن الطريق سيفتح الأسبوع المقبل مضيفا أن أعمال الإنارة انتهت أمس.", "أعمال الإنارة", "أعمال الإنارة انتهت"],
  ["a participle with its framed preposition right after it",
    "وقال كريم سالم إن الحملة نجحت في أسبوعها الأول لافتا إلى مشاركة مئات المتطوعين من الأحياء.", "مشاركة مئات", "مشاركة مئات المتطوعين"],
  ["a participle that takes an object",
    "وأكدت هدى ناصر أن المدارس جاهزة للعام الجديد مؤكدة أهمية التزام الأسر بمواعيد الدوام.", "أهمية التزام", "أهمية التزام الأسر"],
  ["the feminine participle متابعة with its complementizer",
    "وقالت هدى ناصر إن المستشفى استقبل المصابين كلهم متابعة أن حالتهم مستقرة الآن.", "حالتهم مستقرة", "حالتهم مستقرة الآن"],
];

for (const [rule, text, not, second] of CUTS) {
  test(`participle-opens: ${rule} ends the statement before it`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(qs.length >= 2, `two quotes (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.ok(!qs[0].text.includes(not), `the first quote stops before "${not}"`);
    assert.ok(qs[1].text.includes(second));
  });
}
