// Female given names first-names.tsv lacked (entname25 rows): a woman named by given and family name
// is a person; a name that is also an ordinary word (also_word: عالية "high") is no person alone.
// The shipped lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

const cases: [string, string[], string][] = [
  ["وقالت لمياء الشهراني إن المعرض يفتح أبوابه غدا.", ["لمياء الشهراني"], "a given name with a family name"],
  ["وترى الباحثة مليكة بن سالم أن الدراسة ناقصة.", ["مليكة بن سالم"], "a given name after a title"],
  ["قالت المتحدثة باسم الهيئة، راضية بوشناقي، إن العمل مستمر.", ["راضية بوشناقي"], "a name that is also a word, set off after its role"],
  ["وسجلت المدينة نسبة عالية من الأمطار هذا العام.", [], "عالية after a noun is an adjective"],
  ["وأصبح الهاتف وسيلة التواصل الأولى بين الشباب.", [], "وسيلة is a word"],
];

for (const [text, want, why] of cases) {
  test(`female given names: ${why}`, () => {
    assert.deepEqual(persons(text), want);
  });
}
