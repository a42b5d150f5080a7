// Bodies named by a definite head and two relational adjectives of one gender, with no
// لـ-complement (nisba-orgs.ts, branch org14): "الأكاديمية البحرية الملكية" is one ORG; one
// adjective ("الهيئة الإقليمية"), adjectives of two genders, or a head followed by a clause is not.
// Runs the shipped lexicons, KB and model on sentences written for this test (invented bodies).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("a definite head and two relational adjectives name a body", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, organizations that must be found, spans that must not be organizations]
    ["وتخرجت الدفعة الأولى من الأكاديمية البحرية الملكية في حفل أقيم صباح أمس.", ["الأكاديمية البحرية الملكية"], []],
    ["وأعلن الحزب الزراعي الموريتاني مقاطعته للانتخابات المقبلة.", ["الحزب الزراعي الموريتاني"], []],
    ["وقال رئيس الجمعية الفلكية الأردنية إن الهلال لن يرى مساء اليوم.", ["الجمعية الفلكية الأردنية"], []],
    // ك of a list's example: "كالأكاديمية …" (the span starts after it)
    ["وتخرجوا من معاهد عليا، كالكلية البحرية الملكية، في العام الماضي.", ["الكلية البحرية الملكية"], []],
    ["وأكدت الهيئة الإقليمية أنها سترسل فريقا إلى المنطقة.", [], ["الهيئة الإقليمية"]],
    ["وقالت الهيئة الجديدة الإقليمية إن العمل بدأ.", [], ["الهيئة الجديدة الإقليمية"]],
  ];
  for (const [text, want, not] of cases) {
    const got = orgs(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("adjectives of two genders do not run on together", () => {
  // "الجمعية الخيرية" + a masculine adjective of something else: the run stops at the change
  const got = orgs("وزار وفد الجمعية الخيرية الوطني المستشفى أمس.");
  assert.ok(!got.includes("الجمعية الخيرية الوطني"), JSON.stringify(got));
});
