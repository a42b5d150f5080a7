// A linear BIO name tagger (structured averaged perceptron, Viterbi decoding) over the features
// in features.ts. The weights ship in data/models/ner-perceptron.json (trained on ANERcorp's
// train part by scripts/train-ner.ts; see data/models/README.md). Cheap by construction, since
// it runs on every token of every article:
// - a word's weights at all five window positions are summed once, into a slot of one shared
//   Float32Array whose number its written form keeps (one property read per token, no key built);
// - the rule features come from a small table indexed by (window position, rule tag id);
// - emissions, Viterbi scores and back-pointers live in typed arrays reused across calls, and
//   the whole document is decoded sentence by sentence inside them, allocating nothing per token.
import fs from "node:fs";
import type { Token } from "../../core/document.ts";
import { RasidError } from "../../core/errors.ts";
import { capacity as formCapacity } from "../../text/form-table.ts";
import { numberTable } from "../../text/clitics.ts";
import { formNumbers } from "../../text/tokens.ts";
import { cacheFileOf, modelStamp, readModelCache, writeModelCache, type ModelParts } from "./model-cache.ts";
import { nameWeights, packWords, rowLookup, rowsOf, weightsByName, type NameWeights } from "./model-weights.ts";
import { DOC_FEATURES, LABELS, OFFSETS, docBits, docKey, featureIndex, ruleFeatures, wordFeatureHits, wordFeatures, type FeatureIndex, type FeatureResources } from "./features.ts";

const L = LABELS.length;
const START = L; // transition row for the sentence start
const NO = OFFSETS.length;
const MAX_TAGS = 64; // distinct rule tags ("B-PERS:kb", …) a model can see; ~30 exist

export interface ModelFile {
  version: 1; labels: string[]; trans: number[]; feats: Record<string, number[]>;
  /** Document-memory weights ("dt|PERS" …, features.ts), added in a second pass; absent: one pass. */
  doc?: Record<string, number[]>;
}

export type { NameWeights } from "./model-weights.ts";

export interface NerModel {
  /** Every feature's weights by name (views of one array), made when first read: tests read it. */
  weights: Map<string, Float32Array>;
  /** One feature's weights by name (a new view), or undefined: what the tagger's rule vectors and entities/name-like.ts read. */
  weightOf(name: string): Float32Array | undefined;
  /** Word features by name without position ("w:بوتين"): their weights at all positions, NO×L. */
  byName: Map<string, NameWeights>;
  /** byName's weights in one array (NameWeights.at): a word's ~12 hits read one cache line each, not three objects. */
  packed: Float32Array;
  /** The same bytes as ints, for the headers. */
  packedHead: Int32Array;
  /** byName's `at`s indexed for finding a word's features without building their names (features.ts), or null. */
  index: FeatureIndex<number> | null;
  /** (L+1)×L: previous label (or START) → label. Illegal BIO moves are -Infinity. */
  trans: Float32Array;
  /** The same as doubles, for decoding. */
  trans64: Float64Array;
  /** The constants of the exact pruning of Viterbi (dominance) and of outsideMargin's backward pass (dominanceBack). */
  prune: Float64Array; pruneBack: Float64Array;
  /** The word vectors of the resources last tagged with (arena.ts-like store below), or null. */
  arena: Arena | null;
  /** Rule-tag ids: "" is 0; tagOf: the tag of each id. */
  tagIds: Map<string, number>; tagOf: string[];
  /** Rule vectors by (position -1..1) × MAX_TAGS + tag id, filled on first use. */
  ruleVecs: (Float32Array | undefined)[];
  /** Work arrays, grown to the longest document seen. */
  work: Work;
  /** Document-memory weights by bit (features.docBits): 16 combinations × L, or null. */
  doc: Float32Array | null;
}

interface Work {
  em: Float32Array; score: Float64Array; back: Uint8Array; labels: Int32Array; off: Int32Array; kid: Int32Array; rid: Int32Array; seen: Int32Array;
  /** Per token: its slot's LO and HI ints (plainNormFilter), copied by emissionsInto from the line it reads anyway. */
  lo: Int32Array; hi: Int32Array;
  /** Per token: its sentence's end (exclusive), filled by tag(). */
  end: Int32Array;
  bwd: Float64Array; bwdFor: number;
}
const newWork = (n: number): Work => ({
  em: new Float32Array(n * L), score: new Float64Array(n * L), back: new Uint8Array(n * L), labels: new Int32Array(n), off: new Int32Array(n), kid: new Int32Array(n), rid: new Int32Array(n), seen: new Int32Array(n), lo: new Int32Array(n), hi: new Int32Array(n),
  end: new Int32Array(n), bwd: new Float64Array(n * L), bwdFor: -1,
});

