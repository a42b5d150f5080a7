// `rasid serve [--db FILE|URL] [--port N] [--host H]`: the read-only JSON API and the web UI.
// Binds 127.0.0.1 unless told otherwise: whoever reaches the port reads the whole database.
import type { Command } from "commander";
import { RasidError } from "../core/errors.ts";
import { createApp } from "../server/app.ts";
import { listen } from "../server/listen.ts";
import { openStore, redact, resolveDb } from "../store/open.ts";

export interface ServeOptions { db?: string; port: string; host: string; web?: string }

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the JSON API (/api/…, described at /api/openapi.json) and the web UI (/) over a database, read-only")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default: $RASID_DB, else ./rasid.db)")
    .option("--port <n>", "TCP port (0: any free port)", "8080")
    .option("--host <host>", "address to bind; anything but loopback exposes the database to the network", "127.0.0.1")
    .option("--web <dir>", "the built web UI to serve (default: web/dist)")
    .action(async (opts: ServeOptions) => {
      try {
        await serveUntilStopped(opts);
      } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = e.code === "E_USAGE" ? 2 : 1;
      }
    });
}

export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new RasidError("E_USAGE", "--port", `expected 0..65535, got "${raw}"`);
  return port;
}

/** Open the store, listen, print the URL, and close both on SIGINT/SIGTERM. */
export async function serveUntilStopped(opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  const target = resolveDb(opts.db);
  const store = await openStore(target, { readonly: true, mustExist: true });
  let server;
  try {
    server = await listen(createApp(store, { webDir: opts.web, readers: "auto" }), port, opts.host);
  } catch (e) {
    await store.close();
    throw new RasidError("E_USAGE", `${opts.host}:${port}`, `cannot listen: ${(e as Error).message}`);
  }
  if (!["127.0.0.1", "::1", "localhost"].includes(opts.host)) {
    process.stderr.write(`rasid: warning: listening on ${opts.host}: anyone who can reach this port can read the whole database\n`);
  }
  process.stderr.write(`rasid: serving ${redact(target)} (read-only); Ctrl-C to stop\n`);
  process.stdout.write(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off("SIGINT", stop); process.off("SIGTERM", stop); resolve(); };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await server.close();
  await store.close();
}
