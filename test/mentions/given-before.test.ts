// A given name the lexicon lacks, between a reporting verb and a name that starts with a known
// given name, is that person's own (person-patterns.ts givenBefore): "وأضاف رضوان سالم الحربي" is
// one person, not سالم الحربي. A definite word, a title or an office there is not. Runs the rules
// alone on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("the unknown word between a reporting verb and a given name is a given name", () => {
  const cases: [string, string[], string[]][] = [
    ["وأضاف شمسان محمد الحربي أن الوضع تحسن كثيرا.", ["شمسان محمد الحربي"], ["محمد الحربي"]],
    ["وقال المواطن محمد الحربي إن المياه انقطعت.", ["محمد الحربي"], ["المواطن محمد الحربي"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

// A nisba family name without ال after a given name that is no ordinary word is the family name
// (words.ts personNameEnd): "ليلى حلبي", "محمد هندي"; after one that is also a word ("طالب سعودي",
// a Saudi student) it stays the country's adjective.
test("an indefinite nationality adjective after a given name is a family name", () => {
  const cases: [string, string[], string[]][] = [
    ["وشاركت نوال مصري في تقديم البرنامج الصباحي.", ["نوال مصري"], []],
    ["وقال طالب سعودي إن الدراسة في الخارج صعبة.", [], ["طالب سعودي"]],
  ];
  for (const [text, want, not] of cases) {
    const got = persons(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
