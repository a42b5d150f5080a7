// The noun a number counts is no name (mentions/model-mentions.ts afterCount): a tagger that learned
// a currency as a club ("ريال" of ريال مدريد) names it after a figure or a number word; the
// count words are numbers.tsv's number and approx forms and ner-cues.tsv's count_word. A toy model
// (hand-set weights) names the words of these sentences, written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { LABELS } from "../../src/mentions/model/features.ts";
import { modelFromFile, type ModelFile } from "../../src/mentions/model/tagger.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { RES } from "./fixture.ts";

const L = LABELS.length;
function toy(feats: Record<string, string>): ModelFile {
  const f: Record<string, number[]> = {};
  for (const [name, label] of Object.entries(feats)) { const v = new Array(L).fill(0); v[LABELS.indexOf(label as (typeof LABELS)[number])] = 5; f[name] = v; }
  return { version: 1, labels: [...LABELS], trans: new Array((L + 1) * L).fill(0), feats: f };
}
const lex = buildLexicons({
  titles: [], firstNames: [{ name: "فاروق" }], orgHeads: [], // (a given name: the lone word is also an ordinary one, ordinary-tagger-persons.ts)
  cues: [...["في", "من"].map((word) => ({ word, role: "stop" })), { word: "مليار", role: "count_word" }],
  numbers: [{ form: "ألف", kind: "number" }, { form: "عشرات", kind: "approx" }, { form: "جندي", kind: "unit" }],
});
const model = modelFromFile(toy({ "0|w:دينار": "B-ORG", "0|w:زمالك": "B-ORG", "0|w:فاروق": "B-PERS", "0|w:وفاروق": "B-PERS" }), "toy");
const names = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, { ...RES, lex, model }).map((m) => `${m.type}:${m.text}`);

test("a name the tagger alone finds right after a figure or a count word is the counted noun", () => {
  assert.deepEqual(names("وبلغت الكلفة 45 دينار في العام."), []);
  assert.deepEqual(names("وبلغت الكلفة خمسة ألف دينار في العام."), []);
  assert.deepEqual(names("وبلغت الكلفة 3 مليار دينار في العام."), []);
  assert.deepEqual(names("وبلغت الكلفة عشرات دينار في العام."), []);
});

test("the same word elsewhere, a unit word, a year, a glued figure or a conjunction leave the name", () => {
  assert.deepEqual(names("وفاز دينار على الفريق."), ["ORG:دينار"]);
  assert.deepEqual(names("وفاز في 2019 زمالك على الفريق."), ["ORG:زمالك"]);
  assert.deepEqual(names("وسجل د40 فاروق هدفا."), ["PERSON:فاروق"]);
  assert.deepEqual(names("وحضر 15 عضوا و فاروق معهم."), ["PERSON:فاروق"]);
  assert.deepEqual(names("وحضر ألف وفاروق معهم."), ["PERSON:فاروق"]);
  assert.deepEqual(names("وحضر جندي فاروق معهم."), ["PERSON:فاروق"]);
});

test("a repeat of a name after a count is the counted noun too", () => {
  assert.deepEqual(names("وفاز دينار على الفريق. ودفع 50 دينار ثمنا."), ["ORG:دينار"]);
});
