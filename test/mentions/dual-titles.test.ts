// A dual title (titles.tsv: وزيرا، الرئيسان، الزعيمان) introduces the first of two persons like a
// singular one: "وزيرا الصحة بدر X" names بدر X, a given name that is also a word ("full moon")
// and needs a title before it. Rules alone, sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a dual title names the person after it", () => {
  const cases: [string, string[]][] = [
    ["وكان في استقبال الوفد وزيرا الصحة بدر باسلمة، والمالية عبده الحريري.", ["بدر باسلمة"]],
    ["وأكد الزعيمان الليبي أمل زقلام ونظيره أن الحوار مستمر.", ["أمل زقلام"]],
  ];
  for (const [text, want] of cases) for (const w of want) assert.ok(persons(text).includes(w), `${text}: ${JSON.stringify(persons(text))}`);
});

test("a dual title with no name after it names no one", () => {
  assert.deepEqual(persons("وبحث وزيرا العمل والتعليم خلال اجتماعهما الخطة الجديدة."), []);
});
