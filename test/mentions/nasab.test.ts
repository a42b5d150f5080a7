// A person's name runs on over its descent whatever found it (src/mentions/nasab.ts): بن joins two
// names of one person; ابن does only before a given name ("ابن عمه" is a cousin), and a name by
// its kunya alone ("ابن سينا") takes no word before it. Runs the shipped lexicons, KB and model on
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a person's name runs on over بن and its name; not over a cousin or before a kunya", () => {
  const cases: [string, string[]][] = [
    ["تولى علي بن أبي طالب الخلافة بعد عثمان.", ["علي بن أبي طالب", "عثمان"]],
    ["وقاد الجيش خالد بن الوليد في تلك المعركة.", ["خالد بن الوليد"]],
    ["وكان زيد ابن عمه يسكن معه.", ["زيد"]],
    ["وترك ابن سينا كتبا كثيرة ثم مات ابن سينا فجأة.", ["ابن سينا", "ابن سينا"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
});
