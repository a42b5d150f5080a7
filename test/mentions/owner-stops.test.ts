// "التابع/التابعة لـ" (belonging to) ends a name (stop rows of ner-cues.tsv, geo14): the mountain or
// the college is named before it, its owner after it is a name of its own. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("a name ends before التابع/التابعة", () => {
  const cases: [string, string[]][] = [
    ["وقصفت الطائرات جبل المقطر التابع لمحافظة إب أمس.", ["LOC:جبل المقطر", "GPE:محافظة إب"]],
    ["وتخرج الطلاب من كلية الأمير سلطان الصناعية التابعة للمؤسسة العامة للتدريب.", ["ORG:كلية الأمير سلطان الصناعية"]],
  ];
  for (const [text, want] of cases) {
    const ms = found(text);
    for (const w of want) assert.ok(ms.includes(w), `${text}: ${ms.join(", ")}`);
    assert.ok(!ms.some((m) => m.includes("التابع")), `${text}: ${ms.join(", ")}`);
  }
});
