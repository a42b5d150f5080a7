// A title's name run (person-patterns.ts, titledPersons) reads the words after a title as a new
// person's name. When the run would pass over a name already found and go on past it ("وزير
// خارجية روسيا لافروف", "حاكم منطقة خان آباد حياة الله"), those words are that name and what follows,
// not one person: the run stops before it. A name the run ends with is the person's KB family name
// and stays inside ("الأمين العام عبداللطيف بن راشد الزياني"), and a run from a given name is a
// name whatever KB pieces it holds. Runs the shipped lexicons, KB and model on sentences written
// for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a title's name run stops before a known name it would run past", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, persons that must be found, spans that must not be persons]
    ["والتقى وزير الخارجية السعودي ووزير خارجية روسيا لافروف في موسكو أمس.", ["لافروف"], ["خارجية روسيا لافروف"]],
    ["وأكد الأمين العام لمجلس التعاون عبداللطيف بن راشد الزياني أن المؤتمر ناجح.", ["عبداللطيف بن راشد الزياني"], []],
    ["وقرر المجلس تعيين المهندس محمد بن مبارك بن عبد الله الدوسري أمينا للمنطقة.", ["محمد بن مبارك بن عبد الله الدوسري"], ["بن مبارك"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
