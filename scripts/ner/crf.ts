// A linear-chain CRF trainer for the name tagger: the SAME features, labels and transition table as
// the perceptron (scripts/train-ner.ts), but weights fitted by maximizing the conditional
// log-likelihood with an L2 prior (σ²), by L-BFGS (./lbfgs.ts). The perceptron's updates only
// approximate this: they follow the single best wrong sequence, while the CRF's gradient is the
// expected feature counts under the model (forward-backward) minus the gold counts, so every
// plausible reading pulls, and the prior keeps rare features' weights small. Inference does not
// change: emissions and Viterbi over the same file format (src/mentions/model/tagger.ts).
//
// The weights are in log-probability units; the merge (src/mentions/model-mentions.ts) reads the
// tagger's Viterbi margins in perceptron units. `marginScale` finds the factor that makes the two
// models' typical margins equal (Viterbi's decisions do not change with a common factor).
//
// Parameters are one Float64Array: emission weights W (feature f, label y at f·L + y), then the
// transitions T ((L+1)×L, previous label or START → label; illegal BIO moves stay 0 and unused).
import { LABELS } from "../../src/mentions/model/features.ts";
import { legal } from "../../src/mentions/model/tagger.ts";
import { RasidError } from "../../src/core/errors.ts";
import { lbfgs } from "./lbfgs.ts";

const L = LABELS.length, START = L, NT = (L + 1) * L;
if (L !== 9) throw new RasidError("E_INTERNAL", "crf.ts", "the loops are unrolled over nine labels; LABELS has " + L);
const LEGAL = Array.from({ length: NT }, (_, k) => legal(Math.floor(k / L), k % L));

/** A training sentence: each token's feature ids, and its gold label ids (BIO-legal). */
export interface CrfSentence { feats: Int32Array[]; gold: number[] }

export interface CrfOptions { sigma2: number; maxIter?: number; log?: (line: string) => void }

/** Emission scores of a sentence under parameters x (W part). */
function emissionsOf(x: Float64Array, s: CrfSentence, em: Float64Array): void {
  // the nine labels unrolled into locals (L = 9): twice as fast as an inner loop over em
  for (let i = 0; i < s.gold.length; i++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
    for (const f of s.feats[i]) {
      const b = f * 9;
      e0 += x[b]; e1 += x[b + 1]; e2 += x[b + 2]; e3 += x[b + 3]; e4 += x[b + 4]; e5 += x[b + 5]; e6 += x[b + 6]; e7 += x[b + 7]; e8 += x[b + 8];
    }
    const o = i * 9;
    em[o] = e0; em[o + 1] = e1; em[o + 2] = e2; em[o + 3] = e3; em[o + 4] = e4; em[o + 5] = e5; em[o + 6] = e6; em[o + 7] = e7; em[o + 8] = e8;
  }
}
/** grad[f·L + y] += m[y] for every feature f of a token (unrolled as above). */
function addToFeatures(grad: Float64Array, fs: Int32Array, m: Float64Array): void {
  const m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7], m8 = m[8];
  for (const f of fs) {
    const b = f * 9;
    grad[b] += m0; grad[b + 1] += m1; grad[b + 2] += m2; grad[b + 3] += m3; grad[b + 4] += m4; grad[b + 5] += m5; grad[b + 6] += m6; grad[b + 7] += m7; grad[b + 8] += m8;
  }
}

/**
 * The L2-penalized negative log-likelihood of the sentences at x, its gradient written into grad.
 * Forward-backward in probability space, each row scaled to sum 1 (no log-sum-exp per cell).
 */
