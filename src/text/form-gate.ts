// Form gates: a test of a token that follows from its written form alone, answered once per
// distinct form and kept by form number. Several stages scan every token of a document for a rare
// cue (an outlet's last word, a head noun that refers back to a body, the first word of a name):
// each token costs a read of the Token, of its norm or readings (strings kept in the form table,
// scattered in memory by the time a later stage runs) and a probe of a Set's hash table, for a
// test that is false for nearly every token. With the form numbers text/ keeps per token list
// (tokens.ts formNumbers), a gate reads its kept answer instead, and the stage visits only the
// tokens whose form may pass (bench/PERF.md, session 13).
//
// One table for all gates (session 16): every gate's answers sit in one Int32Array by form number,
// two bits a gate (asked, yes). With a table per gate, each of the ~12 gates read one scattered
// entry per token (a cache miss each: 72% of tokensPassing's time); now the first gate to scan a
// document brings its tokens' entries into the cache for all the others. Gates past the table's
// 16 keep a table of their own, as before.
//
// One walk per document for all gates (session 17): each gate still walked all of a document's
// tokens (a number and a scattered table read per token, for ~12 gates in four stages: the table's
// line long out of the cache by the time the next stage's gate ran). Now the first shared gate to
// scan a document walks its tokens once and keeps, per token list, the tokens whose form passes
// ANY gate asked so far in this generation (asking every such gate on a form none has seen yet);
// each gate then reads only those, a few in a hundred. A gate's cost no longer grows with the
// document, so a new gate costs its first sights and little more.
//
// The test must read nothing but the token's text, norm, kind and readings (the same for every
// token of a form: the scanner gives a kind by the characters alone) and the resources `r` it is
// given; a gate is a prefilter: the stage keeps its own full
// test (kind, sentence, coverage...) on the tokens the gate lets through.
import type { Token } from "../core/document.ts";
import { formGeneration, NUMBERS } from "./clitics.ts";
import { formNumbers } from "./tokens.ts";

const NOT_ASKED = 0, NO = 1, YES = 2;
/** Gates whose answers share the one table (two bits each in an int32). */
const SHARED_GATES = 16;

export interface FormGate<R> {
  readonly test: (t: Token, r: R) => boolean;
  /** The gate's place in the shared table (its asked bit is 1 << 2·slot, yes the next), or -1: `known` below. */
  readonly slot: number;
  /** A gate past the shared table's: per form number, NOT_ASKED, NO or YES, for generation `gen` and resources `res`. */
  known: Uint8Array | null;
  gen: number;
  res: R | undefined;
  /** The indices of the last call's passing tokens (`m` of them), for the numbered list `list`. */
  hits: Int32Array;
  m: number;
  list: readonly Token[] | null;
  /** hits[0, m) as the view handed out for `list`, handed out again when the same list is asked again (a view is ~0.1 KB). */
  view: Int32Array | null;
}

let gates = 0;
/** The gates of the shared table, by slot. */
const bySlot: FormGate<unknown>[] = [];

export function formGate<R>(test: (t: Token, r: R) => boolean): FormGate<R> {
  const slot = gates < SHARED_GATES ? gates++ : -1;
  const g: FormGate<R> = { test, slot, known: null, gen: -1, res: undefined, hits: new Int32Array(1024), m: 0, list: null, view: null };
  if (slot >= 0) bySlot[slot] = g as FormGate<unknown>;
  return g;
}

// The shared table: per form number, the asked and yes bits of every gate, for form generation
// `tableGen` (emptied when the form table renumbers).
let table: Int32Array | null = null;
let tableGen = -1;

/**
 * The indices, ascending, of the tokens whose form passes the gate's test with resources r: a view
 * of the gate's buffer, valid until the next call with this gate. A list text/ did not number
 * (hand-made tokens, or the form table was emptied since) is tested token by token.
 */
