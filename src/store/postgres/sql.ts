// Running the store's dynamic queries on PostgreSQL. The WHERE builders in sqlite/where.ts are
// plain parameterized SQL with `?` placeholders that both engines understand once numbered, so
// filters are written once for both backends; here `?` becomes `$1, $2, …`. No user text is ever
// spliced into SQL: it always travels as a parameter.
import type postgres from "postgres";

type Db = postgres.Sql | postgres.TransactionSql;

/** `a = ? AND b = ?` → `a = $1 AND b = $2` (the store's SQL never has a literal `?`). */
export function numbered(text: string): string {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
}

export async function all<T = Record<string, unknown>>(db: Db, text: string, params: unknown[] = []): Promise<T[]> {
  return [...(await db.unsafe(numbered(text), params as postgres.ParameterOrJSON<never>[]))] as unknown as T[];   // a plain array, not the driver's Result
}

export async function one<T = Record<string, unknown>>(db: Db, text: string, params: unknown[] = []): Promise<T | undefined> {
  return (await all<T>(db, text, params))[0];
}

/** The first column of the first row (counts). */
export async function scalar<T = number>(db: Db, text: string, params: unknown[] = []): Promise<T> {
  const r = await one<Record<string, T>>(db, text, params);
  return r ? (Object.values(r)[0] as T) : (undefined as T);
}
