// A coalition named with the state that leads it names that state too (src/entities/leader-places.ts,
// leader_word in ner-cues.tsv), and the coalition stays one organization. Shipped KB, lexicons and
// model; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function entities(text: string) {
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as ReturnType<typeof findMentions> };
  doc.mentions = findMentions(doc);
  return linkEntities(doc);
}
const ofType = (text: string, types: string[]) => entities(text).filter((e) => types.includes(e.type)).map((e) => e.mentions.map((m) => m.text).join("|"));

test("the leading state inside a coalition's name is an entity", () => {
  const cases: [string, string[]][] = [
    ["وأشاد الوزير بجهود التحالف بقيادة المملكة العربية السعودية في استعادة الشرعية.", ["المملكة العربية السعودية"]],
    ["وقصفت قوات التحالف بقيادة السعودية مخازن للسلاح قرب المطار.", ["السعودية"]],
    ["وشن التحالف الذي تقوده الولايات المتحدة غارات جديدة على مواقع التنظيم.", ["الولايات المتحدة"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(ofType(text, ["GPE"]), want, text);
});

test("the coalition stays one organization, and the state joins its other mentions", () => {
  const text = "وزار الوزير السعودية أمس. وأشاد بجهود التحالف بقيادة السعودية في المنطقة.";
  assert.deepEqual(ofType(text, ["GPE"]), ["السعودية|السعودية"]);
  assert.deepEqual(ofType(text, ["ORG"]), ["التحالف بقيادة السعودية"]);
});

test("no leader word, no state: a body's name alone", () => {
  assert.deepEqual(ofType("وأعلنت قيادة التحالف انتهاء العملية.", ["GPE"]), []);
});
