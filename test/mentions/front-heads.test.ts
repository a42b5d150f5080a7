// A front named by its place ("جبهة الزبداني", "جبهة قاعدة العند") is where fighting is, no
// organization (front_head in ner-cues.tsv); a front named otherwise is a group ("جبهة النصرة",
// "جبهة التحرير الوطني"). Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("a front by its place is no organization", () => {
  const cases: [string, string[]][] = [
    ["واشتدت المعارك على جبهة الزبداني خلال الليل.", []],
    ["وتقدمت القوات على جبهة لحج أمس بعد قصف مدفعي.", []],
    ["وتقدم المقاتلون على جبهة قاعدة العند الجوية صباح اليوم.", []],
    ["وأعلنت جبهة النصرة مسؤوليتها عن الهجوم.", ["جبهة النصرة"]],
    ["وقال متحدث باسم جبهة التحرير الوطني إن الحزب سيشارك في الانتخابات.", ["جبهة التحرير الوطني"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});