/** I-X may only follow B-X or I-X. */
export function legal(prev: number, next: number): boolean {
  const n = LABELS[next];
  if (!n.startsWith("I-")) return true;
  if (prev === START) return false;
  return LABELS[prev].slice(2) === n.slice(2) && LABELS[prev] !== "O";
}

export function modelFromFile(m: ModelFile, source = "model"): NerModel {
  return modelFromParts(partsOf(m, source), source);
}

/** The file's contents with its weights laid out (model-weights.ts), checked against this tagger. */
function partsOf(m: ModelFile, source: string): ModelParts {
  check(m, source);
  const r = rowsOf(m.feats);
  if (r === null) throw new RasidError("E_INTERNAL", source, `NER model: a feature's weights are not ${L} numbers`);
  return { version: m.version, labels: m.labels, trans: m.trans, doc: m.doc, weights: packWords(r.names, r.rows) };
}

function check(m: { version: number; labels: string[]; trans: number[] }, source: string): void {
  if (m.version !== 1 || m.labels.join() !== LABELS.join() || m.trans.length !== (L + 1) * L)
    throw new RasidError("E_INTERNAL", source, "NER model: " + "labels or transition table do not match this tagger");
}

function modelFromParts(m: ModelParts, source: string): NerModel {
  check(m, source);
  const w = m.weights;
  const trans = Float32Array.from(m.trans);
  for (let p = 0; p <= L; p++) for (let n = 0; n < L; n++) if (!legal(p, n)) trans[p * L + n] = -Infinity;
  const ats = new Map<string, number>();
  for (let k = 0; k < w.words.length; k++) ats.set(w.words[k], w.ats[k]);
  let doc: Float32Array | null = null;
  if (m.doc) {
    // the summed weights of every combination of the four document features
    doc = new Float32Array(16 * L);
    for (let b = 0; b < 16; b++) for (let k = 0; k < 4; k++) {
      const v = (b >> k) & 1 ? m.doc[DOC_FEATURES[k]] : undefined;
      if (v) for (let y = 0; y < L; y++) doc[b * L + y] += v[y];
    }
  }
  // (byName and weights are made when first read: only tests and a model without an index read
  // them; weightOf finds a row by a Map of numbers, not of 42k views that start-up made and every
  // full collection marked for the ~100 names a run asks for)
  let byName: Map<string, NameWeights> | null = null, weights: Map<string, Float32Array> | null = null;
  const weightOf = rowLookup(w);
  return { get weights() { return (weights ??= weightsByName(w)); }, weightOf, get byName() { return (byName ??= nameWeights(w)); }, packed: w.packed, packedHead: new Int32Array(w.packed.buffer, w.packed.byteOffset, w.packed.length), index: featureIndex(ats), trans, trans64: Float64Array.from(trans), prune: dominance(trans), pruneBack: dominanceBack(trans), arena: null, tagIds: new Map([["", 0]]), tagOf: [""], ruleVecs: new Array(3 * MAX_TAGS), work: newWork(256), doc };
}

/** The model in `file` (JSON), read from its binary cache when that was made from this very file (model-cache.ts). */
export function loadModel(file: string): NerModel {
  const stamp = modelStamp(file), cache = cacheFileOf(file);
  const cached = readModelCache(cache, stamp);
  if (cached) return modelFromParts(cached, file);
  let text: string;
  try { text = fs.readFileSync(file, "utf8"); } catch (e) { throw new RasidError("E_NOT_FOUND", file, "NER model: " + String(e)); }
  const parts = partsOf(JSON.parse(text) as ModelFile, file);
  writeModelCache(cache, stamp, parts);
  return modelFromParts(parts, file);
}

function addFeatures(model: NerModel, feats: string[], into: Float32Array, at = 0): void {
  for (const f of feats) {
    const w = model.weightOf(f);
    if (w) for (let y = 0; y < L; y++) into[at + y] += w[y];
  }
}

