// A linear BIO name tagger (structured averaged perceptron, Viterbi decoding) over the features
// in features.ts. The weights ship in data/models/ner-perceptron.json (trained on ANERcorp's
// train part by scripts/train-ner.ts; see data/models/README.md). Cheap by construction, since
// it runs on every token of every article:
// - a word's weights at all five window positions are summed once and cached by its text
//   (one Map lookup per token, no key built);
// - the rule features come from a small table indexed by (window position, rule tag id);
// - emissions, Viterbi scores and back-pointers live in typed arrays reused across calls, and
//   the whole document is decoded sentence by sentence inside them, allocating nothing per token.
import fs from "node:fs";
import type { Token } from "../../core/document.ts";
import { RasidError } from "../../core/errors.ts";
import { DOC_FEATURES, LABELS, OFFSETS, docBits, docKey, ruleFeatures, wordFeatures, type FeatureResources } from "./features.ts";

const L = LABELS.length;
const START = L; // transition row for the sentence start
const NO = OFFSETS.length;
const CACHE_SIZE = 100_000; // words per cache generation (two generations: ≤ 200k vectors)
const MAX_TAGS = 64; // distinct rule tags ("B-PERS:kb", …) a model can see; ~30 exist

export interface ModelFile {
  version: 1; labels: string[]; trans: number[]; feats: Record<string, number[]>;
  /** Document-memory weights ("dt|PERS" …, features.ts), added in a second pass; absent: one pass. */
  doc?: Record<string, number[]>;
}

export interface NerModel {
  weights: Map<string, Float32Array>;
  /** Word features by name without position ("w:بوتين"): their weights at all positions, NO×L. */
  byName: Map<string, Float32Array>;
  /** (L+1)×L: previous label (or START) → label. Illegal BIO moves are -Infinity. */
  trans: Float32Array;
  /** Emission vectors of a word at every window position (NO×L), by its text; `old` holds the
   *  previous generation, so a full cache keeps its frequent words instead of starting over. */
  cache: Map<string, Float32Array>;
  old: Map<string, Float32Array>;
  /** Rule-tag ids: "" is 0. */
  tagIds: Map<string, number>;
  /** Rule vectors by (position -1..1) × MAX_TAGS + tag id, filled on first use. */
  ruleVecs: (Float32Array | undefined)[];
  /** Work arrays, grown to the longest document seen. */
  work: Work;
  /** Document-memory weights by bit (features.docBits): 16 combinations × L, or null. */
  doc: Float32Array | null;
}

interface Work { em: Float32Array; score: Float64Array; back: Uint8Array; labels: Int32Array; vecs: Float32Array[]; rid: Int32Array; bwd: Float64Array; bwdFor: number }
const newWork = (n: number): Work => ({ em: new Float32Array(n * L), score: new Float64Array(n * L), back: new Uint8Array(n * L), labels: new Int32Array(n), vecs: new Array(n), rid: new Int32Array(n), bwd: new Float64Array(n * L), bwdFor: -1 });

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
  const byName = new Map<string, Float32Array>();
  for (const [k, w] of weights) {
    const bar = k.indexOf("|");
    const pos = (OFFSETS as readonly number[]).indexOf(Number(k.slice(0, bar)));
    if (k[0] === "r" || pos < 0) continue; // rule features ("r0|…") stay in `weights` only
    const name = k.slice(bar + 1);
    let v = byName.get(name);
    if (!v) byName.set(name, (v = new Float32Array(NO * L)));
    v.set(w, pos * L);
  }
  let doc: Float32Array | null = null;
  if (m.doc) {
    // the summed weights of every combination of the four document features
    doc = new Float32Array(16 * L);
    for (let b = 0; b < 16; b++) for (let k = 0; k < 4; k++) {
      const v = (b >> k) & 1 ? m.doc[DOC_FEATURES[k]] : undefined;
      if (v) for (let y = 0; y < L; y++) doc[b * L + y] += v[y];
    }
  }
  return { weights, byName, trans, cache: new Map(), old: new Map(), tagIds: new Map([["", 0]]), ruleVecs: new Array(3 * MAX_TAGS), work: newWork(256), doc };
}

