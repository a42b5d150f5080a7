// A linear BIO name tagger (structured averaged perceptron, Viterbi decoding) over the features
// in features.ts. The weights ship in data/models/ner-perceptron.json (trained on ANERcorp's
// train part by scripts/train-ner.ts; see data/models/README.md). Cheap by construction: a
// token's emission scores are a sum of cached per-(window position, word) vectors plus a few rule
// features, and decoding is 9×9 per token.
import fs from "node:fs";
import type { Token } from "../../core/document.ts";
import { RasidError } from "../../core/errors.ts";
import { LABELS, OFFSETS, ruleFeatures, wordFeatures, type FeatureResources } from "./features.ts";

const L = LABELS.length;
const START = L; // transition row for the sentence start

export interface ModelFile { version: 1; labels: string[]; trans: number[]; feats: Record<string, number[]> }

export interface NerModel {
  weights: Map<string, Float32Array>;
  /** (L+1)×L: previous label (or START) → label. Illegal BIO moves are -Infinity. */
  trans: Float32Array;
  /** Cached emission vectors of a word at every window position, by kind and text. */
  cache: Map<string, Float32Array>;
  /** Rule-feature vectors by the ids of the three rule tags around a token. */
  ruleCache: Map<number, Float32Array>;
  tagIds: Map<string, number>;
}

/** I-X may only follow B-X or I-X. */
export function legal(prev: number, next: number): boolean {
  const n = LABELS[next];
  if (!n.startsWith("I-")) return true;
  if (prev === START) return false;
  return LABELS[prev].slice(2) === n.slice(2) && LABELS[prev] !== "O";
}

export function modelFromFile(m: ModelFile, source = "model"): NerModel {
  if (m.version !== 1 || m.labels.join() !== LABELS.join() || m.trans.length !== (L + 1) * L)
    throw new RasidError("E_INTERNAL", source, "NER model: " + "labels or transition table do not match this tagger");
  const weights = new Map<string, Float32Array>();
  for (const [k, v] of Object.entries(m.feats)) weights.set(k, Float32Array.from(v));
  const trans = Float32Array.from(m.trans);
  for (let p = 0; p <= L; p++) for (let n = 0; n < L; n++) if (!legal(p, n)) trans[p * L + n] = -Infinity;
  return { weights, trans, cache: new Map(), ruleCache: new Map(), tagIds: new Map() };
}

export function loadModel(file: string): NerModel {
  let text: string;
  try { text = fs.readFileSync(file, "utf8"); } catch (e) { throw new RasidError("E_NOT_FOUND", file, "NER model: " + String(e)); }
  return modelFromFile(JSON.parse(text) as ModelFile, file);
}

function addFeatures(model: NerModel, feats: string[], into: Float32Array): void {
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let y = 0; y < L; y++) into[y] += w[y];
  }
}

const NO = OFFSETS.length;

/** A small id for a rule tag ("B-PERS:kb"); 0 and 1 are the sentence's edges. */
function tagId(model: NerModel, t: string): number {
  let k = model.tagIds.get(t);
  if (k === undefined) model.tagIds.set(t, (k = model.tagIds.size + 2));
  return k;
}

/** A word's emission vectors at every window position, cached by its kind and text: NO×L floats. */
function wordVectors(model: NerModel, t: Token | undefined, r: FeatureResources): Float32Array {
  const key = t ? t.text : "\u0000"; // a token's kind follows from its text
  let v = model.cache.get(key);
  if (!v) {
    if (model.cache.size > 200_000) model.cache.clear();
    v = new Float32Array(NO * L);
    OFFSETS.forEach((o, k) => addFeatures(model, wordFeatures(t, o, r), v!.subarray(k * L, (k + 1) * L)));
    model.cache.set(key, v);
  }
  return v;
}

/** Emission scores of tokens [s, e) (one sentence): a flat (e-s)×L array. */
export function emissions(model: NerModel, tokens: Token[], s: number, e: number, rules: readonly string[], r: FeatureResources): Float32Array {
  const n = e - s;
  const out = new Float32Array(n * L);
  const pad = wordVectors(model, undefined, r);
  const vecs: Float32Array[] = [];
  for (let i = s; i < e; i++) vecs.push(wordVectors(model, tokens[i], r));
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = 0; k < NO; k++) {
      const j = i + OFFSETS[k];
      const v = j >= 0 && j < n ? vecs[j] : pad;
      const off = k * L;
      for (let y = 0; y < L; y++) out[base + y] += v[off + y];
    }
    // the rule features depend only on the three tags around the token: cached by their ids
    const rk = ((i > 0 ? tagId(model, rules[s + i - 1]) : 0) * 4096 + tagId(model, rules[s + i])) * 4096 + (i + 1 < n ? tagId(model, rules[s + i + 1]) : 1);
    let rv = model.ruleCache.get(rk);
    if (!rv) { rv = new Float32Array(L); addFeatures(model, ruleFeatures(rules, s + i, s, e), rv); model.ruleCache.set(rk, rv); }
    for (let y = 0; y < L; y++) out[base + y] += rv[y];
  }
  return out;
}

/** Best label sequence for one sentence's emission scores. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): number[] {
  if (!n) return [];
  const score = new Float64Array(n * L), back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = em[y] + trans[START * L + y];
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p] + trans[p * L + y];
        if (s > best) { best = s; arg = p; }
      }
      score[i * L + y] = best + em[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let y = 0, best = -Infinity;
  for (let k = 0; k < L; k++) if (score[(n - 1) * L + k] > best) { best = score[(n - 1) * L + k]; y = k; }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { out[i] = y; y = back[i * L + y]; }
  return out;
}

/** Sentence ranges [start, end) of a token list, by each token's sentence index. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 1; i <= tokens.length; i++) if (i === tokens.length || tokens[i].sentence !== tokens[s].sentence) { out.push([s, i]); s = i; }
  return tokens.length ? out : [];
}

export interface TaggedSpan { start: number; end: number; type: "PERS" | "LOC" | "ORG" | "MISC" }

/** Label indexes → spans (token ranges) of B-X I-X*. */
export function spansOf(labels: number[], offset = 0): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = LABELS[labels[i]];
    if (!l.startsWith("B-")) continue;
    let j = i + 1;
    while (j < labels.length && LABELS[labels[j]] === "I-" + l.slice(2)) j++;
    out.push({ start: offset + i, end: offset + j, type: l.slice(2) as TaggedSpan["type"] });
    i = j - 1;
  }
  return out;
}

/** Tag a document's tokens, given the recognizer's own mentions' tags (features.ruleTags). */
export function tag(model: NerModel, tokens: Token[], rules: readonly string[], r: FeatureResources): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const [s, e] of sentenceRanges(tokens)) {
    const em = emissions(model, tokens, s, e, rules, r);
    out.push(...spansOf(viterbi(em, e - s, model.trans), s));
  }
  return out;
}