// Word vectors live in one Float32Array per model and resources (an "arena"), NO×L floats per
// slot, not in one small typed array per word: 300k Float32Arrays (each with its own buffer) were
// much of what the GC walked and swept, and every emission read went through two objects. A
// token's form (text/ makes one per distinct word) holds its slot as a number, (arena id << SLOT_BITS) |
// slot: one property read, no record object; a number from another arena (another model or
// lexicons, or an arena since replaced) is recomputed. Tokens without a form use a Map by text.
// Per slot the arena also keeps the id of the word's document-memory key (features.docKey), so
// the second pass counts ints, not strings. When full, the arena is replaced (bounded memory).
// room for as many words as text/'s form table holds before it clears (~390k; the vectors' pages are
// mapped as slots are filled, 192 bytes a word), plus some for tokens without a form, so that the
// arena is not replaced (and every word's vectors made again) first
const MAX_SLOTS = formCapacity + 8192;
// a slot number's bits: enough for MAX_SLOTS (19 for the default table)
const SLOT_BITS = Math.max(19, 32 - Math.clz32(MAX_SLOTS - 1));
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const MAX_ARENA_ID = (1 << (30 - SLOT_BITS)) - 1; // ids above this are not stored on forms (a small integer must hold them)
// a slot is 48 floats: the 45 of the vectors, then three ints in the same bytes (the key id, and a
// 64-bit mask of the word's plain readings' norms, see plainNormFilter), so a slot is three whole
// cache lines and the key is read with the vectors
const SW = 48, KEY = 45, LO = 46, HI = 47;
// arena ids are unique in the process, also across copies of this module (bundle and tsx source)
const ids = ((globalThis as { __rasidTaggerArenas?: { n: number } }).__rasidTaggerArenas ??= { n: 0 });

interface Arena {
  id: number; gaz: FeatureResources["gaz"]; lex: FeatureResources["lex"];
  /** SW floats per slot; `ints` views the same bytes, for the key id at KEY (0: none). */
  vec: Float32Array; ints: Int32Array; cap: number; n: number;
  /** Document-memory key ids by key. */
  keyIds: Map<string, number>;
  /** Per key id, the first pass's type counts in this document (2 bits per type, capped at 2). */
  counts: Uint8Array;
  /** Slots of tokens without a form, by text. */
  byText: Map<string, number>;
  /**
   * Slot + 1 (0: none yet) by form number (text/tokens.ts formNumbers), valid for form generation
   * `numbersFor` (null until first used): tag() reads a token's slot from this dense array, not
   * from its Form (a cache miss per token).
   */
  byNumber: Int32Array | null; numbersFor: number;
}

// The vectors are allocated at their full size at once: growing by doubling copied ~120 MB over a
// corpus, and each new large buffer made V8 run a full collection of the whole heap (external
// memory grew), ~1.3 s over SaudiNewsNet (bench/PERF.md, session 11). The pages of a large typed
// array are mapped on first write, so the untouched rest costs address space, not memory.
function newArena(model: NerModel, r: FeatureResources): Arena {
  const cap = MAX_SLOTS;
  const vec = new Float32Array(cap * SW);
  const a: Arena = { id: ++ids.n, gaz: r.gaz, lex: r.lex, vec, ints: new Int32Array(vec.buffer), cap, n: 0, keyIds: new Map(), counts: new Uint8Array((1 << 12) + 1), byText: new Map(), byNumber: null, numbersFor: -1 };
  fillSlot(model, a, undefined, r); // slot 0: the sentence edge
  return a;
}

/** The arena for these resources, with room for `need` more slots. */
function arenaFor(model: NerModel, r: FeatureResources, need: number): Arena {
  let a = model.arena;
  if (!a || a.gaz !== r.gaz || a.lex !== r.lex || a.n + need > MAX_SLOTS) model.arena = a = newArena(model, r);
  if (a.n + need > a.cap) {
    let cap = a.cap;
    while (a.n + need > cap) cap *= 2;
    a.cap = Math.max(a.n + need, Math.min(cap, MAX_SLOTS));
    const vec = new Float32Array(a.cap * SW);
    vec.set(a.vec);
    a.vec = vec; a.ints = new Int32Array(vec.buffer);
  }
  return a;
}

const hits: number[] = [];

