// Inputs in, contract documents (or typed errors) out, one outcome per input in input order.
// Sinks (JSON Lines on stdout, a database) consume the outcomes; the pipeline knows none of them.
// With `jobs` above 1 the stages run on that many worker threads (parallel.ts), same outcomes,
// same order.
import os from "node:os";
import type { ContractDocument } from "../core/contract.ts";
import { RasidError, isRasidError } from "../core/errors.ts";
import type { RawArticle } from "../core/document.ts";
import { readInputs } from "../input/read.ts";
import { extractParallel } from "./parallel.ts";
import { expandPaths } from "../input/sources.ts";
import { processArticle } from "./process.ts";
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

export async function* extract(paths: string[], opts: ExtractOptions = {}): AsyncGenerator<Outcome> {
  if ((opts.jobs ?? 1) > 1) { yield* extractParallel(readInputs(paths), { jobs: opts.jobs!, signal: opts.signal, skip: opts.skip }); return; }
  for await (const r of readInputs(paths)) {
    if (opts.signal?.aborted) return;
    if (isRasidError(r)) { yield { ok: false, error: r }; continue; }
    if (opts.skip?.(r)) continue;
    try {
      yield { ok: true, doc: extractOne(r) };
    } catch (e) {
      yield { ok: false, error: isRasidError(e) ? e : new RasidError("E_INTERNAL", r.source.path, String((e as Error).stack ?? e)) };
    }
  }
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
