// حسن + a definite verbal noun is «good …», no person (not_name rows in ner-cues.tsv); حسن + a family
// name is still a person. Shipped lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

test("حسن + a verbal noun names nobody", () => {
  const cases = [
    "وشكر الوفد مضيفيه على حسن الاستقبال في العاصمة.",
    "ومن حسن الحظ أن الحريق لم يمتد إلى المخازن.",
    "ودعا لهم بالرحمة وحسن الخاتمة.",
  ];
  for (const text of cases) assert.deepEqual(persons(text), [], text);
});

test("حسن + a family name is still a person", () => {
  const found = persons("وقال حسن الزهراني إن المشروع اكتمل.");
  assert.ok(found.includes("حسن الزهراني"), JSON.stringify(found));
});
