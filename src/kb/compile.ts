// The compiled in-memory index over the KB's entries: lookup key -> candidate entries (names and
// aliases, each also without its article), nationality adjective -> country, id -> entry, and the
// token prefixes of multi-word names so a longest-match scanner knows when to stop extending.
// Built from the parsed rows (or read back from the compiled cache, cache.ts).
//
// Lookups: the recognizer asks about every reading of every new word (~600 asks an article, most
// for words the KB lacks, often the same word of several tables in a row), so the tables are
// merged into one record per key (KeyInfo: all a key is, one Map read), a 1M-bit filter over a
// hash of the key's letters answers ~97% of misses without touching the Map, and the last
// key's record is kept for the next ask.
import type { KbEntry } from "./row.ts";
import { kbKey, tokenCount, withoutArticle } from "./keys.ts";
import { looseIndex, type LooseIndex } from "./loose-index.ts";
import { changesAWord, hashString, inflectedWord, looseHash, looseKey, spellingOf, type WordSet } from "./loose.ts";

export type WordKind = "stop" | "verb" | "noun";

/** How a key reached an entry: its canonical name, one of its aliases, or either without ال. */
export type MatchVia = "name" | "alias" | "bare";
export interface KbMatch { entry: KbEntry; via: MatchVia }

export interface Kb {
  /** All entries, hand-written files first, then generated ones. */
  readonly entries: readonly KbEntry[];
  /** The entry with this id (wd:Q…, gn:…, rasid:…). */
  byId(id: string): KbEntry | undefined;
  /** Entries whose name or alias has this key (see keys.ts: kbKey); with or without ال. */
  lookup(key: string): KbEntry[];
  /** Same as lookup, saying how each entry matched (exact names beat ال-less forms). */
  matches(key: string): KbMatch[];
  /** Countries (or other entries) a nationality/relational adjective refers to: "الروسيه" -> Russia. */
  adjective(key: string): KbEntry[];
  /** The ordinary-word reading of a one-word key (عند -> "stop", صبر -> "noun"), else null. */
  commonWord(key: string): WordKind | null;
  /** True when some multi-word key starts with these whole tokens ("الولايات" -> true). */
  hasPrefix(key: string): boolean;
  /** True when some multi-word key has this token after its first ("المتحده" -> true): a name can go on with it. */
  continues(token: string): boolean;
  /** All the KB knows of one key, in one read: its matches, adjectives, prefix and continuation flags. */
  info(key: string): KeyInfo;
  /**
   * For a key with no exact match: the exact key of the one foreign-named entity (or homonym set)
   * whose loose key (loose.ts) it shares, else null ("جاكارتا" -> "جاكرتا"). Ask only after an exact miss.
   */
  loose(key: string): string | null;
  /** True when some multi-word loose key starts with this key's loose form (after an exact miss). */
  loosePrefix(key: string): boolean;
  /** True when some multi-word loose key has this token's loose form after its first word. */
  looseInner(token: string): boolean;
  /** Loose keys left out: shared by entities that differ, or by an ordinary word (for `rasid kb check`). */
  readonly looseDropped: LooseIndex["dropped"];
  /** The most tokens any key has: the longest span a scanner needs to try. */
  readonly maxAliasTokens: number;
  readonly stats: { entries: number; keys: number; adjectives: number; commonWords: number; looseKeys: number };
}

/** One key's answers to matches(), adjective(), hasPrefix() and continues() (shared, do not change). */
export interface KeyInfo {
  readonly matches: readonly KbMatch[];
  readonly adjectives: readonly KbEntry[];
  readonly prefix: boolean;
  readonly inner: boolean;
}

const RANK: Record<MatchVia, number> = { name: 0, alias: 1, bare: 2 };

/** The compiled lookup tables, plain data (cache.ts writes them to disk and reads them back). */
export interface KbIndex {
  keys: Map<string, KbMatch[]>;
  adjectives: Map<string, KbEntry[]>;
  prefixes: Set<string>;
  /** Tokens that stand after the first in some multi-word key. */
  inner: Set<string>;
  maxTokens: number;
  commonWords: Map<string, WordKind>;
  /** Loose keys of foreign-named entities (loose-index.ts). */
  loose: LooseIndex;
}

/** `frequent` and `ordinary`: the words loose keys must not be taken for (loose-index.ts; load.ts readOrdinaryWords). */
export function compileKb(entries: KbEntry[], commonWords: Map<string, WordKind>, words: OrdinaryWords = NO_WORDS): Kb {
  return kbOf(entries, indexKb(entries, commonWords, words), () => new Set([...words.frequent, ...words.ordinary]));
}

export interface OrdinaryWords { frequent: Iterable<string>; ordinary: Iterable<string> }
const NO_WORDS: OrdinaryWords = { frequent: [], ordinary: [] };