/** A new slot holding t's vectors (each feature name once: its vector holds all five positions). */
function fillSlot(model: NerModel, a: Arena, t: Token | undefined, r: FeatureResources): number {
  const s = a.n++, v = a.vec, base = s * SW;
  if (model.index) {
    const ws = wordFeatureHits(t, r, model.index, hits), p = model.packed, head = model.packedHead;
    // load every hit's header first (its weights follow it): ~20 rows scattered over the packed
    // weights, whose cache misses then overlap instead of each waiting for the adds before it
    let z = 0;
    for (let k = 0; k < ws.length; k++) z ^= head[ws[k]];
    warmed ^= z;
    for (let k = 0; k < ws.length; k++) {
      // the same adds as below, in the same order: weights [from, to) of the name at ws[k]
      const at = ws[k], h = head[at], from = h & 255, to = h >> 8, d = at + 1 - from;
      for (let y = from; y < to; y++) v[base + y] += p[d + y];
    }
    hits.length = 0;
  } else for (const f of wordFeatures(t, 0, r, true)) {
    const w = model.byName.get(f);
    if (w) for (let y = w.from, wv = w.v; y < w.to; y++) v[base + y] += wv[y];
  }
  const k = t ? docKey(t, r) : "";
  let id = 0;
  if (k !== "") {
    id = a.keyIds.get(k) ?? 0;
    if (id === 0) {
      a.keyIds.set(k, (id = a.keyIds.size + 1));
      if (id >= a.counts.length) { const c = new Uint8Array(2 * a.counts.length); c.set(a.counts); a.counts = c; }
    }
  }
  a.ints[base + KEY] = id;
  // the bits of the norms of its readings without an enclitic (a token without a form: all bits,
  // since another token of that text may read otherwise)
  let lo = 0, hi = 0;
  if (t && t.form === undefined) lo = hi = -1;
  else if (t) for (const rd of t.readings) if (rd.post === "") { const b = normBit(rd.norm); if (b < 32) lo |= 1 << b; else hi |= 1 << (b - 32); }
  a.ints[base + LO] = lo;
  a.ints[base + HI] = hi;
  return s;
}

/** One of 64 bits for a norm (FNV-1a's top six bits). */
function normBit(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return h >>> 26;
}

/**
 * For the document tag() last tagged: a test of token i that is false only when none of its
 * readings without an enclitic has one of `norms` as its norm (true may still be a miss). One
 * read of the token's slot instead of its readings and their strings: a cheap gate before them.
 */
export function plainNormFilter(model: NerModel, norms: Iterable<string>): (i: number) => boolean {
  let lo = 0, hi = 0;
  for (const w of norms) { const b = normBit(w); if (b < 32) lo |= 1 << b; else hi |= 1 << (b - 32); }
  if (!model.arena) return () => true;
  // (the slots' LO/HI ints as emissionsInto copied them per token: no read of the arena here)
  const los = model.work.lo, his = model.work.hi;
  return (i) => (los[i] & lo) !== 0 || (his[i] & hi) !== 0;
}

let warmed = 0; // the load-aheads' results (tag(), fillSlot), kept so that the loads stay

/** The slot of t's vectors: read on its form, else made (and noted there). */
function slotOf(model: NerModel, a: Arena, t: Token, r: FeatureResources): number {
  const form = t.form;
  if (form !== undefined) {
    const x = form.tagger;
    if (typeof x === "number" && x >>> SLOT_BITS === a.id) return x & SLOT_MASK;
    const s = fillSlot(model, a, t, r);
    if (a.id <= MAX_ARENA_ID) form.tagger = (a.id << SLOT_BITS) | s;
    return s;
  }
  let s = a.byText.get(t.text);
  if (s === undefined) {
    if (a.byText.size >= 100_000) a.byText.clear();
    a.byText.set(t.text, (s = fillSlot(model, a, t, r)));
  }
  return s;
}

