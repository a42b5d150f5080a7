// The CRF trainer behind `scripts/train-ner.ts --model crf`: its gradient must be the derivative
// of its objective (checked against finite differences at random points, where a wrong
// expectation, a missed START transition or a dropped L2 term shows), and a model trained on a
// tiny hand-written set must tag held-out toy sentences right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LABELS } from "../../src/mentions/model/features.ts";
import { legal, viterbi } from "../../src/mentions/model/tagger.ts";
import { median, objective, tokenMargins, trainCrf, type CrfSentence } from "../../scripts/ner/crf.ts";

const L = LABELS.length;
const lab = (s: string) => s.split(" ").map((t) => LABELS.indexOf(t as (typeof LABELS)[number]));

// toy features: 0 "word is a first name", 1 "word is a place", 2 "previous word is a title",
// 3 "ordinary word", 4 "previous word is a first name", 5 "word is a city cue"
const FEATS = ["fn", "place", "after-title", "word", "after-fn", "cue"];
const sent = (tokens: string[][], gold: string): CrfSentence =>
  ({ feats: tokens.map((fs) => Int32Array.from(fs.map((f) => FEATS.indexOf(f)))), gold: lab(gold) });
const TRAIN: CrfSentence[] = [
  sent([["word"], ["fn"], ["after-fn", "word"], ["word"]], "O B-PERS I-PERS O"),
  sent([["word"], ["cue"], ["place"]], "O O B-LOC"),
  sent([["word"], ["after-title", "word"], ["word"]], "O B-PERS O"),
  sent([["fn"], ["after-fn", "word"], ["word"], ["place"]], "B-PERS I-PERS O B-LOC"),
  sent([["word"], ["word"], ["cue"], ["place"], ["word"]], "O O O B-LOC O"),
  sent([["word"], ["after-title", "fn"], ["after-fn", "word"]], "O B-PERS I-PERS"),
];
const NF = FEATS.length, NP = NF * L + (L + 1) * L;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a * 1664525 + 1013904223) >>> 0; return a / 4294967296; };
}

test("the CRF's gradient matches finite differences of its objective", () => {
  const r = rng(7);
  for (const sigma2 of [1, 10]) {
    const x = Float64Array.from({ length: NP }, () => (r() - 0.5) * 2);
    const g = new Float64Array(NP), scratch = new Float64Array(NP);
    objective(TRAIN, NF, sigma2, x, g);
    const h = 1e-5;
    let checked = 0;
    for (let k = 0; k < NP; k++) {
      // illegal transitions are not parameters of the model (their gradient is the L2 term alone)
      if (k >= NF * L && !legal(Math.floor((k - NF * L) / L), (k - NF * L) % L)) continue;
      const keep = x[k];
      x[k] = keep + h; const up = objective(TRAIN, NF, sigma2, x, scratch);
      x[k] = keep - h; const down = objective(TRAIN, NF, sigma2, x, scratch);
      x[k] = keep;
      const fd = (up - down) / (2 * h);
      assert.ok(Math.abs(fd - g[k]) < 1e-5 * Math.max(1, Math.abs(fd)), `parameter ${k}: analytic ${g[k]}, numeric ${fd}`);
      checked++;
    }
    assert.ok(checked > NF * L);
  }
});

test("a CRF trained on the toy set tags held-out toy sentences right", () => {
  const x = trainCrf(TRAIN, NF, { sigma2: 10, maxIter: 100 });
  const W = x.subarray(0, NF * L), T = Float32Array.from(x.subarray(NF * L), (v, k) => (legal(Math.floor(k / L), k % L) ? v : -Infinity));
  const cases: [CrfSentence, string][] = [
    [sent([["word"], ["after-title", "fn"], ["after-fn", "word"], ["word"]], "O B-PERS I-PERS O"), "O B-PERS I-PERS O"],
    [sent([["cue"], ["place"], ["word"]], "O B-LOC O"), "O B-LOC O"],
    [sent([["word"], ["word"], ["word"]], "O O O"), "O O O"],
  ];
  for (const [s, expected] of cases) {
    const em = new Float32Array(s.gold.length * L);
    s.feats.forEach((fs, i) => { for (const f of fs) for (let y = 0; y < L; y++) em[i * L + y] += W[f * L + y]; });
    assert.deepEqual(viterbi(em, s.gold.length, T).map((y) => LABELS[y]).join(" "), expected);
  }
  // its margins are positive and grow with the weights (what the scale to perceptron units relies on)
  const m1 = median(tokenMargins(TRAIN, W, x.subarray(NF * L))), m2 = median(tokenMargins(TRAIN, W.map((v) => 2 * v), x.subarray(NF * L).map((v) => 2 * v)));
  assert.ok(m1 > 0);
  assert.ok(Math.abs(m2 - 2 * m1) < 1e-9 * m2);
});

test("median", () => {
  for (const [xs, m] of [[[3, 1, 2], 2], [[4, 1, 3, 2], 2.5], [[], 0]] as [number[], number][]) assert.equal(median(xs), m);
});
