// A country's airline is an institution with its nationality adjective (ner-cues.tsv institution
// rows الخطوط الجوية، الخطوط): "الخطوط الجوية التونسية" is one ORG, not Tunisia by its adjective;
// "الخطوط الحمراء" (red lines) is nothing. Runs the shipped lexicons, KB and model on sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const typed = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("الخطوط (الجوية) + a nationality adjective is the country's airline", () => {
  const cases: [string, string[], string[]][] = [
    ["وهبطت طائرة تابعة للخطوط الجوية التونسية في المطار مساء أمس.", ["ORG:للخطوط الجوية التونسية"], ["GPE:التونسية"]],
    ["وأعلنت الخطوط الأردنية تعليق رحلاتها مؤقتا.", ["ORG:الخطوط الأردنية"], []],
    ["وحذر الوزير من تجاوز الخطوط الحمراء في المفاوضات.", [], ["ORG:الخطوط الحمراء"]],
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