/** The small id of a rule tag; tags past MAX_TAGS (none exist) count as "". */
function tagId(model: NerModel, t: string): number {
  let k = model.tagIds.get(t);
  if (k === undefined) { k = model.tagIds.size < MAX_TAGS ? model.tagIds.size : 0; if (k) { model.tagIds.set(t, k); model.tagOf[k] = t; } }
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

/** Emission scores of tokens [s, e) into w.em rows s..e-1 (w.off and w.rid filled; V: the arena's vectors), and their key ids into w.kid. */
function emissionsInto(model: NerModel, w: Work, V: Float32Array, ints: Int32Array, s: number, e: number, tagOf: string[]): void {
  const { em, off, rid, kid, lo, hi } = w;
  const none = ruleVector(model, 0, 0, "");
  for (let i = s; i < e; i++) {
    const x = i * L;
    // each neighbour's block for its window position (slot 0, the edge, outside the sentence)
    const a = i - 2 >= s ? off[i - 2] : 0, b = (i - 1 >= s ? off[i - 1] : 0) + L, c = off[i] + 2 * L;
    const d = (i + 1 < e ? off[i + 1] : 0) + 3 * L, f = (i + 2 < e ? off[i + 2] : 0) + 4 * L;
    const r = rid[i] === 0 ? none : ruleVector(model, 0, rid[i], tagOf[rid[i]]);
    // unrolled (L = 9; ~10% cheaper than the loop)
    em[x] = V[a] + V[b] + V[c] + V[d] + V[f] + r[0];
    em[x + 1] = V[a + 1] + V[b + 1] + V[c + 1] + V[d + 1] + V[f + 1] + r[1];
    em[x + 2] = V[a + 2] + V[b + 2] + V[c + 2] + V[d + 2] + V[f + 2] + r[2];
    em[x + 3] = V[a + 3] + V[b + 3] + V[c + 3] + V[d + 3] + V[f + 3] + r[3];
    em[x + 4] = V[a + 4] + V[b + 4] + V[c + 4] + V[d + 4] + V[f + 4] + r[4];
    em[x + 5] = V[a + 5] + V[b + 5] + V[c + 5] + V[d + 5] + V[f + 5] + r[5];
    em[x + 6] = V[a + 6] + V[b + 6] + V[c + 6] + V[d + 6] + V[f + 6] + r[6];
    em[x + 7] = V[a + 7] + V[b + 7] + V[c + 7] + V[d + 7] + V[f + 7] + r[7];
    em[x + 8] = V[a + 8] + V[b + 8] + V[c + 8] + V[d + 8] + V[f + 8] + r[8];
    const o = off[i];
    kid[i] = ints[o + KEY]; // the key id and the norm bits, in the line just read
    lo[i] = ints[o + LO]; hi[i] = ints[o + HI];
    if (i > s && rid[i - 1] !== 0) addInto(em, x, ruleVector(model, -1, rid[i - 1], tagOf[rid[i - 1]]));
    if (i + 1 < e && rid[i + 1] !== 0) addInto(em, x, ruleVector(model, 1, rid[i + 1], tagOf[rid[i + 1]]));
  }
}

function addInto(em: Float32Array, base: number, v: Float32Array): void {
  for (let y = 0; y < L; y++) em[base + y] += v[y];
}

/**
 * Forward Viterbi scores (and back-pointers) of rows s..e-1 of em, every label. `trans`: the
 * model's, as doubles (one type: one compiled loop). O and B-X (0 and odd labels) may follow any
 * label: the first best predecessor wins; I-X only B-X or I-X (the others are -Infinity in trans):
 * B-X wins a tie.
 */
function forward(em: Float32Array, score: Float64Array, back: Uint8Array, s: number, e: number, trans: Float64Array): void {
  for (let y = 0; y < L; y++) score[s * L + y] = em[s * L + y] + trans[START * L + y];
  for (let i = s + 1; i < e; i++) {
    const prev = (i - 1) * L, cur = i * L;
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      let best = score[prev] + trans[y], arg = 0;
      for (let p = 1; p < L; p++) {
        const v = score[prev + p] + trans[p * L + y];
        if (v > best) { best = v; arg = p; }
      }
      score[cur + y] = best + em[cur + y];
      back[cur + y] = arg;
    }
    for (let y = 2; y < L; y += 2) {
      const v1 = score[prev + y - 1] + trans[(y - 1) * L + y], v2 = score[prev + y] + trans[y * L + y];
      if (v1 >= v2) { score[cur + y] = v1 + em[cur + y]; back[cur + y] = y - 1; } else { score[cur + y] = v2 + em[cur + y]; back[cur + y] = y; }
    }
  }
}

/** The best last label (the first of the best), then the back-pointers into labels[s..e). */
function backtrack(score: Float64Array, back: Uint8Array, labels: Int32Array, s: number, e: number): void {
  let y = 0, best = -Infinity;
  for (let k = 0; k < L; k++) if (score[(e - 1) * L + k] > best) { best = score[(e - 1) * L + k]; y = k; }
  for (let i = e - 1; i >= s; i--) { labels[i] = y; y = back[i * L + y]; }
}

// Exact pruning of Viterbi. O follows O with the largest transition of all (T(O,O) = 24 in the
// shipped model, no other above 14), so in most rows of the forward pass O's score is so far above
// every other label's that O is the best predecessor of O and of every B-X in the next row:
//   score[O] + T(O,z) > score[y] + T(y,z)   for every y ≠ O and z ∈ {O, B-*},
// which holds when score[y] + D[y] < score[O] − EPS, with D[y] = max over z of T(y,z) − T(O,z)
// (constants of the model, dominance()). EPS (1e-6) dwarfs the rounding of those sums (~1e-11
// for scores below 1e5), so the double sums compare as the exact ones do, strictly: the full
// loop would keep its first candidate, O (p = 0), with the same sum. Such a row's successors are
// then scored from O alone, with the same additions in the same order: scores and back-pointers
// are bit for bit those of the full pass, hence the same labels, ties included. (I-X's
// predecessors, B-X and I-X, are scored as always: O cannot precede them.)
// test/mentions/tagger-pruning.test.ts compares it with full Viterbi on random emissions and ties.
const EPS = 1e-6;

