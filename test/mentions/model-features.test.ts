// The tagger's per-word features (round 3: affixes of one to four letters, letter trigrams of the
// stem, a nisba ending on a definite stem) and a merge rule: a word that only ever continues a
// compound given name (والله، الدين) is never added as a name on its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { LABELS, featureIndex, wordFeatureHits, wordFeatures } from "../../src/mentions/model/features.ts";
import { loadModel, modelFromFile, type ModelFile } from "../../src/mentions/model/tagger.ts";
import { MODEL_FILE } from "../../src/mentions/resources.ts";
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

// The tagger finds a word's features through an index of the model's names (wordFeatureHits)
// instead of building every name: it must visit exactly the names wordFeatures gives that the
// model has, in the same order (the tagger sums their weights as floats, so order matters).
test("wordFeatureHits: the model's weights of wordFeatures' names, same order", () => {
  const model = loadModel(MODEL_FILE);
  assert.ok(model.index, "the shipped model's affix letters fit the index");
  const res = { ...RES, lex: loadLexicons() };
  const text = [
    "قال الرئيس الروسي فلاديمير بوتين، وبوتين يزور مصر والعراق، إن الأمم المتحدة ستجتمع غداً.",
    "وصرّح المتحدث باسم وزارة الخارجية الفرنسيّة لوكالة «رويترز» بأنّ 25 شخصاً قتلوا في بنغازي.",
    "وأعلنت شركة Aramco السعودية أرباحها للربع الثالث (3.5 مليار دولار) بحسب بيان للوزارة.",
    "كافيلنسكي ولاريجاني والمصرية والأردنيين بالرقة وللموصل فالعراقي كاليمني و ب ل ة ^ $ ^بو$",
  ].join("\n");
  // plus made-up words: letters the model's affixes never use, diacritics, one to nine letters
  const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوىيءآأإؤئةـًٌٍَُِّْپچگabcXYZ0٩^$";
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const made: string[] = [];
  for (let k = 0; k < 400; k++) {
    let w = ["", "و", "ف", "ب", "ل", "ال", "وال", "بال"][rnd(8)];
    for (let j = 1 + rnd(9); j > 0; j--) w += letters[rnd(letters.length)];
    made.push(w);
  }
  const tokens = [...analyze(text).tokens, ...analyze(made.join(" ")).tokens];
  assert.ok(tokens.length > 400);
  const hits: unknown[] = [];
  for (const t of [undefined, ...tokens]) {
    const want = wordFeatures(t, 0, res, true).map((f) => model.byName.get(f)?.at).filter((w) => w !== undefined);
    hits.length = 0;
    wordFeatureHits(t, res, model.index!, hits);
    assert.equal(hits.length, want.length, `${t?.text}: ${wordFeatures(t, 0, res, true).filter((f) => model.byName.has(f)).join(" ")}`);
    for (let k = 0; k < want.length; k++) assert.ok(hits[k] === want[k], `${t?.text}: feature ${k} differs`);
  }
});

test("featureIndex: null when the affix names use more letters than its codes hold", () => {
  const byName = new Map<string, number>();
  for (let k = 0; k < 200; k++) byName.set("p1:" + String.fromCharCode(0x4e00 + k), k);
  assert.equal(featureIndex(byName), null);
  byName.clear();
  byName.set("g3:^اب", 1).set("p2:اب", 2).set("w:اب", 3);
  const ix = featureIndex(byName)!;
  assert.equal(ix.base, 4); // ^ ا ب, and 0 for any other letter
  assert.equal(ix.w.get("اب"), 3);
});

test("the tagger's packed weights hold each name's nonzero range after its header", () => {
  const model = loadModel(MODEL_FILE);
  let n = 0;
  for (const [name, w] of model.byName) {
    const h = model.packedHead[w.at];
    assert.deepEqual([h & 255, h >> 8], [w.from, w.to], name);
    assert.deepEqual(model.packed.subarray(w.at + 1, w.at + 1 + w.to - w.from), w.v.subarray(w.from, w.to), name);
    for (let y = 0; y < w.v.length; y++) if (y < w.from || y >= w.to) assert.equal(w.v[y], 0, name);
    n++;
  }
  assert.ok(n > 1000);
});

test("featureIndex: affixes in the one table (integer weights) or in Maps (any other) give the same hits", () => {
  // names written for the test: affixes and trigrams of two made-up stems, a word and a stem feature
  const names = ["p1:ق", "p2:قر", "p3:قرط", "x1:ل", "x2:يل", "x3:طيل", "g3:^قر", "g3:قرط", "g3:يل$", "p2:نه", "x2:ان", "w:قرطيل", "s:نهرستان"];
  const asInts = new Map(names.map((n, k) => [n, k]));
  const asText = new Map(names.map((n, k) => [n, "#" + k]));
  const ints = featureIndex(asInts)!, text = featureIndex(asText)!;
  assert.ok(ints.table !== null && ints.affix.every((m) => m.size === 0), "integer weights: the table, no Maps");
  assert.equal(text.table, null);
  assert.equal(text.affix.reduce((n, m) => n + m.size, 0), 11, "other weights: every affix and trigram in the Maps");
  for (const word of ["قرطيل", "والقرطيل", "نهرستان", "بنهرستان", "كتاب"]) {
    const t = analyze(word).tokens[0];
    const a: number[] = [], b: string[] = [];
    wordFeatureHits(t, RES, ints, a);
    wordFeatureHits(t, RES, text, b);
    assert.deepEqual(b, a.map((k) => "#" + k), word);
  }
  const t = analyze("قرطيل").tokens[0], hits: number[] = [];
  wordFeatureHits(t, RES, ints, hits);
  assert.ok(hits.includes(asInts.get("x3:طيل")!) && hits.includes(asInts.get("g3:يل$")!), "the stem's affixes are found (a test that can fail)");
});
