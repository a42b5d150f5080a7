// Prepared statements kept per database, keyed by their SQL: a read builds its SQL from the
// filters given, so the same few shapes come back again and again, and preparing one costs
// more than running it on a small table. Bounded: past MAX shapes the cache starts over.
// A statement's row mode (objects, one column, arrays) is part of its key, since better-sqlite3
// keeps the mode on the statement.
import type Database from "better-sqlite3";

const MAX = 400;
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export type RowMode = "object" | "pluck" | "raw";

/** db.prepare(sql), prepared once per database and row mode. */
export function prepared(db: Database.Database, sql: string, mode: RowMode = "object"): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = mode + "\u0000" + sql;
  let st = cache.get(key);
  if (!st) {
    if (cache.size >= MAX) cache.clear();
    st = db.prepare(sql);
    if (mode === "pluck") st.pluck();
    else if (mode === "raw" && st.reader) st.raw();
    cache.set(key, st);
  }
  return st;
}