/** D[y] of the pruning test (above) for a transition table (START row last; illegal: -Infinity); D[0] unused. */
export function dominance(trans: ArrayLike<number>): Float64Array {
  const d = new Float64Array(L).fill(-Infinity);
  for (let y = 1; y < L; y++) for (let z = 0; z < L; z += z === 0 ? 1 : 2) d[y] = Math.max(d[y], trans[y * L + z] - trans[z]);
  return d;
}

/**
 * The same for the backward scores (outsideMargin): O at i+1 is every label's best successor when
 * em[n] + bwd[n] + D'[n] < em[O] + bwd[O] − EPS for every n ≠ O at i+1, with D'[n] = max over the
 * labels y that n may follow of T(y,n) − T(y,O); then each bwd[i][y] is its O candidate, the
 * first the full loop tries, with the same sum. D'[0] unused.
 */
export function dominanceBack(trans: ArrayLike<number>): Float64Array {
  const d = new Float64Array(L).fill(-Infinity);
  for (let n = 1; n < L; n++) for (let y = 0; y < L; y++) if (trans[y * L + n] > -Infinity) d[n] = Math.max(d[n], trans[y * L + n] - trans[y * L]);
  return d;
}

/**
 * Viterbi over rows s..e-1 of w.em into labels[s..e): forward()'s sums in the same order, the
 * previous row in locals, and the O/B targets of a row after an O-dominated one scored from O
 * alone (above). The scores and back-pointers left in w are forward()'s, bit for bit. `from` > s:
 * rows s..from-1 were decoded before and their emissions have not changed since (document memory
 * changes the rows from `from` on): the forward pass resumes at `from`.
 */
function decodeInto(w: Work, s: number, e: number, trans: Float64Array, d: Float64Array, from = s): void {
  const { em, score, back, labels } = w;
  const d1 = d[1], d2 = d[2], d3 = d[3], d4 = d[4], d5 = d[5], d6 = d[6], d7 = d[7], d8 = d[8];
  const o0 = trans[0], o1 = trans[1], o3 = trans[3], o5 = trans[5], o7 = trans[7];
  // B-X → I-X and I-X → I-X
  const b2 = trans[L + 2], i2 = trans[2 * L + 2], b4 = trans[3 * L + 4], i4 = trans[4 * L + 4];
  const b6 = trans[5 * L + 6], i6 = trans[6 * L + 6], b8 = trans[7 * L + 8], i8 = trans[8 * L + 8];
  // from > s: rows s..from-1 already hold this pass's scores (their emissions unchanged since)
  let c = (from - 1) * L;
  if (from === s) { c = s * L; for (let y = 0; y < L; y++) score[c + y] = em[c + y] + trans[START * L + y]; }
  let s0 = score[c], s1 = score[c + 1], s2 = score[c + 2], s3 = score[c + 3], s4 = score[c + 4];
  let s5 = score[c + 5], s6 = score[c + 6], s7 = score[c + 7], s8 = score[c + 8];
  for (let i = from === s ? s + 1 : from; i < e; i++) {
    const prev = c;
    c += L;
    let n0: number, n1: number, n3: number, n5: number, n7: number;
    if (Math.max(s1 + d1, s2 + d2, s3 + d3, s4 + d4, s5 + d5, s6 + d6, s7 + d7, s8 + d8) < s0 - EPS) {
      n0 = s0 + o0 + em[c]; n1 = s0 + o1 + em[c + 1]; n3 = s0 + o3 + em[c + 3]; n5 = s0 + o5 + em[c + 5]; n7 = s0 + o7 + em[c + 7];
      back[c] = 0; back[c + 1] = 0; back[c + 3] = 0; back[c + 5] = 0; back[c + 7] = 0;
    } else {
      for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
        let best = s0 + trans[y], arg = 0;
        for (let p = 1; p < L; p++) {
          const v = score[prev + p] + trans[p * L + y];
          if (v > best) { best = v; arg = p; }
        }
        score[c + y] = best + em[c + y];
        back[c + y] = arg;
      }
      n0 = score[c]; n1 = score[c + 1]; n3 = score[c + 3]; n5 = score[c + 5]; n7 = score[c + 7];
    }
    // I-X: B-X wins a tie
    let v = s1 + b2, u = s2 + i2;
    if (v >= u) { s2 = v + em[c + 2]; back[c + 2] = 1; } else { s2 = u + em[c + 2]; back[c + 2] = 2; }
    v = s3 + b4; u = s4 + i4;
    if (v >= u) { s4 = v + em[c + 4]; back[c + 4] = 3; } else { s4 = u + em[c + 4]; back[c + 4] = 4; }
    v = s5 + b6; u = s6 + i6;
    if (v >= u) { s6 = v + em[c + 6]; back[c + 6] = 5; } else { s6 = u + em[c + 6]; back[c + 6] = 6; }
    v = s7 + b8; u = s8 + i8;
    if (v >= u) { s8 = v + em[c + 8]; back[c + 8] = 7; } else { s8 = u + em[c + 8]; back[c + 8] = 8; }
    s0 = n0; s1 = n1; s3 = n3; s5 = n5; s7 = n7;
    score[c] = s0; score[c + 1] = s1; score[c + 2] = s2; score[c + 3] = s3; score[c + 4] = s4;
    score[c + 5] = s5; score[c + 6] = s6; score[c + 7] = s7; score[c + 8] = s8;
  }
  backtrack(score, back, labels, s, e);
}

