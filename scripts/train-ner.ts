// Trains the shipped name tagger: a structured averaged perceptron over src/mentions/model's
// features, on ANERcorp's TRAIN part only (split as in shared/corpus/ner/README.md; the test
// part is never read past the split point). Reproducible: fixed epochs, a seeded shuffle.
//
//   npx tsx scripts/train-ner.ts [/path/to/ANERCorp.txt] [--epochs 8] [--bag 3] [--seed 12345] [--min-count 2] [--prune 0.5] [--memory PERS,ORG] [--long-piece 100] [--out data/models/ner-perceptron.json]
//   npx tsx scripts/train-ner.ts --dev [--fold K] [--out F]  # hold out the train part's sixth K (1..6, default 6 = the last), report span F1 on it per epoch
//   npx tsx scripts/train-ner.ts --model crf [--sigma2 3] [--crf-iters 150] [--crf-scale auto|K] [--crf-ref FILE]  # a CRF instead (scripts/ner/crf.ts), same features and file
//
// Two stages. (1) The tagger: word and rule features, all training documents, the mean of --bag
// perceptrons trained in different orders. (2) Document memory
// (features.ts DOC_FEATURES): four features' weights added to the first pass's emissions in a
// second pass. They must be learned on first passes over documents the first model never saw, as
// at run time, so the training documents are split in FOLDS parts, a model is trained on all but
// one part and tags that part, and the memory weights are trained on those out-of-part emissions
// (the stage-1 weights stay fixed).
//
// --dev is for choosing features and settings without looking at the test part: it trains on
// five sixths of the train part and scores the tagger's own spans on the held-out sixth (--fold K,
// 1..6, default 6 = the last; --fold implies --dev).
//
// The training text goes through the same analyze → findMentions path as articles do (without
// the model), so the rule features the model sees in training are the ones it sees at run time.
import fs from "node:fs";
import { analyze } from "../src/text/analyze.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { defaultResources } from "../src/mentions/resources.ts";
import { DOC_FEATURES, LABELS, OFFSETS, docBits, docKey, ruleFeatures, ruleTags, wordFeatures } from "../src/mentions/model/features.ts";
import { legal, sentenceRanges, spansOf, viterbi, type ModelFile } from "../src/mentions/model/tagger.ts";
import { documents, foldArg, foldRange, readAnercorp } from "../eval/lib/anercorp.ts";
import type { Token } from "../src/core/document.ts";
import { RasidError } from "../src/core/errors.ts";
import { crfWeights } from "./ner/crf-stage.ts";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "/work/shared/corpus/ner/anercorp/ANERCorp.txt";
const EPOCHS = Number(opt("--epochs", "8"));
const MIN_COUNT = Number(opt("--min-count", "2"));
const SEED = Number(opt("--seed", "12345"));
// the first stage is the mean of BAG perceptrons trained in different (seeded) orders: a single
// perceptron's dev F1 moves by ±0.003 with the order alone; the mean moves less and scores higher
const BAG = Number(opt("--bag", "3"));
// features whose averaged weights are all below this are left out of the file: the bag's mean
// leaves many small weights (a feature one member touched late); up to 1.0 the dev F1 is the same
const PRUNE = Number(opt("--prune", "0.5"));
const OUT = opt("--out", "data/models/ner-perceptron.json");
// --dev writes its model only where --out says (for eval/ner-anercorp.ts --dev), never over the shipped one
const DEV = args.includes("--dev") || args.includes("--fold");
const WRITE = !DEV || args.includes("--out");
// training sentences longer than this are cut after a punctuation mark (trainingPieces); 0: never
const LONG_PIECE = Number(opt("--long-piece", "100"));
// what each bag member trains on: "order" = all sentences in its own seeded order; "bootstrap" =
// as many sentences drawn with replacement (bagging proper: members differ in data, not only in
// order, so their mean has less variance); "half" = a seeded half without replacement
const RESAMPLE = opt("--resample", "order");
// the update: "perceptron" = unit steps; "pa" = passive-aggressive (PA-I: the smallest step that
// puts the gold sequence ahead by its Hamming loss, at most --pa-c), weights rescaled by the mean
// step at the end so margins and --prune keep the perceptron's scale
const UPDATE = opt("--update", "perceptron");
const PA_C = Number(opt("--pa-c", "1"));
// the model class: "perceptron" (above), or "crf": a linear-chain CRF with an L2 prior of variance
// --sigma2, fitted by L-BFGS (scripts/ner/crf.ts; at most --crf-iters iterations), deterministic
// (no bag: --bag and --seed do not apply), its weights multiplied by --crf-scale (a number, or
// "auto": the factor that gives the CRF the median token margin of the --crf-ref model on the same
// training sentences) so that the merge's margins and --prune keep the perceptron's units
const MODEL = opt("--model", "perceptron");
const SIGMA2 = Number(opt("--sigma2", "3"));
const CRF_ITERS = Number(opt("--crf-iters", "150"));
const CRF_SCALE = opt("--crf-scale", "auto");
const CRF_REF = opt("--crf-ref", "data/models/ner-perceptron.json");
if (MODEL !== "perceptron" && MODEL !== "crf") throw new RasidError("E_USAGE", `--model ${MODEL}`, "perceptron or crf");
const L = LABELS.length, START = L;
const LABEL_ID = new Map<string, number>(LABELS.map((l, i) => [l, i]));

