// Aggregates a store keeps up to date at ingest so that reading stays cheap at corpus scale,
// computed here without SQL so every backend counts the same way. Co-mentions: a document
// naming k distinct entities adds one to each of the k·(k−1) ordered pairs (a→b and b→a), so
// "who appears with X" is one range read of X's row (entity_pairs in SQLite; PostgreSQL keeps
// the same table) instead of a self-join over every document naming X.

/** Every ordered pair of distinct items: [1, 2, 3] → [1,2] [1,3] [2,1] [2,3] [3,1] [3,2]. Duplicates count once. */
export function orderedPairs<T>(items: T[]): [T, T][] {
  const unique = [...new Set(items)];
  const out: [T, T][] = [];
  for (const a of unique) for (const b of unique) if (a !== b) out.push([a, b]);
  return out;
}
