// Aggregates a store keeps up to date at ingest so that reading stays cheap at corpus scale,
// computed here without SQL so every backend counts the same way. Type masks: one bit per
// entity type a document names, so "documents naming a PERSON" is a test on the document row
// rather than a probe of its entities. Co-mentions: a document
// naming k distinct entities adds one to each of the k·(k−1) ordered pairs (a→b and b→a), so
// "who appears with X" is one range read of X's row (entity_pairs in SQLite; PostgreSQL keeps
// the same table) instead of a self-join over every document naming X.

import type { EntityType } from "../core/contract.ts";

/** The bit of each entity type in a document's type mask (never renumber: masks are stored). */
export const TYPE_BIT: Record<EntityType, number> = { PERSON: 1, ORG: 2, GPE: 4, LOC: 8, FAC: 16 };

/** The type mask of a document naming entities of these types: ["PERSON", "GPE"] → 5. */
export function typeMask(types: Iterable<EntityType>): number {
  let m = 0;
  for (const t of types) m |= TYPE_BIT[t] ?? 0;
  return m;
}

/** Every ordered pair of distinct items: [1, 2, 3] → [1,2] [1,3] [2,1] [2,3] [3,1] [3,2]. Duplicates count once. */
export function orderedPairs<T>(items: T[]): [T, T][] {
  const unique = [...new Set(items)];
  const out: [T, T][] = [];
  for (const a of unique) for (const b of unique) if (a !== b) out.push([a, b]);
  return out;
}

/** Counts of a batch, tallied before they are written once per key (both backends). */
export interface Tallies {
  pairs: Map<string, number>;                 // a \t b → documents naming both
  days: Map<string, [number, number]>;        // entity \t day → [documents, mentions]
}

export const newTallies = (): Tallies => ({ pairs: new Map(), days: new Map() });

/** Count one document: its distinct entities (id, mentions) on its published day. */
export function tallyDocument(t: Tallies, entities: { id: string; mentions: number }[], published: string | null): void {
  if (published) {
    for (const e of entities) {
      const k = `${e.id}\t${published}`;
      const d = t.days.get(k);
      if (d) { d[0]++; d[1] += e.mentions; } else t.days.set(k, [1, e.mentions]);
    }
  }
  for (const [a, b] of orderedPairs(entities.map((e) => e.id))) { const k = `${a}\t${b}`; t.pairs.set(k, (t.pairs.get(k) ?? 0) + 1); }
}
