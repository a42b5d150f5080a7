// The tagger's word features that normalization would otherwise hide (session 8): the written
// last letter (ى and ة, which normalize() folds to ي and ه) and membership of the form, or of its
// stem without ال, in the ordinary-word list (hunspell-ar's; here a small list of our own).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/text/analyze.ts";
import { wordFeatures, featureIndex, wordFeatureHits } from "../../src/mentions/model/features.ts";
import { loadLexicons } from "../../src/mentions/lexicons.ts";
import { RES } from "./fixture.ts";

// set before the first feature is computed: the list is read once, on first use
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-ordinary-"));
fs.writeFileSync(path.join(dir, "words.txt"), "# test list\nكتاب\nباحث\nمدرسه\n");
process.env.RASID_NER_ORDINARY = path.join(dir, "words.txt");

const featuresOf = (word: string) => new Set(wordFeatures(analyze(word).tokens[0], 0, RES, true));

test("word features: the written last letter and ordinary words", () => {
  const cases: [string, string[], string[]][] = [
    // [word, features it has, features it has not]
    ["على", ["ym"], ["tm"]], // the preposition, written with ى
    ["علي", [], ["ym", "tm"]], // the name, written with ي: the same normalized form
    ["مدرسة", ["tm", "od"], ["ym"]],
    ["كتابه", [], ["tm", "od"]], // a pronoun ه, not a ta marbuta
    ["باحث", ["od"], ["odb"]],
    ["الكتاب", ["al", "odb"], ["od"]], // the stem without ال is the ordinary word
    ["والكتاب", ["odb"], []],
    ["وكتاب", ["cod"], ["od"]], // after a proclitic
    ["زرافيتش", [], ["od", "odb", "cod", "ym", "tm"]], // a made-up foreign name
  ];
  for (const [word, has, hasNot] of cases) {
    const f = featuresOf(word);
    for (const x of has) assert.ok(f.has(x), `${word} has ${x}: ${[...f].join(" ")}`);
    for (const x of hasNot) assert.ok(!f.has(x), `${word} has not ${x}: ${[...f].join(" ")}`);
  }
});

test("wordFeatureHits finds the new features as wordFeatures names them", () => {
  const res = { ...RES, lex: loadLexicons() };
  const names = ["ym", "tm", "od", "cod", "odb", "w:علي", "w:علي", "al"];
  const byName = new Map(names.map((n, k) => [n, k] as const));
  const ix = featureIndex(byName)!;
  for (const t of analyze("على علي مدرسة كتابه باحث الكتاب والكتاب وكتاب زرافيتش").tokens) {
    const want = wordFeatures(t, 0, res, true).map((f) => byName.get(f)).filter((w) => w !== undefined);
    assert.deepEqual(wordFeatureHits(t, res, ix, []), want, t.text);
  }
});
