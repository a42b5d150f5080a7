// The relaying outlet (via) on sentences written for these tests (not copied from any corpus):
// markers that relay only through a medium, platforms a phrase implies, "جاء ذلك" sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:paper", type: "ORG" as const, forms: ["النهار"] },
  { id: "o:twitter", type: "ORG" as const, forms: ["تويتر"] },
];

// [text, the speaker and via of the quote holding `snippet`]
const CASES: [string, string, string | null, string | null][] = [
  // a verb of relaying names its outlet when a medium follows it, not an issuer
  ["وقال كريم سالم في بيان بثه تلفزيون النهار إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", "o:paper"],
  ["وقال كريم سالم في بيان نشرته وزارة الزراعة إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", null],
  // a tweet is relayed by Twitter when the document names it
  ["نشر كريم سالم صورا للميناء على تويتر صباح اليوم.\nوقال سالم في تغريدة إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", "o:twitter"],
  ["وقال كريم سالم في تغريدة إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", null],
  // the speaker's description names his medium, or a bare ل does
  ["وقال كريم سالم، المحرر في صحيفة النهار، إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", "o:paper"],
  ["وقال كريم سالم لـ«تلفزيون النهار» إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", "o:paper"],
  ["وقال كريم سالم، المستشار في وزارة الزراعة، إن الميناء سيفتح الأسبوع المقبل.", "الميناء سيفتح", "p:karim", null],
  // "جاء ذلك": the next sentence says where the statement was made
  ["وقال كريم سالم إن الميناء سيفتح الأسبوع المقبل. وجاء ذلك في تصريحات لصحيفة النهار مساء أمس.", "الميناء سيفتح", "p:karim", "o:paper"],
  ["وقال كريم سالم إن الميناء سيفتح الأسبوع المقبل. وجاء الإعلان بعد تصريحات لصحيفة النهار.", "الميناء سيفتح", "p:karim", null],
];

for (const [text, snippet, speaker, via] of CASES) {
  test(`via: ${text.slice(0, 50)}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, speaker);
    assert.equal(q.via, via);
  });
}

// a title in construct names the person the text introduced with it
const PEOPLE = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:laila", type: "PERSON" as const, forms: ["ليلى حداد", "حداد"] },
  { id: "p:omar", type: "PERSON" as const, forms: ["عمر ناصر"] },
];
const TITLES: [string, string, string | null][] = [
  ["التقى وزير الزراعة كريم سالم بالمزارعين. وقالت ليلى حداد إن الموسم جيد. وأكد وزير الزراعة أن الأسعار ستنخفض قريبا.", "الأسعار ستنخفض", "p:karim"],
  // two holders of one title: the adjective tells them apart
  ["التقى وزير الخارجية الأردني كريم سالم وزير الخارجية المصري عمر ناصر. وقال وزير الخارجية الأردني إن اللقاء كان مثمرا جدا.", "اللقاء كان مثمرا", "p:karim"],
  // the title's own holder follows it
  ["التقى وزير الزراعة كريم سالم بالمزارعين. وقال وزير الزراعة السابق عمر ناصر إن الموسم كان صعبا جدا.", "الموسم كان صعبا", "p:omar"],
  // a noun with a pronoun is no title: "زوجته السابقة" is the object
  ["انفصل كريم سالم عن زوجته السابقة ليلى حداد العام الماضي. وقال كريم سالم إن المال اختفى من حسابه، ثم اتهم زوجته السابقة بأنها أخفت المال عنه.", "أخفت المال", "p:karim"],
];
for (const [text, snippet, speaker] of TITLES) {
  test(`construct title: ${text.slice(0, 50)}`, () => {
    const q = findQuotes(makeDoc(text, PEOPLE)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}

