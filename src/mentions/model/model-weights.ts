// The NER model's weights in the layout the tagger reads, made from the model file once (or read
// from model-cache.ts): every feature's row is a view of one Float32Array, and the word features'
// weights at all five window positions are packed into one array (`packed`, a header int before
// each name's [from, to)), which is all first sight reads (tagger.ts fillSlot). The per-name
// records (NameWeights, NO×L floats each) are made only when asked for (tests, and a model
// whose affix letters do not fit features.ts's index): 27k objects and arrays that every full
// collection marked, for nothing, while the index reads `packed` (bench/PERF.md, session 15).
import { LABELS, OFFSETS } from "./features.ts";

const L = LABELS.length;
const NO = OFFSETS.length;

/** A word feature's weights at all positions (NO×L), nonzero only in [from, to). */
export interface NameWeights { v: Float32Array; from: number; to: number; /** Where [from, to) of v sits in `packed`, after a header: from | to << 8. */ at: number }

/** The features (names[i]: row i of `rows`, L floats) and the word features packed by name (`words[k]` at `ats[k]`). */
export interface Weights {
  names: string[]; rows: Float32Array;
  words: string[]; ats: Int32Array; packed: Float32Array;
}

/** A model file's `feats` in rows; null when a vector is not L long (no shipped model has one: such a file takes tagger.ts's own path). */
export function rowsOf(feats: Record<string, number[]>): { names: string[]; rows: Float32Array } | null {
  const names = Object.keys(feats);
  const rows = new Float32Array(names.length * L);
  for (let i = 0; i < names.length; i++) {
    const v = feats[names[i]];
    if (v.length !== L) return null;
    rows.set(v, i * L);
  }
  return { names, rows };
}

/** Pack the word features of names/rows ("pos|name", pos one of OFFSETS; rule features "r…" are left out), names in first-seen order. */
export function packWords(names: string[], rows: Float32Array): Weights {
  const slot = new Map<string, number>();
  const blocks: Float32Array[] = [];
  for (let i = 0; i < names.length; i++) {
    const k = names[i], bar = k.indexOf("|");
    const pos = (OFFSETS as readonly number[]).indexOf(Number(k.slice(0, bar)));
    if (k[0] === "r" || pos < 0) continue;
    const name = k.slice(bar + 1);
    let s = slot.get(name);
    if (s === undefined) { slot.set(name, (s = blocks.length)); blocks.push(new Float32Array(NO * L)); }
    blocks[s].set(rows.subarray(i * L, (i + 1) * L), pos * L);
  }
  // adding a zero changes no sum (a sum from +0 is never -0), so the adds can skip the zeros around
  const from = new Int32Array(blocks.length), to = new Int32Array(blocks.length);
  let size = 0;
  for (let s = 0; s < blocks.length; s++) {
    const v = blocks[s];
    let f = 0, t = NO * L;
    while (f < t && v[f] === 0) f++;
    while (t > f && v[t - 1] === 0) t--;
    from[s] = f; to[s] = t;
    size += 1 + t - f;
  }
  const packed = new Float32Array(size), head = new Int32Array(packed.buffer), ats = new Int32Array(blocks.length);
  size = 0;
  for (let s = 0; s < blocks.length; s++) {
    ats[s] = size;
    head[size] = from[s] | (to[s] << 8);
    packed.set(blocks[s].subarray(from[s], to[s]), size + 1);
    size += 1 + to[s] - from[s];
  }
  return { names, rows, words: [...slot.keys()], ats, packed };
}

/** Every feature's weights by name, each a view of `rows`. */
export function weightsByName(w: Weights): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (let i = 0; i < w.names.length; i++) out.set(w.names[i], w.rows.subarray(i * L, (i + 1) * L));
  return out;
}

/** weightsByName's get without its views made ahead: a name's row number from a Map made on first
 *  use, and a new view of that row per call (the same numbers). */
export function rowLookup(w: Weights): (name: string) => Float32Array | undefined {
  let rowOf: Map<string, number> | null = null;
  return (name) => {
    if (rowOf === null) { rowOf = new Map(); for (let i = 0; i < w.names.length; i++) rowOf.set(w.names[i], i); }
    const i = rowOf.get(name);
    return i === undefined ? undefined : w.rows.subarray(i * L, (i + 1) * L);
  };
}

/** The word features' records, remade from `packed` (the same numbers: zero outside [from, to)). */
export function nameWeights(w: Weights): Map<string, NameWeights> {
  const out = new Map<string, NameWeights>();
  const head = new Int32Array(w.packed.buffer, w.packed.byteOffset, w.packed.length);
  const blocks = new Float32Array(w.words.length * NO * L);
  for (let s = 0; s < w.words.length; s++) {
    const at = w.ats[s], from = head[at] & 255, to = head[at] >> 8;
    const v = blocks.subarray(s * NO * L, (s + 1) * NO * L);
    v.set(w.packed.subarray(at + 1, at + 1 + to - from), from);
    out.set(w.words[s], { v, from, to, at });
  }
  return out;
}
