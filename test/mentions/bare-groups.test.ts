// A group the KB files under تنظيم, named by its bare word with no tagger reading behind it, is the
// group when set off by marks or joined by و to a KB militant group (bare-groups.ts, branch org17);
// the same word as a base or a rule stays no name. Shipped data and model, on sentences written for
// this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const qaeda = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.kbId === "wd:Q34490").map((m) => m.start);

test("bare القاعدة: the group on a mark, the base or the rule otherwise", () => {
  const cases: [string, number[]][] = [
    // [text, starts of the al-Qaeda mentions]
    ["وقال الباحث إن الحكومة تساهلت مع (القاعدة) في الجنوب سنوات.", [34]],
    ["وأضاف أن معاقل طالبان والقاعدة تقع على الحدود الجبلية.", [23]],
    ["وقال الخبير إن القاعدة و\"داعش\" تتنافسان على المجندين.", [15]],
    ["وتقع القاعدة العسكرية قرب الساحل منذ عقود.", []],
    ["وقال قائد القاعدة إن الجنود بخير بعد الهجوم.", []],
    ["وأكد المهندس أن (القاعدة العسكرية) محصنة جيدا.", []],
    ["وتنطبق هذه القاعدة على جميع الموظفين الجدد.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(qaeda(text), want, text);
});

test("a bare group word described by a definite word is no group", () => {
  const isis = (text: string) =>
    findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.kbId === "wd:Q2429253" && m.text === "الدولة").length;
  assert.equal(isis("وتجدد القتال أمس بين مقاتلي حزب العمال الكردستاني والدولة التركية قرب الحدود."), 0);
});
