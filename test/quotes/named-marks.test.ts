// A short quotation right before the complementizer is a name, not the words said (named-marks.ts);
// a complementizer carrying a pronoun opens the content even before كان (tokens.ts isAn).
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:hala", type: "PERSON" as const, forms: ["هالة منير", "منير"] },
  { id: "o:salam", type: "ORG" as const, forms: ["جمعية السلام الأهلية"] },
];
const show = (qs: ReturnType<typeof findQuotes>) => JSON.stringify(qs.map((x) => [x.speaker, x.direct, x.text]));

const opensAfter: [string, string, string, string][] = [
  ["a forum's name in marks, a comma, then إن",
    "وقالت هالة منير في ندوة \"آفاق المياه العذبة\"، إن المخزون الجوفي يتراجع عاما بعد عام في القرى.", "p:hala", "المخزون الجوفي يتراجع"],
  ["a title and name in marks, then أن",
    "وأوضحت \"الباحثة هالة منير\" أن المخزون الجوفي يتراجع عاما بعد عام في القرى الجبلية.", "p:hala", "المخزون الجوفي يتراجع"],
  ["a journal's name in marks, then بأن",
    "وذكرت هالة منير في مقال نشرته مجلة \"دراسات المياه العربية\" بأن المخزون الجوفي يتراجع في القرى.", "p:hala", "المخزون الجوفي يتراجع"],
  ["a name in marks, then أن and a quotation",
    "وأكدت \"الباحثة هالة منير\" أن \"المخزون الجوفي يتراجع عاما بعد عام في القرى\".", "p:hala", "المخزون الجوفي يتراجع"],
];
for (const [name, s, who, start] of opensAfter) test(`named mark: ${name}`, () => {
  const qs = findQuotes(makeDoc(s, ENTS));
  assert.ok(qs.some((x) => x.speaker === who && x.text.replace(/^["«]?(بأن|أن|إن) /, "").replace(/^["«]/, "").startsWith(start)), show(qs));
  assert.ok(!qs.some((x) => /آفاق|الباحثة|دراسات/.test(x.text.slice(0, 12))), show(qs));
});

test("a quotation after a colon, then وأن: the quotation is the words said", () => {
  const qs = findQuotes(makeDoc("وقالت هالة منير: \"الوضع المائي صعب جدا في القرى\" وأن الجمعية ستعمل على معالجته قريبا.", ENTS));
  assert.ok(qs.some((x) => x.speaker === "p:hala" && x.direct && x.text.startsWith("الوضع المائي")), show(qs));
});

test("a long quotation before إن is not taken for a name", () => {
  const qs = findQuotes(makeDoc("وقالت هالة منير \"لن نترك القرى بلا ماء مهما طال الانتظار وكثرت العقبات\" إن الجمعية تعمل.", ENTS));
  assert.ok(qs.some((x) => x.speaker === "p:hala" && x.text.startsWith("لن نترك")), show(qs));
});

const pronounKana: [string, string, string][] = [
  ["إنها كانت", "وقالت جمعية السلام الأهلية إنها كانت تجري اتصالات مع السكان لتأمين المياه للقرى.", "o:salam"],
  ["أنها كانت", "وأكدت جمعية السلام الأهلية أنها كانت تجري اتصالات مع السكان لتأمين المياه للقرى.", "o:salam"],
  ["إنهم كانوا (no كان rule at all)", "وقالت هالة منير إنهم كانوا يجرون اتصالات مع السكان لتأمين المياه للقرى.", "p:hala"],
];
for (const [name, s, who] of pronounKana) test(`complementizer with a pronoun before كان: ${name}`, () => {
  const qs = findQuotes(makeDoc(s, ENTS));
  assert.ok(qs.some((x) => x.speaker === who && /اتصالات مع السكان/.test(x.text)), show(qs));
});

test("a bare وإن before كان is 'even if', no complementizer", () => {
  const qs = findQuotes(makeDoc("وستبقى الجمعية في القرى وإن كان الطريق إليها صعبا في الشتاء الطويل.", ENTS));
  assert.equal(qs.length, 0, show(qs));
});
