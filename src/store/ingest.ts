// Feeding extraction outcomes into a store in batches: each batch is one transaction, so a
// crash or Ctrl-C loses at most the batch in flight and duplicates nothing (putBatch is
// idempotent). Documents already stored are recognised by id before any extraction work (ids
// are hashes of the input bytes) through the `skip` hook the pipeline calls; their source
// path is still recorded, so the same article under a new path lists both paths.
// The pipeline is not imported here: the caller passes its outcomes (see cli/ingest.ts).
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ContractDocument, Source } from "../core/contract.ts";
import type { RasidError } from "../core/errors.ts";
import type { Store } from "./store.ts";

export type IngestOutcome = { ok: true; doc: ContractDocument } | { ok: false; error: RasidError };

export interface IngestProgress {
  seen: number;        // inputs handled so far (stored, skipped or failed)
  added: number;       // new documents stored
  sources: number;     // new sources recorded for documents already stored
  unchanged: number;   // extracted but already stored with this source
  skipped: number;     // recognised as stored before extraction
  failed: number;
}

export interface IngestResult { progress: IngestProgress; errors: RasidError[]; interrupted: boolean }

export interface IngestOptions {
  batchSize?: number;                         // documents per transaction; default DEFAULT_BATCH
  signal?: AbortSignal;                       // stop after the batch in flight
  onProgress?: (p: IngestProgress) => void;   // after every input and every commit
}

// 1,000 rather than 200: a batch's co-mention and per-day tallies are summed before they are
// written, and neighbouring articles share most pairs, so bigger batches write far fewer rows
// (bench/ingest.ts --limit 5000, load 2: 135 → 164 articles/s). A crash re-extracts at most one
// batch; Ctrl-C still commits the batch in flight.
export const DEFAULT_BATCH = 1000;

/** Remembers stored ids so the pipeline can skip them before any work; see `skip`. */
export class Skipper {
  readonly known: Set<string>;
  private pending: { id: string; source: Source }[] = [];
  skipped = 0;
  constructor(known: Set<string>) { this.known = known; }
  /** For extract({ skip }): true when the article is stored (or queued) already. */
  skip = (raw: { id: string; source: Source }): boolean => {
    if (!this.known.has(raw.id)) { this.known.add(raw.id); return false; }
    this.pending.push({ id: raw.id, source: raw.source });
    this.skipped++;
    return true;
  };
  takePending(): { id: string; source: Source }[] { const p = this.pending; this.pending = []; return p; }
}

export async function ingest(store: Store, outcomes: AsyncIterable<IngestOutcome>, skipper: Skipper | null, opts: IngestOptions = {}): Promise<IngestResult> {
  const size = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const p: IngestProgress = { seen: 0, added: 0, sources: 0, unchanged: 0, skipped: 0, failed: 0 };
  const errors: RasidError[] = [];
  let batch: ContractDocument[] = [];
  const report = () => {
    if (skipper) { p.seen += skipper.skipped - p.skipped; p.skipped = skipper.skipped; }
    opts.onProgress?.({ ...p });
  };
  const flush = async () => {
    if (batch.length) {
      const r = await store.putBatch(batch);
      p.added += r.added; p.sources += r.sources; p.unchanged += r.unchanged;
      batch = [];
    }
    const pending = skipper?.takePending() ?? [];
    if (pending.length) p.sources += await store.addSources(pending);
    report();
  };
  for await (const o of outcomes) {
    p.seen++;
    if (o.ok) batch.push(o.doc);
    else { p.failed++; errors.push(o.error); }
    if (batch.length >= size) await flush();
    else report();
    // Extraction and SQLite are synchronous: give the event loop a turn now and then, or a
    // Ctrl-C (a signal handler is a macrotask) would wait until the whole run is over.
    if (p.seen % 8 === 0) await nextTurn();
    if (opts.signal?.aborted) break;
  }
  await flush();
  return { progress: p, errors, interrupted: Boolean(opts.signal?.aborted) };
}
