// Inputs in, contract documents (or typed errors) out, one outcome per input in input order.
// Sinks (JSON Lines on stdout, a database) consume the outcomes; the pipeline knows none of them.
// With `jobs` above 1 the stages run on that many worker threads (parallel.ts), same outcomes,
// same order.
// (first: V8's optimizing budget is set before the stages' functions run: tiering.ts)
import "./tiering.ts";
import os from "node:os";
import type { ContractDocument } from "../core/contract.ts";
import { RasidError, isRasidError } from "../core/errors.ts";
import type { RawArticle } from "../core/document.ts";
import { readInputs, type ReadOutcome } from "../input/read.ts";
import { extractParallel } from "./parallel.ts";
import { expandPaths } from "../input/sources.ts";
import { asRasidError, processArticle, processBatch } from "./process.ts";
import { toContract } from "./to-contract.ts";

export type Outcome = { ok: true; doc: ContractDocument } | { ok: false; error: RasidError };

export interface ExtractOptions {
  signal?: AbortSignal;
  /** Return true to skip an article before any work (e.g. already stored: ids are known up front). */
  skip?: (raw: RawArticle) => boolean;
  /** Worker threads to run the stages on (see parseJobs); 1 (the default) runs them in this thread. */
  jobs?: number;
}

/**
 * A --jobs value: a positive integer, or "auto" / 0 for every core this process may use
 * (os.availableParallelism()). Throws RasidError E_USAGE otherwise.
 */
export function parseJobs(value: string | number | undefined): number {
  if (value === undefined) return 1;
  const s = String(value).trim().toLowerCase();
  if (s === "auto" || s === "0") return os.availableParallelism();
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new RasidError("E_USAGE", "--jobs", `expected a positive integer or "auto", got "${value}"`);
  return n;
}

export function extractOne(raw: RawArticle): ContractDocument {
  return toContract(processArticle(raw));
}

/**
 * The outcomes of `raws`, stage by stage over all of them (process.ts processBatch), then each
 * one's contract document; in input order, each article's error its own.
 */
export function extractBatch(raws: readonly RawArticle[]): Outcome[] {
  return processBatch(raws).map((d, i): Outcome => {
    if (isRasidError(d)) return { ok: false, error: d };
    try { return { ok: true, doc: toContract(d) }; } catch (e) { return { ok: false, error: asRasidError(e, raws[i]) }; }
  });
}

/**
 * Articles per stage-major batch in extract(): the stages' code and data stay warm over a batch
 * (bench/PERF.md, session 5, s5b-batch). A batch never waits for input: it ends at BATCH records
 * or at the first record the reader does not have ready, so a slow pipe is answered per record.
 */
export const BATCH = 16;

export async function* extract(paths: string[], opts: ExtractOptions = {}): AsyncGenerator<Outcome> {
  if ((opts.jobs ?? 1) > 1) { yield* extractParallel(readInputs(paths), { jobs: opts.jobs!, signal: opts.signal, skip: opts.skip }); return; }
  const inputs = readInputs(paths);
  const items: ReadOutcome[] = [];   // a batch: articles and read errors, in input order
  let next: Promise<IteratorResult<ReadOutcome>> | null = inputs.next();
  try {
    while (next) {
      if (opts.signal?.aborted) return;
      // the first record of a batch is waited for; the others only taken when ready
      let r: IteratorResult<ReadOutcome> | typeof NOT_READY = await next;
      next = null;
      while (!r.done) {
        if (isRasidError(r.value) || !opts.skip?.(r.value)) items.push(r.value);
        if (items.length >= BATCH) { next = inputs.next(); break; }
        const p = inputs.next();
        r = await ready(p);
        if (r === NOT_READY) { next = p; break; }
      }
      if (r !== NOT_READY && r.done && items.length === 0) return;
      if (opts.signal?.aborted) return;
      const raws = items.filter((x): x is RawArticle => !isRasidError(x));
      const outs = extractBatch(raws);
      let k = 0;
      for (const x of items) {
        if (opts.signal?.aborted) return;
        yield isRasidError(x) ? { ok: false, error: x } : outs[k++];
      }
      items.length = 0;
    }
  } finally {
    await inputs.return?.();
  }
}

const NOT_READY = Symbol("not ready");
/** `p`'s result if it is there by the event loop's next turn (a record the reader has ready), else NOT_READY. */
function ready<T>(p: Promise<T>): Promise<T | typeof NOT_READY> {
  return Promise.race([p, new Promise<typeof NOT_READY>((resolve) => setImmediate(resolve, NOT_READY))]);
}

/** How many inputs `paths` name (files, plus records in JSON Lines files), for progress and ETA. */
export async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  const fs = await import("node:fs");
  for (const ref of expandPaths(paths)) {
    if (ref.kind !== "file") { n++; continue; }
    if (/\.(jsonl|ndjson)$/i.test(ref.path)) {
      const buf = fs.readFileSync(ref.path);
      for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
      if (buf.length && buf[buf.length - 1] !== 10) n++;
    } else n++;
  }
  return n;
}
