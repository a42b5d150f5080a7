// `rasid worker --db URL [--exit-when-idle] [--concurrency N]`: take jobs from the PostgreSQL
// queue and store their articles in the shared store, until stopped (Ctrl-C or SIGTERM finish
// the batch in hand) or, with --exit-when-idle, until no job is left anywhere. --concurrency N
// runs N worker processes (extraction is CPU-bound: one per core is the useful number); run
// more on other machines against the same URL. A summary (jobs, documents, ms in extraction and
// in the database) goes to stderr, or to stdout as JSON with --json.
import { spawn } from "node:child_process";
import { Command, Option } from "commander";
import { RasidError } from "../core/errors.ts";
import { runWorker, type WorkerStats } from "../queue/worker.ts";
import { openStore, redact } from "../store/open.ts";
import { queueAt } from "./enqueue.ts";
import { writeLine } from "./io.ts";

interface Opts { db?: string; exitWhenIdle?: boolean; concurrency: string; batch: string; lease: string; poll: string; json?: boolean }

const int = (v: string, name: string, min = 1): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RasidError("E_USAGE", name, `expected an integer >= ${min}, got "${v}"`);
  return n;
};

export function register(program: Command): void {
  program
    .command("worker")
    .description("take jobs queued by `rasid enqueue` and store their articles; run as many as you have cores, on as many machines as you like")
    .option("--db <url>", "postgres:// URL of the shared store and queue (default: $RASID_DB)")
    .option("--exit-when-idle", "stop when no job is queued or running")
    .addOption(new Option("--concurrency <n>", "worker processes to run here").default("1"))
    .addOption(new Option("--batch <n>", "jobs per claim and per store transaction").default("16"))
    .addOption(new Option("--lease <seconds>", "how long a claimed job stays with this worker without renewal").default("120"))
    .addOption(new Option("--poll <ms>", "wait between looks at an empty queue").default("1000"))
    .option("--json", "print the summary as one JSON object on stdout")
    .action(async (opts: Opts) => {
      try { process.exitCode = await main(opts); } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = e.code === "E_USAGE" ? 2 : 1;
      }
    });
}

async function main(opts: Opts): Promise<number> {
  const n = int(opts.concurrency, "--concurrency");
  const o = { batch: int(opts.batch, "--batch"), leaseS: int(opts.lease, "--lease"), pollMs: int(opts.poll, "--poll", 10) };
  if (n > 1) return fanOut(n, opts);
  const { queue, target } = await queueAt(opts.db);
  const store = await openStore(target);
  const controller = new AbortController();
  const stop = () => { process.stderr.write("rasid: worker stopping after the batch in hand\n"); controller.abort(); };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const s = await runWorker(queue, store, { ...o, exitWhenIdle: opts.exitWhenIdle, signal: controller.signal });
    if (opts.json) await writeLine(JSON.stringify(s));
    else process.stderr.write(summary(s, redact(target)) + "\n");
    return 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await store.close();
    await queue.close();
  }
}

export function summary(s: WorkerStats, where: string): string {
  const secs = s.wall_ms / 1000;
  return `rasid: worker ${s.worker}: ${s.jobs} job(s), ${s.done} done, ${s.failed} failed, ${s.retried} to retry; ` +
    `${s.added} document(s) added, ${s.sources} new source(s), ${s.unchanged} already stored — ${secs.toFixed(1)}s ` +
    `(${secs > 0 ? (s.done / secs).toFixed(1) : "0"} jobs/s; ${Math.round(s.extract_ms)} ms extracting, ${Math.round(s.db_ms)} ms in the database) → ${where}`;
}

/** N worker processes of this same command; exits non-zero when any of them did. */
async function fanOut(n: number, opts: Opts): Promise<number> {
  const args = process.argv.slice(1).filter((a, i, all) => a !== "--concurrency" && all[i - 1] !== "--concurrency" && !a.startsWith("--concurrency="));
  const children = Array.from({ length: n }, () => spawn(process.execPath, [...process.execArgv, ...args], { stdio: ["ignore", opts.json ? "pipe" : "inherit", "inherit"] }));
  const forward = (sig: NodeJS.Signals) => () => { for (const c of children) c.kill(sig); };
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  const outs = children.map((c) => { let out = ""; c.stdout?.on("data", (d) => { out += d; }); return () => out; });
  const codes = await Promise.all(children.map((c) => new Promise<number>((r) => c.on("exit", (code) => r(code ?? 1)))));
  if (opts.json) for (const o of outs) for (const line of o().split("\n")) if (line.trim()) await writeLine(line);
  return codes.some((c) => c !== 0) ? 1 : 0;
}
