// The tagger's per-word features (round 3: affixes of one to four letters, letter trigrams of the
// stem, a nisba ending on a definite stem) and a merge rule: a word that only ever continues a
// compound given name (والله، الدين) is never added as a name on its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { LABELS, wordFeatures } from "../../src/mentions/model/features.ts";
import { modelFromFile, type ModelFile } from "../../src/mentions/model/tagger.ts";
import { loadLexicons } from "../../src/mentions/lexicons.ts";
import { RES } from "./fixture.ts";

const featuresOf = (word: string) => wordFeatures(analyze(word).tokens[0], 0, RES, true);

test("word features: affixes, trigrams of the stem and a definite nisba", () => {
  const cases: [string, string[], string[]][] = [
    // [word, features it has, features it has not]
    ["الفرنسية", ["nisba", "x1:ه", "p4:فرنس", "x4:نسيه"], []],
    ["والأمريكي", ["nisba", "pre:و", "x1:ي"], []],
    ["روسيا", ["p1:ر", "x1:ا", "g3:^رو", "g3:وسي", "g3:يا$"], ["nisba"]],
    ["كافيلنسكي", ["g3:فيل", "g3:لنس", "x4:نسكي"], ["nisba"]], // an indefinite -ي stem is no nisba
  ];
  for (const [word, has, hasNot] of cases) {
    const f = new Set(featuresOf(word));
    for (const x of has) assert.ok(f.has(x), `${word} has ${x}: ${[...f].join(" ")}`);
    for (const x of hasNot) assert.ok(!f.has(x), `${word} has not ${x}`);
  }
});

test("a compound-name part the model calls a person alone is not added", () => {
  const L = LABELS.length, w = (label: string) => LABELS.map((l) => (l === label ? 5 : 0));
  const model: ModelFile = { version: 1, labels: [...LABELS], trans: new Array((L + 1) * L).fill(0), feats: { "0|w:والله": w("B-PERS"), "0|w:كافيلنسكي": w("B-PERS") } };
  const found = (text: string) => {
    const { tokens } = analyze(text);
    // the shipped lexicons: الله is a name part there (data/lexicon/ner-cues.tsv)
    return findMentions({ text, tokens }, { ...RES, lex: loadLexicons(), model: modelFromFile(model, "toy") }).map((m) => `${m.type}:${m.text}`);
  };
  assert.deepEqual(found("والله نسأل أن يحفظ البلاد."), []);
  assert.deepEqual(found("وقال كافيلنسكي إنه سعيد."), ["PERSON:كافيلنسكي"]);
});
