// Extending a knowledge-base name one token at a time ("الامم" → "الامم المتحده"), as a trie
// grown on demand over the gazetteer: a node is a key that is an alias or the start of longer
// aliases, and its children are the next tokens' normalized forms already asked about. A step
// from a node is one read in that node's small Map, keyed by the next token's norm (a string
// shared by every token of the form, its hash computed once), instead of building the longer
// key and probing the gazetteer's big tables twice (is it a name? do longer names start here?).
// The answers are the gazetteer's own, so matches are the same; only repeated questions get
// cheaper. Nodes that lead somewhere are bounded by the KB's keys and prefixes; the dead ends
// remembered are bounded per node and in total.
import type { Gazetteer, NameEntry } from "./gazetteer.ts";

export interface NameNode {
  /** The normalized key so far, tokens joined by single spaces. */
  readonly key: string;
  /** The key's candidates when it is a name, else undefined. */
  readonly hit: readonly NameEntry[] | undefined;
  /** Do longer names start with this key? */
  readonly prefix: boolean;
  /** Children asked about so far, by the next token's norm. */
  next: Map<string, NameNode> | null;
  /** The ids of `hit`, made on the first match (kbMatches): every mention of the name shares them. */
  ids: string[] | null;
  /**
   * The last step taken from this node, by the next token's form number (text/clitics.ts) in form
   * generation `lastGen` (-1: none): a repeated step (الامم → المتحده) compares two integers
   * instead of reading the token's norm string and probing `next` (that Map read was 88% of
   * step's time: bench/PERF.md, session 9, perf9b).
   */
  lastNum: number; lastGen: number; last: NameNode | null;
}

const DEAD: NameNode = { key: "", hit: undefined, prefix: false, next: null, ids: null, lastNum: -1, lastGen: -1, last: null };
const MAX_CHILDREN = 4096;
const MAX_DEAD = 1_000_000;
let dead = 0;

const roots = new WeakMap<Gazetteer, Map<string, NameNode>>();

/** The node of a one-token key that starts longer names (the caller has asked isPrefix). */
export function rootNode(gaz: Gazetteer, key: string, hit: readonly NameEntry[] | undefined): NameNode {
  let m = roots.get(gaz);
  if (!m) roots.set(gaz, (m = new Map()));
  let n = m.get(key);
  if (!n) m.set(key, (n = { key, hit, prefix: true, next: null, ids: null, lastNum: -1, lastGen: -1, last: null }));
  return n;
}

/**
 * The node after `n` extended by a token whose norm is `norm` (a dead end when neither a name nor a
 * prefix). `num`, `gen`: the token's form number and the form generation it belongs to (gen -1:
 * not numbered); the same form has the same norm, so the memo answers as `next` would.
 */
export function step(gaz: Gazetteer, n: NameNode, norm: string, num = -1, gen = -1): NameNode {
  if (gen >= 0 && n.lastNum === num && n.lastGen === gen) return n.last!;
  const c = stepByNorm(gaz, n, norm);
  if (gen >= 0) { n.lastNum = num; n.lastGen = gen; n.last = c; }
  return c;
}

function stepByNorm(gaz: Gazetteer, n: NameNode, norm: string): NameNode {
  let next = n.next;
  if (next === null) n.next = next = new Map();
  let c = next.get(norm);
  if (c === undefined) {
    const key = n.key + " " + norm;
    const hit = gaz.lookup(key), prefix = gaz.isPrefix(key);
    if (hit || prefix) { c = { key, hit, prefix, next: null, ids: null, lastNum: -1, lastGen: -1, last: null }; next.set(norm, c); }
    else {
      c = DEAD;
      if (next.size < MAX_CHILDREN && dead < MAX_DEAD) { next.set(norm, c); dead++; }
    }
  }
  return c;
}
