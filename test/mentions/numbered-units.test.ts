// Military units named by their figure (mentions/numbered-units.ts; ner-cues.tsv numbered_unit,
// unit_kind): the head and the figure, and the kind words after it. A rank before a name and a
// figure that counts are no unit. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES } from "./fixture.ts";
import { normalize } from "../../src/text/normalize.ts";

const lex = buildLexicons({
  titles: [{ title: "اللواء", kind: "military", implies_type: "PERSON" }],
  firstNames: [{ name: "سالم" }],
  orgHeads: [],
  cues: [
    ...["في", "من", "إن", "نحو"].map((word) => ({ word, role: "stop" })),
    ...["لواء", "فرقة"].map((word) => ({ word, role: "numbered_unit" })),
    ...["مدرع", "مشاة", "ميكا"].map((word) => ({ word, role: "unit_kind" })),
  ],
});
const res = { gaz: buildGazetteer(ENTRIES), lex };
const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).filter((m) => m.type === "ORG").map((m) => `${m.text}|${m.key === normalize(m.key) ? "" : "raw:"}${m.key}`);

test("a unit head before a figure is a unit, with the kind words after the figure", () => {
  assert.deepEqual(orgs("وتقدم اللواء 47 مدرع نحو الساحل."), [`اللواء 47 مدرع|${normalize("اللواء 47 مدرع")}`]);
  assert.deepEqual(orgs("وقال قائد لواء 212 مشاة ميكا إن الموقع سقط."), [`لواء 212 مشاة ميكا|${normalize("لواء 212 مشاة ميكا")}`]);
  assert.deepEqual(orgs("وهاجم المسلحون مقر الفرقة 18 ليلا."), [`الفرقة 18|${normalize("الفرقة 18")}`]);
});

test("the key restores the article of a fused لل", () => {
  assert.deepEqual(orgs("وصلت الذخيرة للفرقة 18 ليلا."), [`للفرقة 18|${normalize("الفرقة 18")}`]);
});

test("a rank before a name, a head without a figure, a long figure are no unit", () => {
  assert.deepEqual(orgs("وقال اللواء سالم الحربي إن الموقع سقط."), []);
  assert.deepEqual(orgs("وتقدمت فرقة من الجنود نحو الساحل."), []);
  assert.deepEqual(orgs("وتقدم لواء 123456 نحو الساحل."), []);
});