/** Best label sequence for one sentence's emission scores (for training and tests): full Viterbi. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): number[] {
  if (!n) return [];
  const w = newWork(n);
  w.em.set(em.subarray(0, n * L));
  const t = Float64Array.from(trans);
  forward(w.em, w.score, w.back, 0, n, t);
  backtrack(w.score, w.back, w.labels, 0, n);
  return Array.from(w.labels);
}

/**
 * The same labels as viterbi(), decoded as tag() decodes (for tests). `trans`: illegal moves
 * -Infinity. `then`: after decoding em, rows from `then.from` on are replaced by then.em's and
 * decoded again from there, as the document-memory pass does: the labels of then.em.
 */
export function viterbiPruned(em: Float32Array, n: number, trans: Float32Array, then?: { from: number; em: Float32Array }): number[] {
  if (!n) return [];
  const w = newWork(n);
  w.em.set(em.subarray(0, n * L));
  const t = Float64Array.from(trans), d = dominance(t);
  decodeInto(w, 0, n, t, d);
  if (then) {
    w.em.set(then.em.subarray(then.from * L, n * L), then.from * L);
    decodeInto(w, 0, n, t, d, then.from);
  }
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
  const a = arenaFor(model, r, n);
  const tagOf = model.tagOf;
  const { off, rid, end } = w;
  // 1. a short loop that only reads each token's kept slot (-1: none yet): by the token's form
  // number from the arena's dense array when text/ numbered the list, else from its Form (reads
  // that are independent, so their cache misses overlap instead of waiting one by one)
  const ids = formNumbers(tokens);
  let byNumber: Int32Array | null = null;
  if (ids !== null) {
    byNumber = numberTable(a);
    for (let i = 0; i < n; i++) off[i] = (byNumber[ids[i]] - 1) * SW; // (none: -SW)
  } else {
    const id = a.id;
    for (let i = 0; i < n; i++) {
      const form = tokens[i].form;
      let o = -SW;
      if (form !== undefined) {
        const x = form.tagger;
        if (typeof x === "number" && x >>> SLOT_BITS === id) o = (x & SLOT_MASK) * SW;
      }
      off[i] = o;
    }
  }
  // 2. sentence ends (exclusive) as a list: end[0..m); new words' slots (made in token order, as
  // before, and noted by number too); rule tags
  let m = 0, sent = tokens[0].sentence, lastTag = "", lastId = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.sentence !== sent) { end[m++] = i; sent = t.sentence; }
    if (off[i] === -SW) {
      const k = slotOf(model, a, t, r);
      off[i] = k * SW;
      if (byNumber !== null) byNumber[ids![i]] = k + 1;
    }
    const g = rules[i];
    if (g === "") { rid[i] = 0; continue; }
    // a mention's tokens after the first share one tag: the last one's id, without the Map
    if (g !== lastTag) { lastId = tagId(model, g); lastTag = g; }
    rid[i] = lastId;
  }
  end[m++] = n;
  const V = a.vec, ints = a.ints; // read after the slots are made: making them may have grown it
  // 3. load every slot's three cache lines (the arena holds ~61 MB of vectors) before the sums
  // that read them: one short loop of independent loads, so their misses overlap
  let z = 0;
  for (let i = 0; i < n; i++) { const o = off[i]; z ^= ints[o] ^ ints[o + 16] ^ ints[o + 32]; }
  warmed = z;
  for (let k = 0, s = 0; k < m; s = end[k++]) {
    emissionsInto(model, w, V, ints, s, end[k], tagOf);
    decodeInto(w, s, end[k], model.trans64, model.prune);
  }
  if (model.doc) secondPass(model, a, n, m);
  for (let k = 0, s = 0; k < m; s = end[k++]) spansOf(w.labels, 0, s, end[k], out);
  w.bwdFor = -1;
  return out;
}

