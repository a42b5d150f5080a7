// Connection settings for the PostgreSQL store, read from the URL's query parameters, else the
// environment, else defaults (docs/postgres.md lists them). Rasid's own parameters are taken out
// of the URL before it reaches the driver; anything else in the query (sslmode, …) is the
// driver's. Numbers that do not parse are refused with the parameter named, never guessed.
import postgres from "postgres";
import { RasidError } from "../../core/errors.ts";
import { redact } from "../open.ts";

export interface PgSettings {
  max: number;                 // connections in this process's pool
  statementTimeoutMs: number;  // server-side statement_timeout (0 = none)
  lockTimeoutMs: number;       // server-side lock_timeout (0 = none)
  idleTimeoutS: number;        // close pooled connections idle this long
  connectTimeoutS: number;
  applicationName: string;     // shows in pg_stat_activity
  prepare: string;             // "true" | "false": named prepared statements (false behind PgBouncer in transaction mode)
}

interface Param { key: keyof PgSettings; url: string; env: string; dflt: number | string }

export const PARAMS: Param[] = [
  { key: "max", url: "max", env: "RASID_PG_MAX", dflt: 4 },
  { key: "statementTimeoutMs", url: "statement_timeout", env: "RASID_PG_STATEMENT_TIMEOUT", dflt: 60_000 },
  { key: "lockTimeoutMs", url: "lock_timeout", env: "RASID_PG_LOCK_TIMEOUT", dflt: 30_000 },
  { key: "idleTimeoutS", url: "idle_timeout", env: "RASID_PG_IDLE_TIMEOUT", dflt: 30 },
  { key: "connectTimeoutS", url: "connect_timeout", env: "RASID_PG_CONNECT_TIMEOUT", dflt: 30 },
  { key: "applicationName", url: "application_name", env: "RASID_PG_APPLICATION_NAME", dflt: "rasid" },
  { key: "prepare", url: "prepare", env: "RASID_PG_PREPARE", dflt: "true" },
];

/** Split a URL into the driver's URL and Rasid's settings. */
export function parseSettings(url: string, env: NodeJS.ProcessEnv = process.env): { url: string; settings: PgSettings } {
  let u: URL;
  try { u = new URL(url); } catch { throw new RasidError("E_USAGE", redact(url), "not a valid postgres:// URL"); }
  const out: Record<string, number | string> = {};
  for (const p of PARAMS) {
    const raw = u.searchParams.get(p.url) ?? env[p.env] ?? null;
    u.searchParams.delete(p.url);
    if (raw === null || raw === "") { out[p.key] = p.dflt; continue; }
    if (p.key === "prepare" && raw !== "true" && raw !== "false") throw new RasidError("E_USAGE", `${p.url} (or ${p.env})`, `expected true or false, got "${raw}"`);
    if (typeof p.dflt === "string") { out[p.key] = raw; continue; }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || (p.key === "max" && n < 1)) {
      throw new RasidError("E_USAGE", `${p.url} (or ${p.env})`, `expected a ${p.key === "max" ? "positive" : "non-negative"} integer, got "${raw}"`);
    }
    out[p.key] = n;
  }
  return { url: u.toString(), settings: out as unknown as PgSettings };
}

/** bigint (count, sum) and numeric come back as JS numbers: every count Rasid keeps fits. */
const asNumber = (oids: number[]) => ({ to: oids[0], from: oids, serialize: (x: unknown) => String(x), parse: (x: string) => Number(x) });

export function connect(url: string, env: NodeJS.ProcessEnv = process.env): { sql: postgres.Sql; settings: PgSettings } {
  const { url: driverUrl, settings } = parseSettings(url, env);
  const sql = postgres(driverUrl, {
    max: settings.max,
    prepare: settings.prepare === "true",
    idle_timeout: settings.idleTimeoutS,
    connect_timeout: settings.connectTimeoutS,
    onnotice: () => {},                              // "NOTICE: text-search query contains only stop words" and the like
    types: { int8: asNumber([20]), numeric: asNumber([1700]) },
    connection: {
      application_name: settings.applicationName,
      statement_timeout: settings.statementTimeoutMs,
      lock_timeout: settings.lockTimeoutMs,
    },
  });
  return { sql, settings };
}
