// The CRF as scripts/train-ner.ts's first stage (--model crf): trains it on the given sentences
// with rare features left out, then puts its weights in the perceptron's units, the units of the
// merge's margin thresholds (src/mentions/model-mentions.ts: 4, 8, 16, 40) and of --prune. The
// factor: the reference model's (by default the shipped perceptron's) median token margin on the
// same training sentences over the CRF's (tokenMargins, crf.ts). Viterbi's labels do not change
// with it; the document memory (train-ner's stage 2) then learns on emissions of the usual size.
import { LABELS } from "../../src/mentions/model/features.ts";
import type { ModelFile } from "../../src/mentions/model/tagger.ts";
import { RasidError } from "../../src/core/errors.ts";
import { median, tokenMargins, trainCrf, type CrfSentence } from "./crf.ts";

const L = LABELS.length, NT = (L + 1) * L;

/** The perceptron's weight record (train-ner.ts): averaged weights are W − U/c; here U = 0, c = 1. */
export interface StageWeights { W: Float64Array; U: Float64Array; T: Float64Array; TU: Float64Array; c: number }

export interface StageOptions {
  nf: number;
  /** 1 for the features the CRF may use (seen at least --min-count times in training). */
  keep: Uint8Array;
  sigma2: number; maxIter: number;
  /** "auto" (match `ref`'s median margin) or a number. */
  scale: string;
  ref: ModelFile | null;
  featId: Map<string, number>;
  log: (line: string) => void;
}

export function crfWeights(list: CrfSentence[], o: StageOptions): StageWeights {
  const sents = list.map((s) => ({ gold: s.gold, feats: s.feats.map((fs) => fs.filter((f) => o.keep[f])) }));
  const x = trainCrf(sents, o.nf, { sigma2: o.sigma2, maxIter: o.maxIter, log: o.log });
  const W = x.subarray(0, o.nf * L), T = x.subarray(o.nf * L);
  let k: number;
  if (o.scale === "auto") {
    if (!o.ref) throw new RasidError("E_USAGE", "--crf-scale auto", "needs a reference model (--crf-ref)");
    const ref = refWeights(o.ref, o.featId, o.nf);
    const r = tokenMargins(sents, ref.W, ref.T).sort((a, b) => a - b), c = tokenMargins(sents, W, T).sort((a, b) => a - b);
    const mr = median(r), mc = median(c);
    k = mr / mc;
    // the thresholds sit in the lower tail: how far the two shapes differ there (logged, not used)
    const q = (xs: number[], p: number) => xs[Math.floor(p * (xs.length - 1))];
    const tail = [0.05, 0.1, 0.25].map((p) => `q${p}: ${q(r, p).toFixed(1)} vs ${(k * q(c, p)).toFixed(1)}`).join(", ");
    o.log(`crf scale: reference median margin ${mr.toFixed(2)} / crf ${mc.toFixed(3)} = ${k.toFixed(3)}; scaled, reference vs crf ${tail}`);
  } else k = Number(o.scale);
  if (!(k > 0)) throw new RasidError("E_USAGE", `--crf-scale ${o.scale}`, "a positive number or auto");
  const out: StageWeights = { W: new Float64Array(o.nf * L), U: new Float64Array(o.nf * L), T: new Float64Array(NT), TU: new Float64Array(NT), c: 1 };
  for (let i = 0; i < W.length; i++) out.W[i] = W[i] * k;
  for (let i = 0; i < NT; i++) out.T[i] = T[i] * k;
  return out;
}

/** A model file's weights in this run's feature ids (features it does not hold: 0). */
function refWeights(m: ModelFile, featId: Map<string, number>, nf: number): { W: Float64Array; T: number[] } {
  const W = new Float64Array(nf * L);
  for (const [name, v] of Object.entries(m.feats)) {
    const k = featId.get(name);
    if (k !== undefined) for (let y = 0; y < L; y++) W[k * L + y] = v[y];
  }
  return { W, T: m.trans };
}
