// One worker: claim a handful of jobs, turn them into articles, skip those already stored
// (their new source is still recorded), extract the rest, store them in one transaction, mark
// the jobs done, and go again. Leases are renewed while a batch is in hand, so a slow batch is
// not taken from a live worker; a killed worker's jobs come back when its lease runs out.
// The store is reached only through the Store interface; the queue is PostgreSQL's.
import os from "node:os";
import type { ContractDocument, Source } from "../core/contract.ts";
import { isRasidError, RasidError } from "../core/errors.ts";
import type { RawArticle } from "../core/document.ts";
import { asRasidError } from "../pipeline/process.ts";
import { extractOne } from "../pipeline/run.ts";
import type { Store } from "../store/store.ts";
import { articlesOfJob } from "./job-input.ts";
import { isPermanent, type Job, type Queue } from "./queue.ts";

export interface WorkerOptions {
  batch?: number;          // jobs per claim (and per store transaction); default 16
  leaseS?: number;         // seconds a claim lasts without renewal; default 120
  pollMs?: number;         // wait between empty claims; default 1000
  exitWhenIdle?: boolean;  // stop when no job is queued or running anywhere
  signal?: AbortSignal;    // stop after the batch in hand
  id?: string;
  onBatch?: (s: WorkerStats) => void;
}

export interface WorkerStats {
  worker: string;
  jobs: number; done: number; failed: number; retried: number;
  added: number; sources: number; unchanged: number;
  extract_ms: number;      // CPU-side: reading, cleaning, extraction
  db_ms: number;           // waiting on the database: claim, exists, put, done
  wall_ms: number;
}

const now = () => performance.now();

export async function runWorker(queue: Queue, store: Store, opts: WorkerOptions = {}): Promise<WorkerStats> {
  const id = opts.id ?? `${os.hostname()}:${process.pid}`;
  const batch = opts.batch ?? 16, leaseS = opts.leaseS ?? 120, pollMs = opts.pollMs ?? 1000;
  const s: WorkerStats = { worker: id, jobs: 0, done: 0, failed: 0, retried: 0, added: 0, sources: 0, unchanged: 0, extract_ms: 0, db_ms: 0, wall_ms: 0 };
  const started = now();
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => { const t = now(); try { return await fn(); } finally { s.db_ms += now() - t; } };
  while (!opts.signal?.aborted) {
    const jobs = await timed(() => queue.claim(id, batch, leaseS));
    if (!jobs.length) {
      if (opts.exitWhenIdle && (await timed(() => queue.idle()))) break;
      await new Promise((r) => setTimeout(r, pollMs));
      continue;
    }
    const renew = setInterval(() => { void queue.renew(id, jobs.map((j) => j.id), leaseS).catch(() => {}); }, (leaseS * 1000) / 3);
    try { await runBatch(jobs); } finally { clearInterval(renew); }
    opts.onBatch?.({ ...s, wall_ms: now() - started });
  }
  s.wall_ms = now() - started;
  return s;

  async function runBatch(jobs: Job[]): Promise<void> {
    s.jobs += jobs.length;
    let t = now();
    const raws: { job: Job; raw: RawArticle }[] = [];
    const errors = new Map<number, RasidError>();
    for (const job of jobs) {
      for (const o of articlesOfJob(job)) {
        if (isRasidError(o)) errors.set(job.id, errors.get(job.id) ?? o);
        else raws.push({ job, raw: o });
      }
    }
    s.extract_ms += now() - t;
    const stored = await timed(() => store.exists(raws.map((r) => r.raw.id)));
    t = now();
    const docs: ContractDocument[] = [];
    const known: { id: string; source: Source }[] = [];
    const docOf = new Map<number, string>();
    for (const { job, raw } of raws) {
      if (!docOf.has(job.id)) docOf.set(job.id, raw.id);
      if (stored.has(raw.id)) { known.push({ id: raw.id, source: raw.source }); continue; }
      try { docs.push(extractOne(raw)); } catch (e) {
        errors.set(job.id, asRasidError(e, raw));
      }
    }
    s.extract_ms += now() - t;
    try {
      const put = await timed(() => store.putBatch(docs));
      const more = known.length ? await timed(() => store.addSources(known)) : 0;
      s.added += put.added; s.sources += put.sources + more; s.unchanged += put.unchanged + known.length - more;
    } catch (e) {
      // the store refused the whole batch: every job in it goes back to the queue (or fails when out of attempts)
      const err = isRasidError(e) ? e : new RasidError("E_STORE", null, String(e));
      for (const j of jobs) if (!errors.has(j.id)) errors.set(j.id, err);
    }
    const ok = jobs.filter((j) => !errors.has(j.id)).map((j) => ({ id: j.id, document: docOf.get(j.id) ?? null }));
    await timed(() => queue.done(id, ok));
    s.done += ok.length;
    for (const [jobId, e] of errors) {
      await timed(() => queue.fail(id, jobId, e.code, e.message));
      if (isPermanent(e.code)) s.failed++;
      else s.retried++;   // back in the queue, or failed for good when out of attempts
    }
  }
}