export function loadModel(file: string): NerModel {
  let text: string;
  try { text = fs.readFileSync(file, "utf8"); } catch (e) { throw new RasidError("E_NOT_FOUND", file, "NER model: " + String(e)); }
  return modelFromFile(JSON.parse(text) as ModelFile, file);
}

function addFeatures(model: NerModel, feats: string[], into: Float32Array, at = 0): void {
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let y = 0; y < L; y++) into[at + y] += w[y];
  }
}

/** What the tagger keeps on a token's written form (Token.form.tagger): its emission vectors. */
interface FormRecord { model: NerModel; gaz: FeatureResources["gaz"]; lex: FeatureResources["lex"]; v: Float32Array; key: string }

/**
 * A word's emission vectors at every window position (NO×L floats): kept on the token's form
 * (text/ makes one form per distinct word and keeps it as long as it keeps the word), else in
 * the model's cache by text (hand-made tokens, the sentence-edge pad).
 */
function wordVectors(model: NerModel, t: Token | undefined, r: FeatureResources): Float32Array {
  // the record on the token's written form (one property read), if it is for this model and these lexicons
  const form = t?.form;
  const rec = form?.tagger as FormRecord | undefined;
  if (rec && rec.model === model && rec.gaz === r.gaz && rec.lex === r.lex) return rec.v;
  const key = t ? t.text : "\u0000"; // a token's kind and readings follow from its text
  let v = model.cache.get(key);
  if (v) { if (form) form.tagger = { model, gaz: r.gaz, lex: r.lex, v, key: docKey(t!, r) } satisfies FormRecord; return v; }
  v = model.old.get(key);
  if (!v) {
    // each feature name once: its vector holds its weights at all five positions
    v = new Float32Array(NO * L);
    for (const f of wordFeatures(t, 0, r, true)) {
      const w = model.byName.get(f);
      if (w) for (let y = 0; y < NO * L; y++) v[y] += w[y];
    }
  }
  if (form) form.tagger = { model, gaz: r.gaz, lex: r.lex, v, key: docKey(t!, r) } satisfies FormRecord;
  else {
    if (model.cache.size >= CACHE_SIZE) { model.old = model.cache; model.cache = new Map(); }
    model.cache.set(key, v);
  }
  return v;
}

/** The small id of a rule tag; tags past MAX_TAGS (none exist) count as "". */
function tagId(model: NerModel, t: string): number {
  let k = model.tagIds.get(t);
  if (k === undefined) { k = model.tagIds.size < MAX_TAGS ? model.tagIds.size : 0; if (k) model.tagIds.set(t, k); }
  return k;
}

/** The weights of the rule features a tag gives at window position o (-1, 0, 1). */
function ruleVector(model: NerModel, o: number, id: number, tag: string): Float32Array {
  const slot = (o + 1) * MAX_TAGS + id;
  let v = model.ruleVecs[slot];
  if (!v) {
    // ruleFeatures of a three-token window whose only tag is at position o
    const tags = ["", "", ""];
    tags[o + 1] = tag;
    v = new Float32Array(L);
    addFeatures(model, ruleFeatures(tags, 1, 1 + Math.min(o, 0), 2 + Math.max(o, 0)).filter((f) => f.startsWith("r" + o + "|")), v);
    model.ruleVecs[slot] = v;
  }
  return v;
}

