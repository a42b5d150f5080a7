// A settlement's name after a sure settlement cue whose first letter is also a proclitic (ب، ل، ف):
// "قرية برقوان", "حي لوميتا" are names, "بلدة بريف X", "قرية بالقرب", "قرية بأكملها", "قرية وأخرى" are
// phrases (mentions/settlement-names.ts letterInitialName); and a compound name's head with its next
// word ("بلدة بيت X", ner-cues.tsv compound_place_head). Rules alone (no tagger). Names and sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const places = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "GPE").map((m) => m.text);

const check = (cases: [string, string[], string[]][]) => {
  for (const [text, want, not] of cases) {
    const got = places(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((g) => g.startsWith(n)), `${text}: must not have ${n}…, got ${JSON.stringify(got)}`);
  }
};

test("a name in no dictionary that begins with ب، ل or ف after a sure settlement cue", () => {
  check([
    ["وداهمت القوات قرية برقوان الواقعة على التلال.", ["قرية برقوان"], []],
    ["وانهارت المنازل في حي لوميتا بعد الأمطار.", ["حي لوميتا"], []],
    ["ووصل النازحون إلى بلدة فيرانوك، وأقاموا في المدارس.", ["بلدة فيرانوك"], []],
  ]);
});

test("a proclitic's phrase after the cue is no name", () => {
  check([
    ["وقصفت الطائرات بلدة بريف إدلب ليلا.", [], ["بلدة بريف"]],
    ["وسقطت قذيفة على قرية بالقرب من الحدود.", [], ["قرية بالقرب"]],
    ["وهدم الاحتلال قرية بأكملها في الأغوار.", [], ["قرية بأكملها"]],
    ["ووصلت الخدمة إلى كل قرية وهجرة في المنطقة.", [], ["قرية وهجرة"]],
    ["وزار الوفد قرية بشمال البلاد.", [], ["قرية بشمال"]],
  ]);
});

test("a compound head takes its next word; alone, or cut by a word that goes on, it is no name", () => {
  check([
    ["واقتحم الجنود بلدة بيت زنافير فجرا.", ["بلدة بيت زنافير"], []],
    ["وتجمع الأهالي في حي بيت الوردان مساء.", ["حي بيت الوردان"], []],
    ["وفي قرية بيت أن الأهالي رحلوا.", [], ["قرية بيت"]],
    ["وتقع قرية لوميرا تاكسو قرب النهر.", [], ["قرية لوميرا"]],
  ]);
});
