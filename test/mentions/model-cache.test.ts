// The NER model's binary cache (model-cache.ts) and weight layout (model-weights.ts): a model read
// back from its cache holds the very numbers the JSON gave and tags the same; a cache made from
// another file, or damaged, is not used; the per-name records made on demand equal the packed
// weights; a feature whose weights are not one per label is refused with a typed error.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { LABELS, OFFSETS } from "../../src/mentions/model/features.ts";
import { loadModel, modelFromFile, type ModelFile, type NerModel } from "../../src/mentions/model/tagger.ts";
import { cacheFileOf, modelStamp, readModelCache, writeModelCache } from "../../src/mentions/model/model-cache.ts";
import { nameWeights, packWords, rowsOf } from "../../src/mentions/model/model-weights.ts";
import { RasidError } from "../../src/core/errors.ts";
import { RES } from "./fixture.ts";

const L = LABELS.length, NO = OFFSETS.length;
const id = (l: string) => LABELS.indexOf(l as (typeof LABELS)[number]);
const vec = (label: string, w: number) => { const v = new Array(L).fill(0); v[id(label)] = w; return v; };

// weights that are not exact in Float32 (0.1, 1/3) and a document memory: the cache must keep what the JSON path kept
const TOY: ModelFile = {
  version: 1, labels: [...LABELS], trans: Array.from({ length: (L + 1) * L }, (_, k) => (k % 7) / 300),
  feats: {
    "0|w:جابرون": vec("B-PERS", 5.1), "-1|w:جابرون": vec("O", 0.1), "1|w:جابرون": vec("I-PERS", 1 / 3),
    "0|w:نهرستان": vec("B-LOC", 4), "0|s:قرطيل": vec("B-ORG", 2.5), "r0|B-PERS:kb": vec("B-PERS", 3),
    "0|w:الهبيط": vec("O", 5.1), "0|w:بلده": vec("O", 5.1),
  },
  doc: { "dt|PERS": vec("B-PERS", 0.7), "dt|ORG": vec("B-ORG", 0.2) },
};

const made: string[] = [];
after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

function tmpModel(m: ModelFile): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-model-"));
  made.push(dir);
  const file = path.join(dir, "toy.json");
  fs.writeFileSync(file, JSON.stringify(m));
  return file;
}

const numbers = (m: NerModel) => ({
  weights: [...m.weights].map(([k, v]) => [k, [...v]]), packed: [...m.packed], trans: [...m.trans], doc: m.doc && [...m.doc],
  byName: [...m.byName].map(([k, w]) => [k, [...w.v], w.from, w.to, w.at]),
});

const tagged = (text: string, model: NerModel) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...RES, model }).map((m) => `${m.type}:${m.text}:${m.via}`);

test("a model read from its cache has the JSON's numbers and tags the same", () => {
  const file = tmpModel(TOY);
  const fromJson = loadModel(file);
  assert.ok(fs.existsSync(cacheFileOf(file)), "the first load writes the cache");
  const parts = readModelCache(cacheFileOf(file), modelStamp(file));
  assert.ok(parts, "the cache is read back");
  const fromCache = loadModel(file);
  assert.deepEqual(numbers(fromCache), numbers(fromJson));
  assert.deepEqual(numbers(fromCache), numbers(modelFromFile(TOY, "toy")));
  // the toy's weights decide: a place pattern they tag O by a wide margin is dropped, and stands without them
  const text = "وصل الجيش إلى بلدة الهبيط أمس.";
  assert.deepEqual(tagged(text, fromCache), tagged(text, modelFromFile(TOY, "toy")));
  assert.ok(!tagged(text, fromCache).includes("GPE:بلدة الهبيط:pattern"));
  assert.ok(tagged(text, modelFromFile({ ...TOY, feats: {} }, "toy")).includes("GPE:بلدة الهبيط:pattern"));
});

test("a cache made from another file, or damaged, is not used", () => {
  const file = tmpModel(TOY);
  loadModel(file);
  const cache = cacheFileOf(file);
  assert.equal(readModelCache(cache, modelStamp(file) + "x"), null, "another stamp");
  assert.equal(readModelCache(cache, ""), null, "a model file that cannot be read");
  const bytes = fs.readFileSync(cache);
  fs.writeFileSync(cache, bytes.subarray(0, bytes.length - 4));
  assert.equal(readModelCache(cache, modelStamp(file)), null, "a truncated cache");
  // a changed model file: the old cache is passed over and rewritten
  const changed: ModelFile = { ...TOY, feats: { ...TOY.feats, "0|w:نهرستان": vec("B-ORG", 9) } };
  fs.writeFileSync(file, JSON.stringify(changed));
  fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
  assert.deepEqual(numbers(loadModel(file)), numbers(modelFromFile(changed, "toy")));
  assert.deepEqual(numbers(loadModel(file)), numbers(modelFromFile(changed, "toy")));
});

test("names with a line break are not cached", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-model-"));
  made.push(dir);
  const cache = path.join(dir, "x.bin");
  const r = rowsOf({ "0|w:سطر\nآخر": vec("O", 1) })!;
  writeModelCache(cache, "stamp", { version: 1, labels: [...LABELS], trans: TOY.trans, weights: packWords(r.names, r.rows) });
  assert.equal(fs.existsSync(cache), false);
});

test("packed word weights: the window positions a name has, zeros around them left out", () => {
  const r = rowsOf({ "1|w:جابرون": vec("B-PERS", 2), "-1|w:جابرون": vec("B-LOC", 3), "r0|x": vec("O", 1), "0|s:قرطيل": vec("I-ORG", 4) })!;
  const w = packWords(r.names, r.rows);
  assert.deepEqual(w.words, ["w:جابرون", "s:قرطيل"], "rule features are left out; names in first-seen order");
  const by = nameWeights(w);
  const a = by.get("w:جابرون")!;
  // -1 is position 1, +1 is position 3 (OFFSETS -2..2): from B-LOC at position 1 to B-PERS at position 3
  assert.equal(a.from, 1 * L + id("B-LOC"));
  assert.equal(a.to, 3 * L + id("B-PERS") + 1);
  assert.equal(a.v.length, NO * L);
  assert.equal(a.v[3 * L + id("B-PERS")], 2);
  assert.deepEqual([...w.packed.subarray(a.at + 1, a.at + 1 + a.to - a.from)], [...a.v.subarray(a.from, a.to)]);
  const b = by.get("s:قرطيل")!;
  assert.equal(b.to - b.from, 1);
  assert.equal(w.packed[b.at + 1], 4);
});

test("a feature whose weights are not one per label is refused with a typed error", () => {
  assert.equal(rowsOf({ "0|w:جابرون": [1, 2] }), null);
  assert.throws(() => modelFromFile({ ...TOY, feats: { "0|w:جابرون": [1, 2] } }, "bad.json"), (e: unknown) => e instanceof RasidError && e.code === "E_INTERNAL");
});