/** Emission scores of tokens [s, e) into w.em rows s..e-1 (w.vecs and w.rid filled). */
function emissionsInto(model: NerModel, w: Work, s: number, e: number, pad: Float32Array, tagOf: string[]): void {
  const { em, vecs, rid } = w;
  const none = ruleVector(model, 0, 0, "");
  for (let i = s; i < e; i++) {
    const base = i * L;
    const a = i - 2 >= s ? vecs[i - 2] : pad, b = i - 1 >= s ? vecs[i - 1] : pad, c = vecs[i];
    const d = i + 1 < e ? vecs[i + 1] : pad, f = i + 2 < e ? vecs[i + 2] : pad;
    const r = rid[i] === 0 ? none : ruleVector(model, 0, rid[i], tagOf[rid[i]]);
    for (let y = 0; y < L; y++) em[base + y] = a[y] + b[L + y] + c[2 * L + y] + d[3 * L + y] + f[4 * L + y] + r[y];
    if (i > s && rid[i - 1] !== 0) addInto(em, base, ruleVector(model, -1, rid[i - 1], tagOf[rid[i - 1]]));
    if (i + 1 < e && rid[i + 1] !== 0) addInto(em, base, ruleVector(model, 1, rid[i + 1], tagOf[rid[i + 1]]));
  }
}

function addInto(em: Float32Array, base: number, v: Float32Array): void {
  for (let y = 0; y < L; y++) em[base + y] += v[y];
}

/** Viterbi over rows s..e-1 of em into labels[s..e). */
function decodeInto(w: Work, s: number, e: number, trans: Float32Array): void {
  const { em, score, back, labels } = w;
  for (let y = 0; y < L; y++) score[s * L + y] = em[s * L + y] + trans[START * L + y];
  for (let i = s + 1; i < e; i++) {
    const prev = (i - 1) * L, cur = i * L;
    // O and B-X may follow any label; I-X only B-X or I-X (the others are -Infinity in trans)
    for (let y = 0; y < L; y++) {
      let best = -Infinity, arg = 0;
      if (y === 0 || (y & 1) === 1) {
        for (let p = 0; p < L; p++) {
          const v = score[prev + p] + trans[p * L + y];
          if (v > best) { best = v; arg = p; }
        }
      } else {
        const v1 = score[prev + y - 1] + trans[(y - 1) * L + y], v2 = score[prev + y] + trans[y * L + y];
        if (v1 >= v2) { best = v1; arg = y - 1; } else { best = v2; arg = y; }
      }
      score[cur + y] = best + em[cur + y];
      back[cur + y] = arg;
    }
  }
  let y = 0, best = -Infinity;
  for (let k = 0; k < L; k++) if (score[(e - 1) * L + k] > best) { best = score[(e - 1) * L + k]; y = k; }
  for (let i = e - 1; i >= s; i--) { labels[i] = y; y = back[i * L + y]; }
}

/** Best label sequence for one sentence's emission scores (for training and tests). */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): number[] {
  if (!n) return [];
  const w = newWork(n);
  w.em.set(em.subarray(0, n * L));
  decodeInto(w, 0, n, trans);
  return Array.from(w.labels);
}

/** Sentence ranges [start, end) of a token list, by each token's sentence index. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 1; i <= tokens.length; i++) if (i === tokens.length || tokens[i].sentence !== tokens[s].sentence) { out.push([s, i]); s = i; }
  return tokens.length ? out : [];
}

export interface TaggedSpan { start: number; end: number; type: "PERS" | "LOC" | "ORG" | "MISC" }

const TYPE_OF = LABELS.map((l) => l.slice(2) as TaggedSpan["type"]);
const IS_B = LABELS.map((l) => l.startsWith("B-"));

/** Label indexes → spans (token ranges) of B-X I-X*. */
export function spansOf(labels: ArrayLike<number>, offset = 0, from = 0, to = labels.length, out: TaggedSpan[] = []): TaggedSpan[] {
  for (let i = from; i < to; i++) {
    const b = labels[i];
    if (!IS_B[b]) continue;
    let j = i + 1;
    while (j < to && labels[j] === b + 1) j++; // I-X follows B-X in LABELS
    out.push({ start: offset + i, end: offset + j, type: TYPE_OF[b] });
    i = j - 1;
  }
  return out;
}