export function tokensPassing<R>(g: FormGate<R>, tokens: readonly Token[], r: R): Int32Array {
  const n = tokens.length;
  const ids = formNumbers(tokens as Token[]);
  const gen = formGeneration();
  // asked again for the same document (a stage that scans sentence by sentence): the last answer
  if (ids !== null && g.list === tokens && g.gen === gen && g.res === r) return g.view!;
  g.list = null;
  g.view = null;
  if (g.hits.length < n) g.hits = new Int32Array(2 * n);
  const hits = g.hits, test = g.test;
  let m = 0;
  if (ids === null) {
    for (let i = 0; i < n; i++) if (test(tokens[i], r)) hits[m++] = i;
    return hits.subarray(0, m);
  }
  if (g.slot < 0) m = ownTable(g, tokens, ids, r, gen);
  else {
    const ans = sharedTable(g, gen, r);
    const asked = 1 << (2 * g.slot), yes = asked << 1;
    g.gen = gen;
    g.res = r; // (before the walk below: it may ask this gate, with these resources)
    if (usedGen !== gen) { used = 0; usedGen = gen; }
    used |= asked;
    const at = candidates(tokens, ids, ans, gen, asked);
    for (let j = 0; j < at.length; j++) {
      const i = at[j], k = ids[i];
      let w = ans[k];
      if ((w & asked) === 0) { const a = test(tokens[i], r) ? asked | yes : asked; w = ans[k] = ans[k] | a; }
      if ((w & yes) !== 0) hits[m++] = i;
    }
  }
  g.gen = gen;
  g.res = r;
  g.m = m;
  g.list = tokens;
  return (g.view = hits.subarray(0, m));
}

// The gates of the shared table asked in generation `usedGen` (their asked bits), and a count
// that moves whenever a gate's answers are dropped (new resources): a document's candidates
// listed before it may have left out a token that passes now.
let used = 0, usedGen = -1, epoch = 0;

/** A document's tokens whose form passes some gate of `mask`, for generation `gen` and `epoch`. */
interface Candidates { gen: number; epoch: number; mask: number; at: number[] }
const CANDIDATES = new WeakMap<readonly Token[], Candidates>();

/**
 * The indices, ascending, of the tokens of a numbered list whose form passes some gate asked in
 * this generation, the gate of `asked` among them: kept per list, built by one walk over its
 * tokens when the list is new, or the table changed since, or this gate was not yet asked then.
 */
function candidates(tokens: readonly Token[], ids: Int32Array, ans: Int32Array, gen: number, asked: number): number[] {
  const c = CANDIDATES.get(tokens);
  if (c !== undefined && c.gen === gen && c.epoch === epoch && (c.mask & asked) !== 0) return c.at;
  const mask = used, yes = mask << 1, n = tokens.length;
  // (a literal filled by push: a small-integer array, no store off the heap as a typed array's)
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = ids[i];
    let w = ans[k];
    if ((w & mask) !== mask) w = askAll(tokens[i], k, w, mask & ~w, ans);
    if ((w & yes) !== 0) at.push(i);
  }
  CANDIDATES.set(tokens, { gen, epoch, mask, at });
  return at;
}

/** Ask token t (form number k, entry w) every gate of `missing` (asked bits) with its own resources; the new entry. */
function askAll(t: Token, k: number, w: number, missing: number, ans: Int32Array): number {
  for (let b = missing; b !== 0; b &= b - 1) {
    const low = b & -b, g = bySlot[(31 - Math.clz32(low)) >> 1];
    w |= g.test(t, g.res) ? low | (low << 1) : low;
  }
  return (ans[k] = w);
}

/** The shared table for generation gen, with gate g's bits dropped when its resources are not r's. */
function sharedTable<R>(g: FormGate<R>, gen: number, r: R): Int32Array {
  if (table === null) table = new Int32Array(NUMBERS);
  else if (tableGen !== gen) table.fill(0);
  tableGen = gen;
  // (a gate never used has no bits to drop; one used with other resources, or in another
  // generation, is treated alike: its bits may name answers to other questions)
  if (g.res !== undefined && (g.res !== r || g.gen !== gen)) {
    const keep = ~(3 << (2 * g.slot));
    for (let k = 0; k < table.length; k++) table[k] &= keep;
    epoch++;
  }
  return table;
}

/** A gate past the shared table's: its own byte per form number, as before the table was shared. */
function ownTable<R>(g: FormGate<R>, tokens: readonly Token[], ids: Int32Array, r: R, gen: number): number {
  const n = tokens.length, hits = g.hits, test = g.test;
  let known = g.known;
  if (known === null) g.known = known = new Uint8Array(NUMBERS);
  else if (g.gen !== gen || g.res !== r) known.fill(NOT_ASKED);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const k = ids[i];
    let v = known[k];
    if (v === NOT_ASKED) known[k] = v = test(tokens[i], r) ? YES : NO;
    if (v === YES) hits[m++] = i;
  }
  return m;
}

/** The first position of `hits` (ascending token indices) holding an index ≥ i. */
export function firstFrom(hits: Int32Array, i: number): number {
  let lo = 0, hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid] < i) lo = mid + 1; else hi = mid; }
  return lo;
}
