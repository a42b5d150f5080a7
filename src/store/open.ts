// Opening a store from what the user gave: `--db` wins over the RASID_DB environment variable,
// which wins over ./rasid.db. A postgres:// or postgresql:// URL selects the PostgreSQL backend
// (loaded only when asked for, so SQLite users never load it and a missing module fails with a
// clear message); anything else is a SQLite file path.
import fs from "node:fs";
import { RasidError } from "../core/errors.ts";
import type { Store } from "./store.ts";

export const DEFAULT_DB = "rasid.db";

/** The database the user means: flag, else environment, else ./rasid.db. */
export function resolveDb(flag?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.RASID_DB || DEFAULT_DB;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

export interface OpenOptions {
  readonly?: boolean;
  mustExist?: boolean;   // for commands that only read: a missing SQLite file is an error, not a new empty database
}

export async function openStore(target: string, opts: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) {
    let mod: { openPostgres?: (url: string, opts: OpenOptions) => Promise<Store> };
    try {
      // a URL, not a literal: the module is another engineer's and may not exist in this checkout
      mod = await import(new URL("./postgres/postgres-store.ts", import.meta.url).href);
    } catch (e) {
      throw new RasidError("E_STORE", redact(target), `the PostgreSQL backend could not be loaded (${(e as Error).message})`);
    }
    if (typeof mod.openPostgres !== "function") throw new RasidError("E_STORE", redact(target), "the PostgreSQL backend does not export openPostgres()");
    return mod.openPostgres(target, opts);
  }
  if (opts.mustExist && !fs.existsSync(target)) {
    throw new RasidError("E_STORE", target, "no database here; create it with `rasid ingest --db " + target + " PATH...`");
  }
  const { SqliteStore } = await import("./sqlite/sqlite-store.ts");
  return new SqliteStore(target, opts);
}

/** A URL without its password, for messages. */
export function redact(target: string): string {
  return target.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}
