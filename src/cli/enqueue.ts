// `rasid enqueue --db URL PATH...`: one job per input (a file, or a record of a JSON Lines file)
// in the PostgreSQL queue, for `rasid worker` processes on any number of machines to take.
// Re-running adds nothing twice. `rasid jobs --db URL` shows the queue: jobs by state and the
// failures with their reasons (`--retry-failed` puts failed jobs back).
import { Command, Option } from "commander";
import { RasidError } from "../core/errors.ts";
import { enqueue } from "../queue/enqueue.ts";
import { DEFAULT_MAX_ATTEMPTS, openQueue, type Queue } from "../queue/queue.ts";
import { isPostgresUrl, redact, resolveDb } from "../store/open.ts";
import { writeLine } from "./io.ts";

const DB_HELP = "postgres:// URL of the shared store and queue (default: $RASID_DB)";

/** The queue lives in PostgreSQL only: a SQLite file is a usage error with the way out. */
export async function queueAt(flag: string | undefined): Promise<{ queue: Queue; target: string }> {
  const target = resolveDb(flag);
  if (!isPostgresUrl(target)) {
    throw new RasidError("E_USAGE", "--db", `the job queue needs PostgreSQL (postgres://…), got "${target}"; for one machine use \`rasid ingest --db ${target} PATH...\``);
  }
  return { queue: await openQueue(target), target };
}

async function run(fn: () => Promise<number>): Promise<void> {
  try { process.exitCode = await fn(); } catch (e) {
    if (!(e instanceof RasidError)) throw e;
    process.stderr.write(`rasid: ${e.toLine()}\n`);
    process.exitCode = e.code === "E_USAGE" ? 2 : 1;
  }
}

export function register(program: Command): void {
  program
    .command("enqueue")
    .description("queue inputs (files, folders, JSON Lines records) as jobs for `rasid worker`; re-running adds nothing twice")
    .argument("<paths...>", "files or folders (recursive), or - for standard input")
    .option("--db <url>", DB_HELP)
    .addOption(new Option("--max-attempts <n>", "tries per job before it is failed for good").default(String(DEFAULT_MAX_ATTEMPTS)))
    .action((paths: string[], opts: { db?: string; maxAttempts: string }) => run(async () => {
      const maxAttempts = Number(opts.maxAttempts);
      if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RasidError("E_USAGE", "--max-attempts", `expected a positive integer, got "${opts.maxAttempts}"`);
      const { queue, target } = await queueAt(opts.db);
      try {
        const started = Date.now();
        const r = await enqueue(queue, paths, { maxAttempts });
        const c = await queue.counts();
        process.stderr.write(`rasid: ${r.added} job(s) queued, ${r.seen - r.added} already queued, ${r.failed} unreadable input(s) recorded as failed` +
          ` — ${r.seen} input(s) in ${((Date.now() - started) / 1000).toFixed(1)}s → ${redact(target)}` +
          ` (queue: ${c.queued} queued, ${c.running} running, ${c.done} done, ${c.failed} failed)\n`);
        return r.failed ? 1 : 0;
      } finally { await queue.close(); }
    }));

  program
    .command("jobs")
    .description("the job queue: jobs by state, and failed jobs with their reasons")
    .option("--db <url>", DB_HELP)
    .option("--json", "one JSON object: {queued, running, done, failed, failures: [...]}")
    .option("--retry-failed", "put failed jobs back in the queue")
    .action((opts: { db?: string; json?: boolean; retryFailed?: boolean }) => run(async () => {
      const { queue, target } = await queueAt(opts.db);
      try {
        if (opts.retryFailed) process.stderr.write(`rasid: ${await queue.retryFailed()} failed job(s) queued again\n`);
        const c = await queue.counts();
        const failures = await queue.failures();
        if (opts.json) { await writeLine(JSON.stringify({ ...c, failures })); return 0; }
        await writeLine(`queue      ${redact(target)}`);
        for (const k of ["queued", "running", "done", "failed"] as const) await writeLine(`${k.padEnd(10)} ${c[k]}`);
        for (const f of failures) await writeLine(`${f.line ? `${f.path}#${f.line}` : f.path}\t${f.error_code}\t${f.error}`);
        return 0;
      } finally { await queue.close(); }
    }));
}
