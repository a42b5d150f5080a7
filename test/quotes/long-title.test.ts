// A person named after a long title ("وأوضح المدير الطبي في المستشفى التخصصي الأردني الدكتور X"): past
// five words after the verb only a person right after a title's last word (titles.tsv) is taken as the
// subject. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي العتوم"] },
  { id: "p:lina", type: "PERSON" as const, forms: ["لينا الخوري"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الصحة"] },
  { id: "o:paper", type: "ORG" as const, forms: ["النهار"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن", "الأردني", "الأردنية"] },
];

const CASES: [string, string, string, string | null][] = [
  ["a person after an honorific, seven words after the verb",
    "قالت لينا الخوري إن الموسم صعب. وأوضح المدير الطبي في المستشفى التخصصي الأردني الدكتور رامي العتوم، أن المستشفى استقبل ألف حالة هذا الأسبوع.", "المستشفى استقبل", "p:rami"],
  ["a person after a military rank, past an organization in the title",
    "وقال المتحدث الإعلامي للدفاع المدني في وزارة الصحة بالمنطقة الشمالية العقيد رامي العتوم إن الحريق أخمد بسرعة.", "الحريق أخمد", "p:rami"],
  ["a person right after the body a spokesman's title is of",
    "قالت لينا الخوري إن الموسم صعب. وأكد المتحدث الرسمي لوزارة الصحة رامي العتوم، في تصريح صحفي أن الحملة ستبدأ الأسبوع المقبل.", "الحملة ستبدأ", "p:rami"],
  ["a person after an outlet spoken to right after the verb",
    "قالت لينا الخوري إن الموسم صعب. وقال لـ«النهار» الدكتور رامي العتوم مدير المستشفى إن الحالات تراجعت كثيرا.", "الحالات تراجعت", "p:rami"],
  ["a document's issuer named right after it speaks",
    "قالت لينا الخوري إن الموسم صعب. وأكد البيان الصادر عن وزارة الصحة أن الحملة ستبدأ الأسبوع المقبل.", "الحملة ستبدأ", "o:ministry"],
  ["not a person after a title beyond thirteen words",
    "قالت لينا الخوري إن الموسم صعب. وأكد مدير الإدارة العامة للشؤون الصحية والطبية والوقائية في المنطقة الشمالية الغربية من الأردن الدكتور رامي العتوم أن المستشفى استقبل ألف حالة.", "المستشفى استقبل", null],
];
for (const [what, text, snippet, speaker] of CASES) {
  test(`long title: ${what}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(findQuotes(makeDoc(text, ENTS)).map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
