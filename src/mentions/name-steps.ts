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
}

const DEAD: NameNode = { key: "", hit: undefined, prefix: false, next: null, ids: null };
const MAX_CHILDREN = 4096;
const MAX_DEAD = 1_000_000;
let dead = 0;

const roots = new WeakMap<Gazetteer, Map<string, NameNode>>();

/** The node of a one-token key that starts longer names (the caller has asked isPrefix). */
export function rootNode(gaz: Gazetteer, key: string, hit: readonly NameEntry[] | undefined): NameNode {
  let m = roots.get(gaz);
  if (!m) roots.set(gaz, (m = new Map()));
  let n = m.get(key);
  if (!n) m.set(key, (n = { key, hit, prefix: true, next: null, ids: null }));
  return n;
}

/** The node after `n` extended by a token whose norm is `norm` (a dead end when neither a name nor a prefix). */
export function step(gaz: Gazetteer, n: NameNode, norm: string): NameNode {
  let next = n.next;
  if (next === null) n.next = next = new Map();
  let c = next.get(norm);
  if (c === undefined) {
    const key = n.key + " " + norm;
    const hit = gaz.lookup(key), prefix = gaz.isPrefix(key);
    if (hit || prefix) { c = { key, hit, prefix, next: null, ids: null }; next.set(norm, c); }
    else {
      c = DEAD;
      if (next.size < MAX_CHILDREN && dead < MAX_DEAD) { next.set(norm, c); dead++; }
    }
  }
  return c;
}