/** Tag a document's tokens, given the recognizer's own mentions' tags (features.ruleTags). */
export function tag(model: NerModel, tokens: Token[], rules: readonly string[], r: FeatureResources): TaggedSpan[] {
  const n = tokens.length;
  const out: TaggedSpan[] = [];
  if (!n) return out;
  if (model.work.labels.length < n) model.work = newWork(Math.max(n, 2 * model.work.labels.length));
  const w = model.work;
  const tagOf: string[] = [];
  for (const [t, id] of model.tagIds) tagOf[id] = t;
  for (let i = 0; i < n; i++) {
    w.vecs[i] = wordVectors(model, tokens[i], r);
    const t = rules[i];
    if (t === "") { w.rid[i] = 0; continue; }
    const id = tagId(model, t);
    tagOf[id] = t;
    w.rid[i] = id;
  }
  const pad = wordVectors(model, undefined, r);
  let s = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && tokens[i].sentence === tokens[s].sentence) continue;
    emissionsInto(model, w, s, i, pad, tagOf);
    decodeInto(w, s, i, model.trans);
    s = i;
  }
  if (model.doc) secondPass(model, tokens, r);
  s = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && tokens[i].sentence === tokens[s].sentence) continue;
    spansOf(w.labels, 0, s, i, out);
    s = i;
  }
  w.vecs.fill(undefined as unknown as Float32Array, 0, n); // let cleared cache entries go
  w.bwdFor = -1;
  return out;
}

/** Document memory: the sentences where a token's key was named elsewhere, decoded again with
 *  those features' weights added to their emissions (features.ts, docBits). */
function secondPass(model: NerModel, tokens: Token[], r: FeatureResources): void {
  const w = model.work, doc = model.doc!, n = tokens.length;
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rec = tokens[i].form?.tagger as FormRecord | undefined;
    keys[i] = rec && rec.model === model && rec.lex === r.lex ? rec.key : docKey(tokens[i], r);
  }
  const bits = docBits(keys, w.labels, n);
  let s = 0, any = false;
  for (let i = 0; i <= n; i++) {
    if (i < n && tokens[i].sentence === tokens[s].sentence) { any ||= bits[i] !== 0; continue; }
    if (any) {
      for (let k = s; k < i; k++) if (bits[k]) addInto(w.em, k * L, doc.subarray(bits[k] * L, bits[k] * L + L));
      decodeInto(w, s, i, model.trans);
    }
    s = i;
    any = i < n && bits[i] !== 0;
  }
}

/**
 * How sure the last tag() call was that tokens [start, end) are outside every name: the best
 * sequence's score minus the best score of a sequence that puts any of them in a name (PERS,
 * LOC or ORG). 0 when the best sequence already names one of them. Uses the forward scores
 * tag() left in the work arrays and one backward pass over the sentence, so call it right after
 * tag() on the same tokens.
 */
export function outsideMargin(model: NerModel, tokens: Token[], start: number, end: number): number {
  const w = model.work, { score, em, bwd, trans } = { ...w, trans: model.trans };
  let s = start, e = start + 1;
  while (s > 0 && tokens[s - 1].sentence === tokens[start].sentence) s--;
  while (e < tokens.length && tokens[e].sentence === tokens[start].sentence) e++;
  if (w.bwdFor !== s) {
    // bwd[i][y]: the best score of tokens i+1..e-1 given label y at i
    for (let y = 0; y < L; y++) bwd[(e - 1) * L + y] = 0;
    for (let i = e - 2; i >= s; i--) for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let n = 0; n < L; n++) { const v = trans[y * L + n] + em[(i + 1) * L + n] + bwd[(i + 1) * L + n]; if (v > best) best = v; }
      bwd[i * L + y] = best;
    }
    w.bwdFor = s;
  }
  let all = -Infinity;
  for (let y = 0; y < L; y++) all = Math.max(all, score[s * L + y] + bwd[s * L + y]);
  let named = -Infinity;
  for (let i = start; i < end; i++) for (let y = 1; y < L - 2; y++) named = Math.max(named, score[i * L + y] + bwd[i * L + y]);
  return all - named;
}
