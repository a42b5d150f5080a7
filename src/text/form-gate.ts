// Form gates: a test of a token that follows from its written form alone, answered once per
// distinct form and kept by form number. Several stages scan every token of a document for a rare
// cue (an outlet's last word, a head noun that refers back to a body, the first word of a name):
// each token costs a read of the Token, of its norm or readings (strings kept in the form table,
// scattered in memory by the time a later stage runs) and a probe of a Set's hash table, for a
// test that is false for nearly every token. With the form numbers text/ keeps per token list
// (tokens.ts formNumbers), a gate reads one byte per token from a dense array instead, and the
// stage visits only the tokens whose form may pass (bench/PERF.md, session 13).
//
// The test must read nothing but the token's text, norm, kind and readings (the same for every
// token of a form: the scanner gives a kind by the characters alone) and the resources `r` it is
// given; a gate is a prefilter: the stage keeps its own full
// test (kind, sentence, coverage...) on the tokens the gate lets through.
import type { Token } from "../core/document.ts";
import { formGeneration, NUMBERS } from "./clitics.ts";
import { formNumbers } from "./tokens.ts";

const NOT_ASKED = 0, NO = 1, YES = 2;

export interface FormGate<R> {
  readonly test: (t: Token, r: R) => boolean;
  /** Per form number: NOT_ASKED, NO or YES, for generation `gen` and resources `res`. */
  known: Uint8Array | null;
  gen: number;
  res: R | undefined;
  /** The indices of the last call's passing tokens (`m` of them), for the numbered list `list`. */
  hits: Int32Array;
  m: number;
  list: readonly Token[] | null;
}

export function formGate<R>(test: (t: Token, r: R) => boolean): FormGate<R> {
  return { test, known: null, gen: -1, res: undefined, hits: new Int32Array(1024), m: 0, list: null };
}

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
  if (ids !== null && g.list === tokens && g.gen === gen && g.res === r) return g.hits.subarray(0, g.m);
  g.list = null;
  if (g.hits.length < n) g.hits = new Int32Array(2 * n);
  const hits = g.hits, test = g.test;
  let m = 0;
  if (ids === null) {
    for (let i = 0; i < n; i++) if (test(tokens[i], r)) hits[m++] = i;
    return hits.subarray(0, m);
  }
  let known = g.known;
  if (known === null) g.known = known = new Uint8Array(NUMBERS);
  else if (g.gen !== gen || g.res !== r) known.fill(NOT_ASKED);
  g.gen = gen;
  g.res = r;
  for (let i = 0; i < n; i++) {
    const k = ids[i];
    let v = known[k];
    if (v === NOT_ASKED) known[k] = v = test(tokens[i], r) ? YES : NO;
    if (v === YES) hits[m++] = i;
  }
  g.m = m;
  g.list = tokens;
  return hits.subarray(0, m);
}

/** The first position of `hits` (ascending token indices) holding an index ≥ i. */
export function firstFrom(hits: Int32Array, i: number): number {
  let lo = 0, hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid] < i) lo = mid + 1; else hi = mid; }
  return lo;
}
