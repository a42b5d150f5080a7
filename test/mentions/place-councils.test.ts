// A weak-headed organization named with a place word right after its head (مجلس محافظة X, مجلس
// مدينة X) stands although the tagger names none of its words (mentions/model-mentions.ts
// ofAPlace); without the place word the tagger's silence still drops it. An empty toy model tags
// every word O. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { LABELS } from "../../src/mentions/model/features.ts";
import { modelFromFile } from "../../src/mentions/model/tagger.ts";
import { RES } from "./fixture.ts";

const L = LABELS.length;
const model = modelFromFile({ version: 1, labels: [...LABELS], trans: new Array((L + 1) * L).fill(0), feats: {} }, "toy");
const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, { ...RES, model }).filter((m) => m.type === "ORG").map((m) => m.text);

test("a council of a place named with its place word stands against the tagger", () => {
  assert.deepEqual(orgs("وقال رئيس مجلس مدينة الزهراء إن الوضع مستقر."), ["مجلس مدينة الزهراء"]);
});

test("a weak-headed name without a place word still yields to the tagger", () => {
  assert.deepEqual(orgs("وقال رئيس مجلس الزهراء العريق إن الوضع مستقر."), []);
});
