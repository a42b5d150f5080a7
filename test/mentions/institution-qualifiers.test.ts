// A definite institution and a nationality adjective name that country's institution; one
// qualifier may stand between them (institution_qualifier: "الإذاعة العامة الإسرائيلية",
// "التلفزيون الرسمي السوري"), and after an office a two-word institution is still named ("رئيس
// البنك المركزي الإيراني"), while a one-word one is the office's ("وزير الدفاع العراقي").
// Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("institutions with a qualifier, and after an office", () => {
  const cases: [string, string[]][] = [
    ["بث التلفزيون الرسمي السوري صورا للانفجار مساء أمس.", ["التلفزيون الرسمي السوري"]],
    ["أعلن محافظ البنك المركزي المصري خفض الفائدة.", ["البنك المركزي المصري"]],
    ["التقى وزير الدفاع العراقي نظيره الأمريكي أمس.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});