const { train: all } = readAnercorp(file);
const docs = documents(all);
// held-out documents [heldFrom, heldTo): none without --dev
const [heldFrom, heldTo] = DEV ? foldRange(docs.length, foldArg(args)) : [docs.length, docs.length];
process.env.RASID_NER_MODEL = "off"; // the rules alone make the rule features; no earlier model needed
const res = defaultResources();
const r = { gaz: res.gaz, lex: res.lex };

// 1. sentences of feature ids and gold labels
const featId = new Map<string, number>();
const counts: number[] = [];
const id = (f: string) => { let k = featId.get(f); if (k === undefined) { featId.set(f, (k = featId.size)); counts.push(0); } counts[k]++; return k; };
interface Sent { doc: number; feats: Int32Array[]; gold: number[]; keys: string[] }
const sents: Sent[] = [], devSents: Sent[] = [];
const t0 = performance.now();
for (const [di, d] of docs.entries()) {
  const layer = analyze(d.text);
  const tokens: Token[] = layer.tokens;
  const rules = ruleTags(tokens.length, findMentions({ text: d.text, tokens }, r));
  // gold label of each analyzed token: the tag of the corpus token it falls in (a later piece of a B- token is I-)
  let row = 0;
  const gold = tokens.map((t) => {
    while (row + 1 < d.offs.length && d.offs[row + 1] <= t.start) row++;
    const tag = all[d.from + row].tag;
    const norm = /^[BI]-(PERS|LOC|ORG|MISC)$/.test(tag) ? tag : "O";
    return LABEL_ID.get(norm !== "O" && t.start > d.offs[row] ? "I-" + norm.slice(2) : norm)!;
  });
  for (const [s, e] of trainingPieces(tokens, gold)) {
    const feats: Int32Array[] = [];
    const keys = tokens.slice(s, e).map((t) => docKey(t, r));
    for (let i = s; i < e; i++) {
      const fs: number[] = [];
      for (const o of OFFSETS) { const j = i + o; for (const f of wordFeatures(j >= s && j < e ? tokens[j] : undefined, o, r)) fs.push(id(f)); }
      for (const f of ruleFeatures(rules, i, s, e)) fs.push(id(f));
      feats.push(Int32Array.from(fs));
    }
    // a sentence whose gold breaks BIO (I- after O) is repaired so the tagger can reach it
    const g = gold.slice(s, e).map((y, k, a) => (legal(k ? a[k - 1] : START, y) ? y : LABEL_ID.get("B-" + LABELS[y].slice(2))!));
    (di < heldFrom || di >= heldTo ? sents : devSents).push({ doc: di, feats, gold: g, keys });
  }
}
console.error(`train: ${sents.length} sentences, ${sents.reduce((a, s) => a + s.gold.length, 0)} tokens, ${featId.size} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/** Span F1 per type of predicted label sequences against the sentences' gold labels. */
function spanF1(ss: Sent[], preds: number[][]): string {
  const tp: Record<string, number> = {}, np: Record<string, number> = {}, ng: Record<string, number> = {};
  ss.forEach((s, k) => {
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const g = new Set(spansOf(s.gold).map(key)), p = spansOf(preds[k]).map(key);
    for (const k of g) { const t = k.split(":")[2]; ng[t] = (ng[t] ?? 0) + 1; ng.ALL = (ng.ALL ?? 0) + 1; }
    for (const k of p) { const t = k.split(":")[2]; np[t] = (np[t] ?? 0) + 1; np.ALL = (np.ALL ?? 0) + 1; if (g.has(k)) { tp[t] = (tp[t] ?? 0) + 1; tp.ALL = (tp.ALL ?? 0) + 1; } }
  });
  return ["PERS", "LOC", "ORG", "ALL"].map((t) => `${t} ${(2 * (tp[t] ?? 0) / ((np[t] ?? 0) + (ng[t] ?? 0))).toFixed(3)}`).join("  ");
}

interface Weights { W: Float64Array; U: Float64Array; T: Float64Array; TU: Float64Array; c: number }
/** Averaged transition scores (illegal BIO moves -Infinity). */
function avgTrans(m: Weights): Float32Array {
  const tr = new Float32Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) tr[p * L + y] = legal(p, y) ? m.T[p * L + y] - m.TU[p * L + y] / m.c : -Infinity;
  return tr;
}
/** Emission scores of a sentence under the averaged weights. */
function emissions(m: Weights, s: Sent): Float32Array {
  const n = s.gold.length, em = new Float32Array(n * L);
  for (let i = 0; i < n; i++) for (const f of s.feats[i]) for (let y = 0; y < L; y++) em[i * L + y] += m.W[f * L + y] - m.U[f * L + y] / m.c;
  return em;
}

/**
 * Sentence ranges, with overlong ones (lists and tables without a full stop: up to ~2,000 tokens in
 * ANERcorp) cut into pieces for training: a perceptron update on such a sentence can carry a
 * thousand errors when the prediction runs one name across it, which derails the model it averages
 * (seen as a member's token errors doubling in its second epoch). A piece ends after a punctuation
 * mark once it has LONG_PIECE tokens, or anywhere outside a name at 4 × LONG_PIECE; tagging still
 * decodes whole sentences.
 */
function trainingPieces(tokens: Token[], gold: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of sentenceRanges(tokens)) {
    let a = s;
    for (let k = s; LONG_PIECE > 0 && k + 1 < e; k++) {
      const len = k + 1 - a, outside = gold[k + 1] === 0 || LABELS[gold[k + 1]].startsWith("B-");
      if (outside && ((len >= LONG_PIECE && tokens[k].kind === "punct") || len >= 4 * LONG_PIECE)) { out.push([a, k + 1]); a = k + 1; }
    }
    out.push([a, e]);
  }
  return out;
}

// 2. structured perceptron with averaging (w_avg = w - u/c)
const NF = featId.size;
// the CRF's feature-count cutoff (counted on the training sentences only), and its scale's reference model
const trainKeep = new Uint8Array(NF);
if (MODEL === "crf") {
  const c = new Int32Array(NF);
  for (const s of sents) for (const fs of s.feats) for (const f of fs) c[f]++;
  for (let k = 0; k < NF; k++) trainKeep[k] = c[k] >= MIN_COUNT ? 1 : 0;
}
const refModel = MODEL === "crf" && CRF_SCALE === "auto" ? (JSON.parse(fs.readFileSync(CRF_REF, "utf8")) as ModelFile) : null;
function train(list: Sent[], report: boolean, seed0 = SEED): Weights {
  if (MODEL === "crf") {
    const m = crfWeights(list, { nf: NF, keep: trainKeep, sigma2: SIGMA2, maxIter: CRF_ITERS, scale: CRF_SCALE, ref: refModel, featId, log: (l) => console.error(l) });
    if (report && DEV) console.error(`crf: dev span F1 ${spanF1(devSents, devSents.map((s) => viterbi(emissions(m, s), s.gold.length, avgTrans(m))))}`);
    return m;
  }
  const m: Weights = { W: new Float64Array(NF * L), U: new Float64Array(NF * L), T: new Float64Array((L + 1) * L), TU: new Float64Array((L + 1) * L), c: 1 };
  const { W, U, T, TU } = m;
  const transForDecode = new Float32Array((L + 1) * L);
  let seed = seed0, tauSum = 0, tauN = 0;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let ep = 0; ep < EPOCHS; ep++) {
    const order = list.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let wrong = 0, total = 0;
    for (const si of order) {
      const s = list[si], n = s.gold.length;
      const em = new Float32Array(n * L);
      for (let i = 0; i < n; i++) for (const f of s.feats[i]) for (let y = 0; y < L; y++) em[i * L + y] += W[f * L + y];
      for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) transForDecode[p * L + y] = legal(p, y) ? T[p * L + y] : -Infinity;
      const pred = viterbi(em, n, transForDecode);
      total += n;
      const tau = UPDATE === "pa" ? paStep(s, pred, em, T) : 1;
      if (tau > 0) { tauSum += tau; tauN++; }
      const tc = tau * m.c;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i], p = pred[i];
        if (g !== p) {
          wrong++;
          for (const f of s.feats[i]) { W[f * L + g] += tau; U[f * L + g] += tc; W[f * L + p] -= tau; U[f * L + p] -= tc; }
        }
        const gp = i ? s.gold[i - 1] : START, pp = i ? pred[i - 1] : START;
        if (gp !== pp || g !== p) { T[gp * L + g] += tau; TU[gp * L + g] += tc; T[pp * L + p] -= tau; TU[pp * L + p] -= tc; }
      }
      m.c++;
    }
    if (report) {
      const tr = avgTrans(m);
      console.error(`epoch ${ep + 1}: token errors ${(100 * wrong / total).toFixed(2)}%` + (DEV ? `; dev span F1 ${spanF1(devSents, devSents.map((s) => viterbi(emissions(m, s), s.gold.length, tr)))}` : ""));
    }
  }
  // PA steps are small; back to the perceptron's scale (the decoder is scale-free, margins are not)
  if (UPDATE === "pa" && tauN) { const k = tauN / tauSum; for (const a of [W, U, T, TU]) for (let i = 0; i < a.length; i++) a[i] *= k; }
  return m;
}
/**
 * PA-I step for a sentence the current weights get wrong: (score(pred) − score(gold) + Hamming
 * loss) / ‖φ(gold) − φ(pred)‖², capped at PA_C; 0 when the prediction is right.
 */
function paStep(s: Sent, pred: number[], em: Float32Array, T: Float64Array): number {
  const n = s.gold.length, diff = new Map<number, number>();
  let loss = 0, margin = 0;
  const add = (k: number, v: number) => diff.set(k, (diff.get(k) ?? 0) + v);
  for (let i = 0; i < n; i++) {
    const g = s.gold[i], p = pred[i], gp = i ? s.gold[i - 1] : START, pp = i ? pred[i - 1] : START;
    if (g !== p) {
      loss++;
      margin += em[i * L + p] - em[i * L + g];
      for (const f of s.feats[i]) { add(f * L + g, 1); add(f * L + p, -1); }
    }
    if (gp !== pp || g !== p) { margin += T[pp * L + p] - T[gp * L + g]; add(-1 - (gp * L + g), 1); add(-1 - (pp * L + p), -1); }
  }
  if (!loss) return 0;
  let norm = 0;
  for (const v of diff.values()) norm += v * v;
  return norm ? Math.min(PA_C, (margin + loss) / norm) : 0;
}
/** Bag member b's training list: all sentences, a bootstrap sample, or a half (seeded). */
function sample(list: Sent[], b: number): Sent[] {
  if (RESAMPLE === "order") return list;
  let seed = SEED + 104729 * (b + 1);
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  if (RESAMPLE === "bootstrap") return list.map(() => list[Math.floor(rand() * list.length)]);
  if (RESAMPLE === "half") return list.filter(() => rand() < 0.5);
  throw new RasidError("E_USAGE", `--resample ${RESAMPLE}`, "order, bootstrap or half");
}
/** The mean of BAG averaged perceptrons trained in different orders (less variance, same features). */
function bagged(list: Sent[], report: boolean): Weights {
  if ((BAG <= 1 && RESAMPLE === "order") || MODEL === "crf") return train(list, report);
  const out: Weights = { W: new Float64Array(NF * L), U: new Float64Array(NF * L), T: new Float64Array((L + 1) * L), TU: new Float64Array((L + 1) * L), c: 1 };
  for (let b = 0; b < BAG; b++) {
    const m = train(sample(list, b), report, SEED + 7919 * b);
    for (let k = 0; k < NF * L; k++) out.W[k] += (m.W[k] - m.U[k] / m.c) / BAG;
    for (let k = 0; k < (L + 1) * L; k++) out.T[k] += (m.T[k] - m.TU[k] / m.c) / BAG;
  }
  if (report && DEV) console.error(`bag of ${BAG}: dev span F1 ${spanF1(devSents, devSents.map((s) => viterbi(emissions(out, s), s.gold.length, avgTrans(out))))}`);
  return out;
}
const main = bagged(sents, true);
const mainTrans = avgTrans(main);

// 2b. document memory: out-of-part first passes over the training documents, then the memory
// weights on top of those fixed emissions
const FOLDS = 4, DOC_EPOCHS = 4, ND = DOC_FEATURES.length;
// which memory features are learned and shipped: with dt|LOC the memory learned from ANERcorp's
// sports pages that a city named again is a club (ORG), which cost the press its places
// (development gold geo 0.99 -> 0.97); see data/models/README.md
const MEMORY = opt("--memory", "PERS,ORG").split(",").map((t) => "dt|" + t);
const MASK = DOC_FEATURES.reduce((m, f, k) => (MEMORY.includes(f) ? m | (1 << k) : m), 0);
const firstEm = new Map<Sent, Float32Array>();
const trainDocs = [...new Set(sents.map((s) => s.doc))];
for (let k = 0; k < FOLDS; k++) {
  const held = new Set(trainDocs.filter((_, i) => i % FOLDS === k));
  const m = train(sents.filter((s) => !held.has(s.doc)), false);
  for (const s of sents) if (held.has(s.doc)) firstEm.set(s, emissions(m, s));
  console.error(`document memory: part ${k + 1}/${FOLDS} tagged by a model that did not see it`);
}
/** Document-memory bits of every sentence, from first-pass labels over each whole document. */
function memoryBits(list: Sent[], em: (s: Sent) => Float32Array, trans: Float32Array): Map<Sent, Uint8Array> {
  const out = new Map<Sent, Uint8Array>();
  const byDoc = new Map<number, Sent[]>();
  for (const s of list) { let d = byDoc.get(s.doc); if (!d) byDoc.set(s.doc, (d = [])); d.push(s); }
  for (const ss of byDoc.values()) {
    const labels = ss.flatMap((s) => viterbi(em(s), s.gold.length, trans)), keys = ss.flatMap((s) => s.keys);
    const bits = docBits(keys, labels);
    let at = 0;
    for (const s of ss) { out.set(s, bits.slice(at, at + s.gold.length).map((b) => b & MASK)); at += s.gold.length; }
  }
  return out;
}
const trainBits = memoryBits(sents, (s) => firstEm.get(s)!, mainTrans);
const D = new Float64Array(ND * L), DU = new Float64Array(ND * L);
{
  let c = 1, seed = 999;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let ep = 0; ep < DOC_EPOCHS; ep++) {
    const order = sents.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const si of order) {
      const s = sents[si], n = s.gold.length, bits = trainBits.get(s)!;
      if (!bits.some((b) => b)) continue;
      const em = Float32Array.from(firstEm.get(s)!);
      for (let i = 0; i < n; i++) for (let k = 0; k < ND; k++) if ((bits[i] >> k) & 1) for (let y = 0; y < L; y++) em[i * L + y] += D[k * L + y];
      const pred = viterbi(em, n, mainTrans);
      for (let i = 0; i < n; i++) {
        const g = s.gold[i], p = pred[i];
        if (g !== p) for (let k = 0; k < ND; k++) if ((bits[i] >> k) & 1) { D[k * L + g]++; DU[k * L + g] += c; D[k * L + p]--; DU[k * L + p] -= c; }
      }
      c++;
    }
  }
  for (let k = 0; k < ND * L; k++) D[k] -= DU[k] / c;
}
if (DEV) {
  const devBits = memoryBits(devSents, (s) => emissions(main, s), mainTrans);
  const preds = devSents.map((s) => {
    const em = emissions(main, s), bits = devBits.get(s)!;
    for (let i = 0; i < s.gold.length; i++) for (let k = 0; k < ND; k++) if ((bits[i] >> k) & 1) for (let y = 0; y < L; y++) em[i * L + y] += D[k * L + y];
    return viterbi(em, s.gold.length, mainTrans);
  });
  console.error(`with document memory: dev span F1 ${spanF1(devSents, preds)}`);
}

// 3. average, prune (rare features, near-zero weights), write
const round = (x: number) => Math.round(x * 1000) / 1000;
const feats: Record<string, number[]> = {};
for (const [name, k] of featId) {
  if (counts[k] < MIN_COUNT) continue;
  const v = Array.from({ length: L }, (_, y) => round(main.W[k * L + y] - main.U[k * L + y] / main.c));
  if (v.every((x) => Math.abs(x) < PRUNE)) continue;
  feats[name] = v;
}
const trans = Array.from({ length: (L + 1) * L }, (_, i) => round(main.T[i] - main.TU[i] / main.c));
const doc = Object.fromEntries(DOC_FEATURES.map((f, k) => [f, Array.from({ length: L }, (_, y) => round(D[k * L + y]))]).filter(([f]) => MEMORY.includes(f as string)));
const model: ModelFile = { version: 1, labels: [...LABELS], trans, feats, doc };
if (!WRITE) process.exit(0);
fs.writeFileSync(OUT, JSON.stringify(model));
console.error(`wrote ${OUT}: ${Object.keys(feats).length} features, ${(fs.statSync(OUT).size / 1e6).toFixed(2)} MB`);
