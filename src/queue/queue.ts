// The job queue in PostgreSQL: one row per input in `jobs` (created by the store's migrations),
// claimed with FOR UPDATE SKIP LOCKED so any number of workers on any number of machines take
// disjoint jobs without waiting on each other. A claim is a lease (leased_until): a worker that
// dies mid-job simply stops renewing it, and once it expires the job is claimable again.
// Failures are recorded with their typed error code; input errors (empty, binary, not Arabic…)
// fail at once, since retrying cannot fix them; anything else is retried with back-off up to
// max_attempts, then failed. Storing is idempotent by document id, so a job run twice (its
// worker died after storing, before marking it done) still stores its article once.
import type postgres from "postgres";
import type { ErrorCode } from "../core/errors.ts";
import { connect } from "../store/postgres/config.ts";
import { migrate } from "../store/postgres/migrations.ts";
import { redact } from "../store/open.ts";

export type JobKind = "file" | "record";
export interface NewJob { path: string; line: number; kind: JobKind; payload: Buffer | null; state?: "queued" | "failed"; error_code?: ErrorCode; error?: string }
export interface Job { id: number; path: string; line: number; kind: JobKind; payload: Buffer | null; attempts: number }
export interface Failure { id: number; path: string; line: number; attempts: number; error_code: string; error: string }
export type JobState = "queued" | "running" | "done" | "failed";
export type QueueCounts = Record<JobState, number>;

/** Errors that depend only on the input: retrying cannot help. */
const PERMANENT: ReadonlySet<string> = new Set<ErrorCode>(["E_EMPTY", "E_BINARY", "E_TOO_LARGE", "E_DECODE", "E_NOT_ARABIC", "E_NO_TEXT", "E_BAD_RECORD", "E_NOT_FOUND"]);
export const isPermanent = (code: string): boolean => PERMANENT.has(code);

export const DEFAULT_MAX_ATTEMPTS = 3;

export class Queue {
  constructor(readonly sql: postgres.Sql) {}

  /** Add jobs; an input already queued (same path and line) is left as it is. Returns how many were new. */
  async add(jobs: NewJob[], maxAttempts = DEFAULT_MAX_ATTEMPTS): Promise<number> {
    if (!jobs.length) return 0;
    const rows = jobs.map((j) => ({
      path: j.path, line: j.line, kind: j.kind, payload: j.payload, state: j.state ?? "queued", max_attempts: maxAttempts,
      error_code: j.error_code ?? null, error: j.error ?? null, finished_at: j.state === "failed" ? new Date() : null,
    }));
    const r = await this.sql`INSERT INTO jobs ${this.sql(rows)} ON CONFLICT (path, line) DO NOTHING`;
    return r.count;
  }

  /** Take up to `n` jobs for `worker` with a lease of `leaseS` seconds. Also fails jobs whose workers died too often. */
  async claim(worker: string, n: number, leaseS: number): Promise<Job[]> {
    await this.sql`
      UPDATE jobs SET state = 'failed', finished_at = now(), error_code = 'E_JOB_LEASE',
             error = 'worker ' || coalesce(worker, '?') || ' stopped before finishing; ' || attempts || ' attempt(s)'
      WHERE state = 'running' AND leased_until < now() AND attempts >= max_attempts`;
    return this.sql<Job[]>`
      WITH c AS (
        SELECT id FROM jobs
        WHERE state IN ('queued', 'running') AND (state = 'queued' OR leased_until < now())
          AND not_before <= now() AND attempts < max_attempts
        ORDER BY id LIMIT ${n} FOR UPDATE SKIP LOCKED)
      UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, worker = ${worker},
             leased_until = now() + make_interval(secs => ${leaseS}),
             error_code = CASE WHEN j.state = 'running' THEN 'E_JOB_LEASE' ELSE j.error_code END,
             error = CASE WHEN j.state = 'running' THEN 'worker ' || coalesce(j.worker, '?') || ' stopped before finishing' ELSE j.error END
      FROM c WHERE j.id = c.id
      RETURNING j.id, j.path, j.line, j.kind, j.payload, j.attempts`;
  }

  /** Keep the leases of jobs still being worked on. */
  async renew(worker: string, ids: number[], leaseS: number): Promise<void> {
    if (!ids.length) return;
    await this.sql`UPDATE jobs SET leased_until = now() + make_interval(secs => ${leaseS})
                   WHERE id = ANY(${ids}::bigint[]) AND worker = ${worker} AND state = 'running'`;
  }

  /** Jobs finished: the document each stored (or found stored). Only jobs this worker still holds. */
  async done(worker: string, items: { id: number; document: string | null }[]): Promise<void> {
    if (!items.length) return;
    await this.sql`
      UPDATE jobs j SET state = 'done', document = x.document, payload = NULL, finished_at = now(), leased_until = NULL
      FROM (SELECT unnest(${items.map((i) => i.id)}::bigint[]) AS id, unnest(${items.map((i) => i.document)}::text[]) AS document) x
      WHERE j.id = x.id AND j.worker = ${worker} AND j.state = 'running'`;
  }

  /** A job failed: permanently for input errors or when out of attempts, else back to the queue with back-off. */
  async fail(worker: string, id: number, code: string, message: string): Promise<void> {
    const permanent = isPermanent(code);
    await this.sql`
      UPDATE jobs SET error_code = ${code}, error = ${message.slice(0, 2000)}, leased_until = NULL,
             state = CASE WHEN ${permanent} OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
             finished_at = CASE WHEN ${permanent} OR attempts >= max_attempts THEN now() ELSE NULL END,
             not_before = now() + make_interval(secs => 2 ^ attempts)
      WHERE id = ${id} AND worker = ${worker} AND state = 'running'`;
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.sql<{ state: JobState; n: number }[]>`SELECT state, count(*) AS n FROM jobs GROUP BY state`;
    const out: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) out[r.state] = r.n;
    return out;
  }

  /** Nothing left that a worker could ever take (queued, backing off, or leased to someone). */
  async idle(): Promise<boolean> {
    const [r] = await this.sql<{ n: number }[]>`SELECT count(*) AS n FROM jobs WHERE state IN ('queued', 'running')`;
    return r.n === 0;
  }

  async failures(limit = 1000): Promise<Failure[]> {
    return this.sql<Failure[]>`SELECT id, path, line, attempts, error_code, error FROM jobs WHERE state = 'failed' ORDER BY id LIMIT ${limit}`;
  }

  /** Put failed jobs back in the queue (after fixing what made them fail). */
  async retryFailed(): Promise<number> {
    const r = await this.sql`UPDATE jobs SET state = 'queued', attempts = 0, not_before = now(), finished_at = NULL
                             WHERE state = 'failed' AND payload IS NOT NULL`;
    return r.count;
  }

  async close(): Promise<void> { await this.sql.end({ timeout: 5 }); }
}

/** Connect to the queue at `url`, creating or upgrading the schema when needed. */
export async function openQueue(url: string): Promise<Queue> {
  const { sql } = connect(url);
  try { await migrate(sql, redact(url)); } catch (e) { await sql.end({ timeout: 1 }); throw e; }
  return new Queue(sql);
}
