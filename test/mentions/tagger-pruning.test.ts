// The tagger's Viterbi skips work in rows where O dominates every other label (tagger.ts,
// "Exact pruning"), and the document-memory pass resumes it at the first changed row: both must
// give exactly the labels of full Viterbi, ties included. Compared here
// on random emission scores — O-heavy like real text, so that most rows are pruned, mixed with
// names — under the shipped model's transitions and random ones, and with small integers,
// where ties between paths are common.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LABELS } from "../../src/mentions/model/features.ts";
import { dominance, legal, loadModel, viterbi, viterbiPruned } from "../../src/mentions/model/tagger.ts";
import { MODEL_FILE } from "../../src/mentions/resources.ts";

const L = LABELS.length;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Emissions of n tokens: mostly O-leaning (by `lean`), some tokens leaning to a random name label (by `name`). */
function emissions(n: number, r: () => number, scale: number, lean: number, nameLean: number, ints: boolean): Float32Array {
  const em = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const name = r() < 0.15 ? 1 + Math.floor(r() * (L - 1)) : -1;
    for (let y = 0; y < L; y++) {
      let v = (r() - 0.5) * scale + (y === 0 && name < 0 ? lean : 0) + (y === name ? nameLean : 0);
      if (ints) v = Math.round(v);
      em[i * L + y] = v;
    }
  }
  return em;
}

/** A transition table with illegal BIO moves at -Infinity, from random or given values. */
function transitions(r: () => number, ints: boolean, from?: Float32Array): Float32Array {
  const t = new Float32Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) {
    const v = from ? from[p * L + y] : (r() - 0.3) * 20;
    t[p * L + y] = legal(p, y) ? (ints ? Math.round(v) : v) : -Infinity;
  }
  return t;
}

test("the pruning constant D[y] is the largest gain of y over O as a predecessor of O or B-X", () => {
  const t = transitions(rng(1), true);
  const d = dominance(t);
  for (let y = 1; y < L; y++) {
    const gains = [0, 1, 3, 5, 7].map((z) => t[y * L + z] - t[z]);
    assert.equal(d[y], Math.max(...gains), LABELS[y]);
  }
});

test("pruned Viterbi gives full Viterbi's labels on random emissions, ties included", () => {
  const shipped = loadModel(MODEL_FILE).trans;
  const r = rng(20261123);
  // [what, transitions, emission scale, O lean, name lean, integer emissions]
  const cases: [string, Float32Array, number, number, number, boolean][] = [
    ["shipped transitions, real-sized scores", shipped, 40, 25, 25, false],
    ["shipped transitions, close scores", shipped, 10, 3, 20, false],
    ["shipped transitions, integer scores", transitions(r, true, shipped), 6, 4, 20, true],
    ["random transitions", transitions(r, false), 30, 20, 20, false],
    ["random integer transitions and scores (many ties)", transitions(r, true), 4, 2, 2, true],
    ["all-zero transitions and integer scores", transitions(r, true, new Float32Array((L + 1) * L)), 3, 1, 1, true],
  ];
  for (const [what, trans, scale, lean, nameLean, ints] of cases) {
    let differ = 0, names = 0;
    for (let k = 0; k < 200; k++) {
      const n = 1 + Math.floor(r() * 60);
      const em = emissions(n, r, scale, lean, nameLean, ints);
      const full = viterbi(em, n, trans);
      const pruned = viterbiPruned(em, n, trans);
      if (full.join() !== pruned.join()) differ++;
      names += full.filter((y) => y !== 0).length;
    }
    assert.equal(differ, 0, what);
    assert.ok(names > 0, `${what}: the sentences hold names`);
  }
});

test("decoding again from the first changed row gives full Viterbi's labels of the changed emissions", () => {
  const shipped = loadModel(MODEL_FILE).trans;
  const r = rng(7);
  for (const [trans, ints] of [[shipped, false], [transitions(r, true), true]] as const) {
    let differ = 0;
    for (let k = 0; k < 200; k++) {
      const n = 1 + Math.floor(r() * 40), from = Math.floor(r() * n);
      const em = emissions(n, r, 30, 20, 25, ints), next = em.slice();
      // the memory's weights added from `from` on: some rows pushed toward a name
      for (let i = from; i < n; i++) if (i === from || r() < 0.3) for (let y = 0; y < L; y++) next[i * L + y] += ints ? Math.round((r() - 0.3) * 10) : (r() - 0.3) * 30;
      if (viterbi(next, n, trans).join() !== viterbiPruned(em, n, trans, { from, em: next }).join()) differ++;
    }
    assert.equal(differ, 0);
  }
});
