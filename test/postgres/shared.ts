// One throw-away PostgreSQL server per test file, started on first use and stopped by pid when
// the file's tests end; each caller gets a fresh database on it (CREATE DATABASE is cheap).
import { after } from "node:test";
import { openPostgres, type PostgresStore } from "../../src/store/postgres/postgres-store.ts";
import { startPg, type PgServer } from "./pg-server.ts";

let server: Promise<PgServer> | null = null;
let n = 0;
// registered when the file is loaded, so it belongs to the file (the root), not to the first suite that asks
after(async () => { if (server) await (await server).stop(); });

export function sharedServer(): Promise<PgServer> {
  return (server ??= startPg());
}

/** A new empty database on the shared server: its URL. */
export async function freshDb(prefix = "rasid_test"): Promise<string> {
  const s = await sharedServer();
  return s.createDb(`${prefix}_${process.pid}_${++n}`);
}

export async function freshStore(): Promise<{ store: PostgresStore; url: string; cleanup: () => Promise<void> }> {
  const url = await freshDb();
  const store = await openPostgres(url);
  return { store, url, cleanup: () => store.close() };
}