/** Build the lookup tables: every name and alias (and each without ال) to its entries, best match first. */
export function indexKb(entries: readonly KbEntry[], commonWords: Map<string, WordKind>, words: OrdinaryWords = NO_WORDS): KbIndex {
  const keys = new Map<string, KbMatch[]>();
  const adjectives = new Map<string, KbEntry[]>();
  const prefixes = new Set<string>();
  const inner = new Set<string>();
  let maxTokens = 1;

  const addKey = (key: string, m: KbMatch) => {
    if (!key) return;
    const list = keys.get(key);
    if (!list) { keys.set(key, [m]); }
    else {
      const old = list.findIndex((x) => x.entry === m.entry);
      if (old < 0) list.push(m);
      else if (RANK[m.via] < RANK[list[old].via]) list[old] = m;
    }
    const n = tokenCount(key);
    if (n > 1) {
      maxTokens = Math.max(maxTokens, n);
      const toks = key.split(" ");
      for (let i = 1; i < toks.length; i++) { prefixes.add(toks.slice(0, i).join(" ")); inner.add(toks[i]); }
    }
  };

  for (const e of entries) {
    const names: [string, MatchVia][] = [[e.name, "name"], ...e.aliases.map((a): [string, MatchVia] => [a, "alias"])];
    for (const [n, via] of names) {
      const key = kbKey(n);
      addKey(key, { entry: e, via });
      const bare = withoutArticle(key);
      if (bare) addKey(bare, { entry: e, via: "bare" });
    }
    for (const a of e.adjectives) {
      const key = kbKey(a);
      const list = adjectives.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      adjectives.set(key, list);
    }
  }
  for (const list of keys.values()) list.sort((a, b) => RANK[a.via] - RANK[b.via]);
  flagOrdinarySurnames(entries, keys, commonWords, words);
  const loose = looseIndex(entries, keys, [...words.frequent, ...adjectives.keys()], [...words.ordinary, ...commonWords.keys()]);
  return { keys, adjectives, prefixes, inner, maxTokens, commonWords, loose };
}

/**
 * A person's family name that is also an ordinary word (خطيب "preacher", عقار "property", رئيسي
 * "main", البرهان "the proof") is flagged like a KB name that is one, so the recognizer asks for
 * evidence before reading the word alone as that person. Only words not flagged already, and only
 * when the ordinary-word list is there (hunspell-ar at build; without it nothing changes), and never
 * a word that is also the name of a place or organization (الرياض، جدة): that entry's own rules hold.
 */
function flagOrdinarySurnames(entries: readonly KbEntry[], keys: Map<string, KbMatch[]>, commonWords: Map<string, WordKind>, words: OrdinaryWords): void {
  let ordinary: Set<string> | null = null;
  for (const e of entries) {
    if (e.type !== "PERSON") continue;
    for (const n of [e.name, ...e.aliases]) {
      const key = kbKey(n);
      const last = key.slice(key.lastIndexOf(" ") + 1);
      if (!last || commonWords.has(last)) continue;
      // a word that names something else too (الرياض the city, حماس the movement) keeps its own evidence rules
      const named = keys.get(last);
      if (named && named.some((m) => m.entry.type !== "PERSON")) continue;
      ordinary ??= new Set([...words.ordinary]);
      if (ordinary.size === 0) return;
      const bare = withoutArticle(last);
      if (ordinary.has(last) || (bare !== null && ordinary.has(bare))) commonWords.set(last, "noun");
    }
  }
}

/** The Kb over its entries and their compiled tables. */
/**
 * `words`: the ordinary words (load.ts readOrdinaryWords), read only when a text key first shares a
 * kept loose key: such a key is refused when it is an ordinary word with a proclitic or an ending.
 */
