// A real, throw-away PostgreSQL 15 for tests and benches: initdb into a temporary folder (as the
// `postgres` OS user when running as root, since PostgreSQL refuses to run as root), start it on
// 127.0.0.1 on a free port with `pg_ctl start`, and stop it by the postmaster's pid at the end.
// No mocks: the store and the queue are tested against the engine users will run.
// When the Debian binaries are absent, `findPgBin()` says why, and suites report themselves skipped.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const INSTALL_HINT = "apt-get install -y postgresql postgresql-contrib";

export interface PgServer {
  url: string;                    // postgres://rasid@127.0.0.1:PORT/postgres
  port: number;
  pid: number;                    // the postmaster
  dir: string;
  /** A new empty database on this server; returns its URL. */
  createDb(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Folder of initdb/pg_ctl ($RASID_PG_BIN when set, else Debian's), or null when not installed. */
export function findPgBin(): string | null {
  const candidates = process.env.RASID_PG_BIN ? [process.env.RASID_PG_BIN] : ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"];
  for (const c of candidates) {
    if (fs.existsSync(path.join(c, "initdb")) && fs.existsSync(path.join(c, "pg_ctl"))) return c;
  }
  return null;
}

/** Why the PostgreSQL suites are skipped, or false when they can run. */
export function skipReason(): string | false {
  return findPgBin() ? false : `PostgreSQL server binaries not found; install them with: ${INSTALL_HINT}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Run a PostgreSQL binary, as the postgres OS user when we are root. */
function runPg(bin: string, args: string[]): string {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

export interface StartOptions { settings?: Record<string, string | number> }

export async function startPg(opts: StartOptions = {}): Promise<PgServer> {
  const bin = findPgBin();
  if (!bin) throw new Error(skipReason() as string);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-pg-"));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, "data");
  if (isRoot()) execFileSync("chown", ["postgres:postgres", dir]);
  // C.UTF-8: Arabic letters are word characters for the parser and pg_trgm (a C ctype would not say so)
  runPg(path.join(bin, "initdb"), ["-D", data, "-U", "rasid", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const settings: Record<string, string | number> = {
    port, listen_addresses: "127.0.0.1", unix_socket_directories: dir, fsync: "off", full_page_writes: "off",
    synchronous_commit: "off", max_connections: 100, shared_buffers: "128MB", ...opts.settings,
  };
  const o = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`).join(" ");
  runPg(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-o", o, "-w", "-t", "60", "start"]);
  const pid = Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  const url = `postgres://rasid@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url, port, pid, dir,
    async createDb(name: string) {
      const { default: postgres } = await import("postgres");
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try { await sql.unsafe(`CREATE DATABASE "${name.replace(/"/g, "")}"`); } finally { await sql.end(); }
      return `postgres://rasid@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try { process.kill(pid, "SIGINT"); } catch { /* already gone */ }   // SIGINT = fast shutdown
      for (let i = 0; i < 200; i++) {
        try { process.kill(pid, 0); } catch { break; }
        await new Promise((r) => setTimeout(r, 50));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