export function objective(sents: CrfSentence[], nf: number, sigma2: number, x: Float64Array, grad: Float64Array): number {
  const tOff = nf * L;
  grad.fill(0);
  const E = new Float64Array(NT);
  for (let k = 0; k < NT; k++) E[k] = LEGAL[k] ? Math.exp(x[tOff + k]) : 0;
  let maxN = 0;
  for (const s of sents) maxN = Math.max(maxN, s.gold.length);
  const em = new Float64Array(maxN * L), psi = new Float64Array(maxN * L), a = new Float64Array(maxN * L), b = new Float64Array(maxN * L), c = new Float64Array(maxN);
  const marg = new Float64Array(L);
  let nll = 0;
  for (const s of sents) {
    const n = s.gold.length, g = s.gold;
    emissionsOf(x, s, em);
    let logZ = 0, gold = 0;
    for (let i = 0; i < n; i++) {
      let mx = -Infinity;
      for (let y = 0; y < L; y++) mx = Math.max(mx, em[i * L + y]);
      for (let y = 0; y < L; y++) psi[i * L + y] = Math.exp(em[i * L + y] - mx);
      logZ += mx;
      gold += em[i * L + g[i]] + x[tOff + (i ? g[i - 1] : START) * L + g[i]];
    }
    // forward
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let y = 0; y < L; y++) {
        let v = 0;
        if (i === 0) v = E[START * L + y];
        else for (let p = 0; p < L; p++) v += a[(i - 1) * L + p] * E[p * L + y];
        v *= psi[i * L + y];
        a[i * L + y] = v; sum += v;
      }
      c[i] = sum;
      for (let y = 0; y < L; y++) a[i * L + y] /= sum;
      logZ += Math.log(sum);
    }
    // backward
    for (let y = 0; y < L; y++) b[(n - 1) * L + y] = 1;
    for (let i = n - 2; i >= 0; i--) for (let p = 0; p < L; p++) {
      let v = 0;
      for (let y = 0; y < L; y++) v += E[p * L + y] * psi[(i + 1) * L + y] * b[(i + 1) * L + y];
      b[i * L + p] = v / c[i + 1];
    }
    nll += logZ - gold;
    // expected minus gold counts
    for (let i = 0; i < n; i++) {
      for (let y = 0; y < L; y++) marg[y] = a[i * L + y] * b[i * L + y];
      marg[g[i]] -= 1;
      addToFeatures(grad, s.feats[i], marg);
      if (i === 0) { for (let y = 0; y < L; y++) grad[tOff + START * L + y] += a[y] * b[y]; }
      else for (let p = 0; p < L; p++) {
        const ap = a[(i - 1) * L + p];
        if (ap === 0) continue;
        for (let y = 0; y < L; y++) grad[tOff + p * L + y] += (ap * E[p * L + y] * psi[i * L + y] * b[i * L + y]) / c[i];
      }
      grad[tOff + (i ? g[i - 1] : START) * L + g[i]] -= 1;
    }
  }
  let reg = 0;
  for (let k = 0; k < x.length; k++) { reg += x[k] * x[k]; grad[k] += x[k] / sigma2; }
  return nll + reg / (2 * sigma2);
}

/** Trains a CRF on the sentences (feature ids < nf); returns the parameters (W then T). */
export function trainCrf(sents: CrfSentence[], nf: number, opt: CrfOptions): Float64Array {
  const x = new Float64Array(nf * L + NT);
  const t0 = performance.now();
  const iters = lbfgs((p, g) => objective(sents, nf, opt.sigma2, p, g), x, {
    maxIter: opt.maxIter ?? 150,
    log: opt.log && ((k, f, gn, ev) => { if (k % 10 === 0) opt.log!(`crf iter ${k}: objective ${f.toFixed(1)}, |grad| ${gn.toFixed(2)}, ${ev} evaluations, ${((performance.now() - t0) / 1000).toFixed(0)} s`); }),
  });
  opt.log?.(`crf: ${iters} iterations, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return x;
}

/**
 * Per token, how sure the model is about name or no name: |best score of a sequence with the
 * token outside a PERS/LOC/ORG name − best score with it inside one| (max-marginals, as the
 * tagger's outsideMargin reads them). `W` is f·L + y, `T` the (L+1)×L transitions.
 */
export function tokenMargins(sents: CrfSentence[], W: ArrayLike<number>, T: ArrayLike<number>): number[] {
  const out: number[] = [];
  const tr = Array.from({ length: NT }, (_, k) => (LEGAL[k] ? T[k] : -Infinity));
  const isName = (y: number) => y >= 1 && y <= 6;
  for (const s of sents) {
    const n = s.gold.length, em = new Float64Array(n * L), fw = new Float64Array(n * L), bw = new Float64Array(n * L);
    for (let i = 0; i < n; i++) for (const f of s.feats[i]) for (let y = 0; y < L; y++) em[i * L + y] += W[f * L + y];
    for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) {
      let best = -Infinity;
      if (i === 0) best = tr[START * L + y];
      else for (let p = 0; p < L; p++) best = Math.max(best, fw[(i - 1) * L + p] + tr[p * L + y]);
      fw[i * L + y] = best + em[i * L + y];
    }
    for (let i = n - 2; i >= 0; i--) for (let p = 0; p < L; p++) {
      let best = -Infinity;
      for (let y = 0; y < L; y++) best = Math.max(best, tr[p * L + y] + em[(i + 1) * L + y] + bw[(i + 1) * L + y]);
      bw[i * L + p] = best;
    }
    for (let i = 0; i < n; i++) {
      let inside = -Infinity, outside = -Infinity;
      for (let y = 0; y < L; y++) { const v = fw[i * L + y] + bw[i * L + y]; if (isName(y)) inside = Math.max(inside, v); else outside = Math.max(outside, v); }
      out.push(Math.abs(outside - inside));
    }
  }
  return out;
}

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
}