export function kbOf(entries: readonly KbEntry[], index: KbIndex, words: () => WordSet = () => new Set()): Kb {
  const { keys, adjectives, prefixes, inner, maxTokens, commonWords, loose } = index;
  const ids = new Map<string, KbEntry>();
  for (const e of entries) ids.set(e.id, e);
  const { info } = keyTable(index);
  // a key's loose form without the length minimum (kept loose keys are long enough; prefixes and
  // inner words need none), for the last key asked: lookup, isPrefix and continues ask in a row
  let lastLoose = "", lastLk: string | null = null, ordinary: WordSet | null = null;
  // one filter per loose table: a key with no loose match stops at its bit. loosePrefix and
  // looseInner are gates (a name may go on), so their filter's answer is taken as it is: a rare
  // false yes costs one more step, never a match.
  const LOOSE_BITS = 1 << 20; // 128 KB each: well under 1% of other keys pass
  const filterOf = (keys: Iterable<string>) => {
    const f = new Uint32Array(LOOSE_BITS >>> 5);
    for (const k of keys) { const b = hashString(k) & (LOOSE_BITS - 1); f[b >>> 5] |= 1 << (b & 31); }
    return f;
  };
  const keyBits = filterOf(loose.keys.keys()), prefixBits = filterOf(loose.prefixes), innerBits = filterOf(loose.inner);
  let hashKey = "", hashVal = -1; // lookup, isPrefix and continues ask about one key in a row
  const inFilter = (f: Uint32Array, key: string) => {
    const h = key === hashKey ? hashVal : (hashKey = key, hashVal = looseHash(key));
    if (h < 0) return false;
    const b = h & (LOOSE_BITS - 1);
    return (f[b >>> 5] & (1 << (b & 31))) !== 0;
  };
  const lk = (key: string) => {
    if (key === lastLoose) return lastLk;
    lastLoose = key;
    return (lastLk = inFilter(keyBits, key) ? looseKey(key, undefined, 1) : null);
  };
  return {
    entries,
    byId: (id) => ids.get(id),
    lookup: (key) => info(key).matches.map((m) => m.entry),
    matches: (key) => info(key).matches as KbMatch[],
    adjective: (key) => info(key).adjectives as KbEntry[],
    commonWord: (key) => commonWords.get(key) ?? commonWords.get(withoutArticle(key) ?? "") ?? commonWords.get(`ال${key}`) ?? null,
    hasPrefix: (key) => info(key).prefix,
    continues: (token) => info(token).inner,
    info,
    loose: (key) => {
      const l = lk(key);
      if (l === null || loose.refused.has(key)) return null;
      const to = loose.keys.get(l);
      if (to === undefined || !spellingOf(key, to)) return null;
      const w = (ordinary ??= words());
      return inflectedWord(key, w) || changesAWord(key, to, w) ? null : to;
    },
    loosePrefix: (key) => inFilter(prefixBits, key),
    looseInner: (token) => inFilter(innerBits, token),
    looseDropped: loose.dropped,
    maxAliasTokens: maxTokens,
    stats: { entries: entries.length, keys: keys.size, adjectives: adjectives.size, commonWords: commonWords.size, looseKeys: loose.keys.size },
  };
}

const NONE: never[] = [];
const EMPTY: KeyInfo = Object.freeze({ matches: NONE, adjectives: NONE, prefix: false, inner: false });

/** The merged per-key records, their filter, and the reader that uses both (with a one-key memo). */
function keyTable(index: KbIndex): { info: (key: string) => KeyInfo } {
  const merged = new Map<string, { matches: readonly KbMatch[]; adjectives: readonly KbEntry[]; prefix: boolean; inner: boolean }>();
  const at = (k: string) => {
    let r = merged.get(k);
    if (!r) merged.set(k, (r = { matches: NONE, adjectives: NONE, prefix: false, inner: false }));
    return r;
  };
  for (const [k, m] of index.keys) at(k).matches = m;
  for (const [k, a] of index.adjectives) at(k).adjectives = a;
  for (const k of index.prefixes) at(k).prefix = true;
  for (const k of index.inner) at(k).inner = true;
  const filter = new Uint32Array(SLOTS >>> 5); // one bit per slot
  for (const k of merged.keys()) { const h = slot(k); filter[h >>> 5] |= 1 << (h & 31); }
  let lastKey = "", last: KeyInfo = merged.get("") ?? EMPTY;
  const info = (key: string): KeyInfo => {
    if (key === lastKey) return last;
    lastKey = key;
    const h = slot(key);
    return (last = filter[h >>> 5] & (1 << (h & 31)) ? merged.get(key) ?? EMPTY : EMPTY);
  };
  return { info };
}

const SLOTS = 1 << 20; // 128 KB of bits: ~3% of the slots hold a key, so ~97% of misses stop here
/** A key's filter slot: a multiplicative hash of its code units (no string made, no Map read). */
export function slot(s: string): number {
  let h = Math.imul(s.length, 0x9e3779b1);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & (SLOTS - 1);
}

/**
 * Places that need no extra evidence when their name is also an ordinary word: countries,
 * provinces, capitals and cities of 100,000 people or more. Smaller homonyms of ordinary words
 * (عند، صبر، أمل) need a cue (مدينة، بلدة، قرب، في), the document's country, or both.
 */
export const PROMINENT_POPULATION = 100_000;
export function isProminent(e: KbEntry): boolean {
  if (e.type !== "GPE" && e.type !== "LOC") return true;
  if (["country", "province", "capital", "region"].includes(e.subtype)) return true;
  return (e.population ?? 0) >= PROMINENT_POPULATION;
}
