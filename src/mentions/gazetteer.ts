// The recognizer's compiled view of the knowledge base: normalized alias → candidate entries,
// the set of word prefixes of multi-word aliases (so the longest-match scan stops as soon as no
// alias can continue), and nationality adjectives → their country. It is built from plain
// entries (src/kb's KbEntry has this shape) so tests can build a small one from rows they write.
import { normalize } from "../text/normalize.ts";
import type { EntityType } from "../core/contract.ts";

/** What the recognizer needs of a knowledge-base row (a structural subset of src/kb's KbEntry). */
export interface NameEntry {
  id: string;
  type: EntityType;
  subtype: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  adjectives: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
  /** For the key it was looked up by: the ordinary-word reading of that key (عند → stop, صبر → noun). */
  wordKind?: "stop" | "verb" | "noun" | null;
  /** For the key it was looked up by: matched through an alias rather than the name. */
  alias?: boolean;
  /** Hand-written rows outrank generated ones when an alias is shared. */
  generated?: boolean;
}

export interface Gazetteer {
  /** Candidates for a normalized alias, best first. */
  lookup(key: string): readonly NameEntry[] | undefined;
  /** True when some multi-word alias starts with these normalized words. */
  isPrefix(key: string): boolean;
  /** False when no multi-word alias has this normalized token after its first (a name cannot go on with it); absent: unknown. */
  continues?(token: string): boolean;
  /** The country (or place) a nationality adjective refers to. */
  adjective(key: string): NameEntry | undefined;
  byId(id: string): NameEntry | undefined;
  /** The one KB person whose full name ends in this family name (عرفات → ياسر عرفات), if only one does. */
  surname?(key: string): NameEntry | undefined;
  /** Countries one of whose provinces is named by this key without its administrative word (أبين، البيضاء of محافظة البيضاء). */
  provinceBare?(key: string): ReadonlySet<string> | undefined;
  /** True when the one-word key is also an ordinary Arabic word (a particle, verb or noun). */
  ordinary?(key: string): boolean;
  size: number;
}

// a town and a city share a rank, so population orders them: else any town, even one of unknown
// population, came before a city of 700,000 of its name (a Sudanese الطائف before Taif)
const PLACE_RANK: Record<string, number> = { country: 0, province: 1, region: 2, city: 3, town: 3 };

/** Candidate order: hand-written before generated, countries before provinces before cities, then population. */
export function compareCandidates(a: NameEntry, b: NameEntry): number {
  if (!!a.generated !== !!b.generated) return a.generated ? 1 : -1;
  const ra = PLACE_RANK[a.subtype] ?? 2, rb = PLACE_RANK[b.subtype] ?? 2;
  if (ra !== rb) return ra - rb;
  return (b.population ?? 0) - (a.population ?? 0);
}

/** Countries, provinces, capitals and cities of 100,000 or more need no evidence beyond their name. */
export function isProminentPlace(e: NameEntry): boolean {
  if (e.type !== "GPE" && e.type !== "LOC") return true;
  if (["country", "province", "capital", "region"].includes(e.subtype)) return true;
  return (e.population ?? 0) >= 100_000;
}

export function buildGazetteer(entries: Iterable<NameEntry>): Gazetteer {
  const aliases = new Map<string, NameEntry[]>();
  const prefixes = new Set<string>();
  const inner = new Set<string>();
  const adjectives = new Map<string, NameEntry>();
  const ids = new Map<string, NameEntry>();
  const add = (form: string, e: NameEntry) => {
    const key = normalize(form);
    if (!key) return;
    let list = aliases.get(key);
    if (!list) aliases.set(key, (list = []));
    if (!list.includes(e)) list.push(e);
    const words = key.split(" ");
    for (let k = 1; k < words.length; k++) { prefixes.add(words.slice(0, k).join(" ")); inner.add(words[k]); }
  };
  for (const e of entries) {
    if (ids.has(e.id)) continue;
    ids.set(e.id, e);
    add(e.name, e);
    if (e.nameEn) add(e.nameEn, e);
    for (const a of e.aliases) add(a, e);
    for (const a of e.adjectives) {
      const key = normalize(a);
      const prev = adjectives.get(key);
      if (key && (!prev || compareCandidates(e, prev) < 0)) adjectives.set(key, e);
    }
  }
  for (const list of aliases.values()) list.sort(compareCandidates);
  const surnames = surnameIndex(ids.values());
  return {
    surname: (key) => surnames.get(key) ?? undefined,
    lookup: (key) => aliases.get(key),
    isPrefix: (key) => prefixes.has(key),
    continues: (token) => inner.has(token),
    adjective: (key) => adjectives.get(key),
    byId: (id) => ids.get(id),
    size: ids.size,
  };
}

/**
 * Family names of the KB's people: the last word of each multi-word name or alias, kept only when
 * it belongs to exactly one person (بوش is two presidents, so it stays unresolved here) and
 * carries no article.
 */
export function surnameIndex(entries: Iterable<NameEntry>): Map<string, NameEntry | null> {
  const out = new Map<string, NameEntry | null>();
  for (const e of entries) {
    if (e.type !== "PERSON") continue;
    for (const n of [e.name, ...e.aliases]) {
      const words = normalize(n).split(" ");
      const last = words[words.length - 1];
      // family names with ال are often words too (العودة، المهدي، الثاني): only ال-less ones here
      if (words.length < 2 || last.length < 4 || last.startsWith("ال") || /^(بن|ابو|عبد)/.test(words[words.length - 2])) continue;
      const prev = out.get(last);
      out.set(last, prev === undefined || prev === e ? e : null);
    }
  }
  return out;
}
