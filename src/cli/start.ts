// `rasid start` (what `npm start` runs): build the web UI if it is missing or stale, ingest the
// project's sample articles (samples/) into ./rasid.db — a no-op after the first time, since
// ingest skips what is stored — then serve and print the URL. One command from clone to browser.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { RasidError } from "../core/errors.ts";
import { ensureWebBuilt } from "../server/web-build.ts";
import { resolveDb } from "../store/open.ts";
import { runIngest } from "./ingest.ts";
import { serveUntilStopped } from "./serve.ts";

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

interface StartOptions { db?: string; port: string; host: string; samples: string; ingest: boolean }

export function register(program: Command): void {
  program
    .command("start")
    .description("build the web UI if needed, ingest the sample articles, and serve (what `npm start` runs)")
    .option("--db <file|url>", "database (default: $RASID_DB, else ./rasid.db)")
    .option("--port <n>", "TCP port (0: any free port)", "8080")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--samples <dir>", "articles to ingest first", SAMPLES)
    .option("--no-ingest", "serve the database as it is")
    .action(async (opts: StartOptions) => {
      try {
        await start(opts);
      } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = e.code === "E_USAGE" ? 2 : 1;
      }
    });
}

async function start(opts: StartOptions): Promise<void> {
  const log = (line: string) => process.stderr.write(`rasid: ${line}\n`);
  const built = await ensureWebBuilt(undefined, log);
  if (built === "built") log("web UI built");
  const db = resolveDb(opts.db);
  if (opts.ingest) {
    const hasArticles = fs.existsSync(opts.samples) && fs.readdirSync(opts.samples).some((f) => !f.startsWith(".") && f !== "README.md");
    if (hasArticles) {
      log(`ingesting ${opts.samples} into ${db}`);
      const status = await runIngest([opts.samples], { db, batch: "200", progress: true });
      if (status === 130) return;
      if (status !== 0) log("some sample articles could not be ingested (listed above); serving the rest");
    } else {
      log(`no sample articles in ${opts.samples}; serving ${db} as it is`);
    }
  }
  if (!fs.existsSync(db) && !/^postgres(ql)?:\/\//i.test(db)) {
    throw new RasidError("E_NOT_FOUND", db, "nothing to serve: ingest some articles first (rasid ingest --db FILE PATH...)");
  }
  await serveUntilStopped({ db, port: opts.port, host: opts.host });
}
