// A title that is also a family name (title_surname in ner-cues.tsv: الحاج، الشيخ، الملا …) right
// after a person's given name, before no other name, is the family name (title-surnames.ts, words.ts
// personNameEnd); before a name it still opens that name. Shipped lexicons and tagger; sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a title after a given name, before no name, is the family name", () => {
  const cases: [string, string][] = [
    ["وأشار قائد الكتيبة العقيد الركن يوسف الحاج إلى أن الهجوم صد.", "يوسف الحاج"],
    ["وعبر هشام الشيخ عن سعادته بالجائزة.", "هشام الشيخ"],
    ["وأوضح مدير الفرع المهندس طارق الملا، أن العمل مستمر.", "طارق الملا"],
    ["وقال عمرو الشيخ إن الفريق جاهز للمباراة.", "عمرو الشيخ"], // a stop word after it is no name
  ];
  for (const [text, name] of cases) {
    const found = persons(text);
    assert.ok(found.includes(name), `${text} ${JSON.stringify(found)}`);
  }
});

test("a title before a name still opens that name", () => {
  const found = persons("وأم المصلين الشيخ عبدالرحمن السديس في المسجد.");
  assert.ok(found.some((p) => p.includes("عبدالرحمن السديس")), JSON.stringify(found));
  assert.ok(!found.includes("المصلين الشيخ"), JSON.stringify(found));
});
