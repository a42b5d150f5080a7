// The compiled in-memory index over the KB's entries: lookup key -> candidate entries (names and
// aliases, each also without its article), nationality adjective -> country, id -> entry, and the
// token prefixes of multi-word names so a longest-match scanner knows when to stop extending.
// Built from the parsed rows (or read back from the compiled cache, cache.ts); lookups are plain
// Map reads.
import type { KbEntry } from "./row.ts";
import { kbKey, tokenCount, withoutArticle } from "./keys.ts";

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
  /** The most tokens any key has: the longest span a scanner needs to try. */
  readonly maxAliasTokens: number;
  readonly stats: { entries: number; keys: number; adjectives: number; commonWords: number };
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
}

export function compileKb(entries: KbEntry[], commonWords: Map<string, WordKind>): Kb {
  return kbOf(entries, indexKb(entries, commonWords));
}

/** Build the lookup tables: every name and alias (and each without ال) to its entries, best match first. */
export function indexKb(entries: readonly KbEntry[], commonWords: Map<string, WordKind>): KbIndex {
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
  return { keys, adjectives, prefixes, inner, maxTokens, commonWords };
}

/** The Kb over its entries and their compiled tables. */
export function kbOf(entries: readonly KbEntry[], index: KbIndex): Kb {
  const { keys, adjectives, prefixes, inner, maxTokens, commonWords } = index;
  const ids = new Map<string, KbEntry>();
  for (const e of entries) ids.set(e.id, e);
  const none: never[] = [];
  return {
    entries,
    byId: (id) => ids.get(id),
    lookup: (key) => (keys.get(key) ?? none).map((m) => m.entry),
    matches: (key) => keys.get(key) ?? none,
    adjective: (key) => adjectives.get(key) ?? none,
    commonWord: (key) => commonWords.get(key) ?? commonWords.get(withoutArticle(key) ?? "") ?? commonWords.get(`ال${key}`) ?? null,
    hasPrefix: (key) => prefixes.has(key),
    continues: (token) => inner.has(token),
    maxAliasTokens: maxTokens,
    stats: { entries: entries.length, keys: keys.size, adjectives: adjectives.size, commonWords: commonWords.size },
  };
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
