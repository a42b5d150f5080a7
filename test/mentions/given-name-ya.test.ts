// "علي" (Ali) and "على" (on) fold to one word, and the fold is a stop word that ends every name
// run. Written with final ي the Saudi press means the name (word-classes.ts writtenYa): after a
// title, inside a run, after بن. A person pattern after a title that starts with a known given name
// stands even where the tagger tags nothing (model-mentions.ts titledGiven). Runs the shipped
// lexicons, KB and model on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a given name written with ي is a name, not the preposition على", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, persons that must be found, spans that must not be persons]
    ["وصرح القنصل علي المنصوري للصحفيين بأن الوفد وصل صباح اليوم.", ["علي المنصوري"], []],
    ["وأصيب الشاب سعيد علي الغامدي بجروح طفيفة في الحادث.", ["سعيد علي الغامدي"], ["سعيد"]],
    ["وحضر الحفل المهندس خالد بن علي العمري وعدد من المسؤولين.", ["خالد بن علي العمري"], ["خالد بن علي"]],
    ["وكان لزاما علي أن أعود إلى المدينة قبل المساء.", [], ["علي"]],
    ["ووقع الاختيار على المدرب سالم وعلى مساعده في الفريق.", [], ["سالم وعلى"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

// The other side of the fold: given names spelled with final ى (عيسى، مصطفى، ليلى) are names when
// written so; only علي written ى is the preposition (lexicons.ts maqsuraNames). The rules alone
// (no tagger) must find them.
const rulePersons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "PERSON").map((m) => m.text);
test("a given name spelled with ى is a name when written so", () => {
  const cases: [string, string[]][] = [
    ["وأكد مدير الجمعية - يحيى الشمراني: أن التسجيل مفتوح للجميع.", ["يحيى الشمراني"]],
    ["وشاركت في الندوة سلمى عبدالرحيم إلى جانب زملائها.", ["سلمى عبدالرحيم"]],
  ];
  for (const [text, want] of cases) {
    const got = rulePersons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
  }
});
