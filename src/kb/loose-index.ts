// Which loose keys (loose.ts) the KB keeps. Every exact name key of every entity gets its loose
// key; a loose key is kept when a foreign-named entity (loose.ts: foreignNamed) has it and every
// exact key that shares it names the same entities (جاكرتا and جاكارتا: one city, kept; a loose
// key of two different entities: dropped, neither is guessed). It is also dropped when a frequent
// word has it: a lexicon word (given names, titles, cues), a hand-listed common word, a nationality
// adjective. A word of the large ordinary-word list (hunspell-ar: ~100k stems, many rare) that has
// it does not drop it (ميركل would be lost to the rare مركول) but is itself refused: that exact
// word never links through the loose key. A kept loose key points at one of its exact keys, so a
// variant links to exactly what that spelling links to (the city and its homonyms, left to the
// geocoder).
import type { KbEntry } from "./row.ts";
import type { KbMatch } from "./compile.ts";
import { foreignNamed, looseKey, looseRules } from "./loose.ts";

/** A loose key left out ("shared", "common": a frequent word has it) or kept with one word refused ("word"). */
export interface LooseDrop { loose: string; reason: "shared" | "common" | "word"; keys: string[]; ids: string[]; word?: string }

export interface LooseIndex {
  /** Loose key -> the exact key it stands for. */
  keys: Map<string, string>;
  /** Loose forms of the first words of multi-word kept loose keys. */
  prefixes: Set<string>;
  /** Loose forms of the words after the first of multi-word kept loose keys. */
  inner: Set<string>;
  /** Ordinary words whose loose key is kept: they never link through it. */
  refused: Set<string>;
  dropped: LooseDrop[];
}

/** `frequent`: words that drop a loose key they share; `ordinary`: words refused where they share one. */
export function looseIndex(entries: readonly KbEntry[], keys: Map<string, KbMatch[]>, frequent: Iterable<string>, ordinary: Iterable<string>): LooseIndex {
  const r = looseRules();
  const foreign = new Set<KbEntry>();
  for (const e of entries) if (foreignNamed(e, r)) foreign.add(e);
  // loose key -> the exact keys that have it, and whether a foreign-named entity is among them
  const groups = new Map<string, { keys: string[]; foreign: boolean }>();
  for (const [key, ms] of keys) {
    const named = ms.filter((m) => m.via !== "bare");
    if (!named.length) continue;
    const l = looseKey(key, r);
    if (l === null) continue;
    let g = groups.get(l);
    if (!g) groups.set(l, (g = { keys: [], foreign: false }));
    g.keys.push(key);
    if (named.some((m) => foreign.has(m.entry))) g.foreign = true;
  }
  // a loose key keeps a word's first and last letters (classes applied): words whose ends no
  // foreign name's key has are skipped without making their key (~100k words of hunspell-ar)
  const cls = (c: number) => r.classes.get(c) ?? c;
  const ends = new Set<number>();
  for (const [l, g] of groups) if (g.foreign && !l.includes(" ")) ends.add(l.charCodeAt(0) * 65536 + l.charCodeAt(l.length - 1));
  const wordsByLoose = (words: Iterable<string>) => {
    const m = new Map<string, string[]>();
    for (const w of words) {
      if (w.length < 2 || !ends.has(cls(w.charCodeAt(0)) * 65536 + cls(w.charCodeAt(w.length - 1)))) continue;
      if (w.includes(" ") || keys.has(w)) continue; // a KB name listed as a word is weighed as a name
      const l = looseKey(w, r);
      if (l === null) continue;
      const list = m.get(l);
      if (!list) m.set(l, [w]); else if (!list.includes(w)) list.push(w);
    }
    return m;
  };
  const blocked = wordsByLoose(frequent), weak = wordsByLoose(ordinary);
  const ids = (key: string) => [...new Set(keys.get(key)!.filter((m) => m.via !== "bare").map((m) => m.entry.id))].sort();
  const out: LooseIndex = { keys: new Map(), prefixes: new Set(), inner: new Set(), refused: new Set(), dropped: [] };
  for (const [l, g] of groups) {
    if (!g.foreign) continue;
    const sig = g.keys.map((k) => ids(k).join(" "));
    if (sig.some((s) => s !== sig[0])) {
      out.dropped.push({ loose: l, reason: "shared", keys: g.keys, ids: [...new Set(g.keys.flatMap(ids))] });
      continue;
    }
    const word = blocked.get(l);
    if (word !== undefined) {
      out.dropped.push({ loose: l, reason: "common", keys: g.keys, ids: ids(g.keys[0]), word: word.join("|") });
      continue;
    }
    out.keys.set(l, g.keys[0]);
    for (const w of weak.get(l) ?? []) {
      out.refused.add(w);
      out.dropped.push({ loose: l, reason: "word", keys: g.keys, ids: ids(g.keys[0]), word: w });
    }
    const ws = l.split(" ");
    for (let i = 0; i < ws.length - 1; i++) out.prefixes.add(ws.slice(0, i + 1).join(" "));
    for (let i = 1; i < ws.length; i++) out.inner.add(ws[i]);
  }
  return out;
}
