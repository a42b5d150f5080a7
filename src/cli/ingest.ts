// `rasid ingest [--db FILE|URL] PATH...`: extract articles and store them, in batches of one
// transaction each. A progress bar (articles/s, ETA) on a terminal, plain progress lines when
// stderr is piped. Ctrl-C stops reading, commits the batch in flight and exits (130); running
// the same command again resumes: stored inputs are recognised by id and skipped unread.
// Bad inputs are listed at the end with their reasons, and the exit status is then 1.
import { Command, Option } from "commander";
import cliProgress from "cli-progress";
import { RasidError } from "../core/errors.ts";
import { countInputs, extract, parseJobs } from "../pipeline/run.ts";
import { DEFAULT_BATCH, ingest, Skipper, type IngestProgress } from "../store/ingest.ts";
import { openStore, redact, resolveDb } from "../store/open.ts";

interface Opts { db?: string; batch: string; progress: boolean; jobs?: string }

export function register(program: Command): void {
  program
    .command("ingest")
    .description("extract articles (files, folders, JSON Lines) and store them in the database; re-running resumes and adds nothing twice")
    .argument("<paths...>", "files or folders (recursive)")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default: $RASID_DB, else ./rasid.db)")
    .addOption(new Option("--batch <n>", "documents per transaction").default(String(DEFAULT_BATCH)))
    .option("--no-progress", "no progress output")
    .option("-j, --jobs <n>", 'worker threads for the stages: a number, or "auto" for every core', "1")
    .action(async (paths: string[], opts: Opts) => {
      try { process.exitCode = await runIngest(paths, opts); } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = e.code === "E_USAGE" ? 2 : 1;
      }
    });
}

export async function runIngest(paths: string[], opts: Opts): Promise<number> {
  const batchSize = Number(opts.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    process.stderr.write(`rasid: ${new RasidError("E_USAGE", "--batch", `expected a positive integer, got "${opts.batch}"`).toLine()}\n`);
    return 2;
  }
  const jobs = parseJobs(opts.jobs ?? "1"); // E_USAGE (exit 2) before the store is opened
  const target = resolveDb(opts.db);
  const store = await openStore(target);
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);   // the open transaction rolls back; nothing half-written
    process.stderr.write("\nrasid: interrupted; finishing the current batch (Ctrl-C again to stop at once)\n");
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  const started = Date.now();
  try {
    const skipper = new Skipper(await store.allIds());
    const total = await countInputs(paths);
    const view = opts.progress === false ? null : progressView(total, started);
    const result = await ingest(store, extract(paths, { jobs, signal: controller.signal, skip: skipper.skip }), skipper, {
      batchSize, signal: controller.signal, onProgress: view?.update,
    });
    view?.stop(result.progress);
    const p = result.progress;
    const secs = (Date.now() - started) / 1000;
    process.stderr.write(`rasid: ${p.added} added, ${p.sources} new source(s), ${p.skipped + p.unchanged} already stored, ${p.failed} failed` +
      ` — ${p.seen} input(s) in ${secs.toFixed(1)}s (${rate(p.seen, secs)} articles/s) → ${redact(target)}\n`);
    if (result.errors.length) {
      process.stderr.write(`rasid: ${result.errors.length} input(s) could not be ingested:\n`);
      for (const e of result.errors) process.stderr.write(`  ${e.toLine()}\n`);
    }
    if (result.interrupted) { process.stderr.write("rasid: stopped early; run the same command again to resume\n"); return 130; }
    return result.errors.length ? 1 : 0;
  } finally {
    process.off("SIGINT", onSigint);
    await store.close();
  }
}

const rate = (n: number, secs: number) => (secs > 0 ? (n / secs).toFixed(1) : "0");

function eta(done: number, total: number, secs: number): string {
  if (!done || done >= total) return "0s";
  const left = Math.round(((total - done) * secs) / done);
  return left >= 3600 ? `${Math.floor(left / 3600)}h${Math.floor((left % 3600) / 60)}m` : left >= 60 ? `${Math.floor(left / 60)}m${left % 60}s` : `${left}s`;
}

/** A bar on a terminal, a line every few seconds otherwise; both on stderr. */
function progressView(total: number, started: number) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr, hideCursor: true, etaBuffer: 200,
      format: "ingest [{bar}] {percentage}% | {value}/{total} | {speed} articles/s | ETA {eta_formatted} | {failed} failed",
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { speed: "0", failed: 0 });
    return {
      update: (p: IngestProgress) => bar.update(p.seen, { speed: rate(p.seen, (Date.now() - started) / 1000), failed: p.failed }),
      stop: (p: IngestProgress) => { bar.update(p.seen); bar.stop(); },
    };
  }
  let last = 0;
  const line = (p: IngestProgress) => {
    const secs = (Date.now() - started) / 1000;
    const pct = total ? ((100 * p.seen) / total).toFixed(1) : "100";
    process.stderr.write(`ingest: ${p.seen}/${total} (${pct}%) ${rate(p.seen, secs)} articles/s ETA ${eta(p.seen, total, secs)} — ${p.added} added, ${p.failed} failed\n`);
  };
  return {
    update: (p: IngestProgress) => { const now = Date.now(); if (now - last >= 2000) { last = now; line(p); } },
    stop: (p: IngestProgress) => line(p),
  };
}
