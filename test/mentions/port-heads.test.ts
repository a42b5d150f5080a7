// ميناء and مطار are name heads (ner-cues.tsv name_head): the one word after them is the
// facility's name even where the tagger tags nothing ("ميناء الزبيدية").
// Runs the shipped lexicons, KB and model on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const typed = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("the word after ميناء or مطار names the facility", () => {
  const cases: [string, string[]][] = [
    ["ورست السفينة في ميناء الزبيدية محملة بالمعدات.", ["FAC:ميناء الزبيدية"]],
  ];
  for (const [text, want] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
  }
});

// A facility named in quotation marks right after its head (model-mentions.ts quotedAfterHead)
// stands even where the tagger is sure of no name: the marks are the press's own evidence.
test("a quoted facility name after its head stands", () => {
  const cases: [string, string[]][] = [
    ["وأضرب عشرات الأسرى في سجن «جلبوع» منذ أسبوع.", ["FAC:جلبوع"]],
  ];
  for (const [text, want] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
  }
});