/**
 * Document memory: the sentences where a token's key was named elsewhere, decoded again with
 * those features' weights added to their emissions. The bits are features.ts docBits' (per key,
 * the types the first pass gave it at other positions), counted by key id: a count per type
 * capped at 2 says as much as docBits' (is it above 0 once the token's own label is taken off?).
 */
function secondPass(model: NerModel, a: Arena, n: number, sentences: number): void {
  const w = model.work, doc = model.doc!, { labels, kid, seen, em, end } = w, counts = a.counts;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i], k = kid[i];
    if (y === 0 || k === 0) continue;
    const c = counts[k], sh = 2 * ((y - 1) >> 1);
    if (c === 0) seen[m++] = k;
    if (((c >> sh) & 3) < 2) counts[k] = c + (1 << sh);
  }
  if (m === 0) return;
  let first = -1; // the sentence's first token whose emissions change
  for (let q = 0, s = 0; q < sentences; s = end[q++]) {
    const i = end[q];
    // the sentence's bits from its first-pass labels (earlier sentences' decoding left them alone)
    for (let j = s; j < i; j++) {
      const k = kid[j], c = k === 0 ? 0 : counts[k];
      if (c === 0) continue;
      const own = labels[j] === 0 ? -1 : (labels[j] - 1) >> 1;
      let b = 0;
      for (let t = 0; t < 4; t++) if (((c >> (2 * t)) & 3) - (t === own ? 1 : 0) > 0) b |= 1 << t;
      if (b === 0) continue;
      if (first < 0) first = j;
      const base = j * L, at = b * L;
      for (let y = 0; y < L; y++) em[base + y] += doc[at + y];
    }
    // the rows before `first` are the first pass's: the forward pass resumes there
    if (first >= 0) decodeInto(w, s, i, model.trans64, model.prune, first);
    first = -1;
  }
  for (let j = 0; j < m; j++) counts[seen[j]] = 0;
}

/**
 * How sure the last tag() call was that tokens [start, end) are outside every name: the best
 * sequence's score minus the best score of a sequence that puts any of them in a name (PERS,
 * LOC or ORG). 0 when the best sequence already names one of them. Uses the forward scores
 * tag() left in the work arrays and one backward pass over the sentence, so call it right after
 * tag() on the same tokens.
 */
export function outsideMargin(model: NerModel, tokens: Token[], start: number, end: number): number {
  const w = model.work, { score, em, bwd } = w, trans = model.trans64;
  let s = start, e = start + 1;
  while (s > 0 && tokens[s - 1].sentence === tokens[start].sentence) s--;
  while (e < tokens.length && tokens[e].sentence === tokens[start].sentence) e++;
  if (w.bwdFor !== s) {
    // bwd[i][y]: the best score of tokens i+1..e-1 given label y at i
    for (let y = 0; y < L; y++) bwd[(e - 1) * L + y] = 0;
    const d = model.pruneBack;
    for (let i = e - 2; i >= s; i--) {
      const nx = (i + 1) * L, c0 = em[nx] + bwd[nx] - EPS;
      // the same pruning as decodeInto's, backwards: when O at i+1 beats every other label there
      // after any label y at i, each y's best is its O candidate, the loop's first (dominanceBack)
      let dominated = true;
      for (let n = 1; n < L; n++) if (!(em[nx + n] + bwd[nx + n] + d[n] < c0)) { dominated = false; break; }
      if (dominated) { for (let y = 0; y < L; y++) bwd[i * L + y] = trans[y * L] + em[nx] + bwd[nx]; continue; }
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        for (let n = 0; n < L; n++) { const v = trans[y * L + n] + em[nx + n] + bwd[nx + n]; if (v > best) best = v; }
        bwd[i * L + y] = best;
      }
    }
    w.bwdFor = s;
  }
  let all = -Infinity;
  for (let y = 0; y < L; y++) all = Math.max(all, score[s * L + y] + bwd[s * L + y]);
  let named = -Infinity;
  for (let i = start; i < end; i++) for (let y = 1; y < L - 2; y++) named = Math.max(named, score[i * L + y] + bwd[i * L + y]);
  return all - named;
}
