// Coreference turns a bare repeat of a person's last name word into a mention only when that word
// looks like a proper name: not a lexicon word, a number or month word, a definite feminine
// noun/adjective, or a form the tagger weighs as outside names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import type { NerModel } from "../../src/mentions/model/tagger.ts";
import { looksLikeName } from "../../src/entities/name-like.ts";
import { normalize } from "../../src/text/normalize.ts";

const lex = buildLexicons({
  titles: [{ title: "الرئيس", kind: "office", implies_type: "PERSON" }],
  orgHeads: [{ head: "مجلس", type: "ORG" }],
  cues: [{ word: "بسبب", role: "stop" }, { word: "الجنوبية", role: "generic_place" }],
});
// weights per label O, B-PERS, I-PERS (the rest unused here)
const w = (o: number, b: number, i: number) => Float32Array.from([o, b, i, 0, 0, 0, 0, 0, 0]);
const weights = new Map([["0|w:" + normalize("منصب"), w(1.4, 0, -0.8)], ["0|w:" + normalize("خليفة"), w(0.5, -0.5, 0)],
  ["0|w:" + normalize("حمزة"), w(-3, 0, 3)]]);
const model = { weights, weightOf: (name: string) => weights.get(name) } as unknown as NerModel;
const counts = new Set(["عشر", "صفر"].map(normalize));

const table: [string, boolean][] = [
  ["مسعد", true],      // unknown to every list: a family name
  ["الشريف", true],
  ["الزياني", true],
  ["حمزة", true],      // the tagger knows it as a name
  ["خليفة", true],     // name and word; the tagger's lean is too weak to say ordinary
  ["منصب", false],     // the tagger saw it outside names
  ["صفر", false],      // month word
  ["عشر", false],      // number word (بنديكت السادس عشر)
  ["الأخيرة", false],  // definite feminine adjective
  ["الثانية", false],
  ["الجنوبية", false], // generic place word
  ["بسبب", false],     // stop word
  ["الرئيس", false],   // title
  ["مجلس", false],     // organization head
  ["عن", false],       // too short
];
for (const [word, expected] of table) {
  test(`entities: looksLikeName(${word}) is ${expected}`, () => assert.equal(looksLikeName(normalize(word), lex, model, counts), expected));
}

test("entities: without a model only the lists and the word's shape decide", () => {
  assert.equal(looksLikeName(normalize("منصب"), lex, null, counts), true);
  assert.equal(looksLikeName(normalize("الأخيرة"), lex, null, counts), false);
});
