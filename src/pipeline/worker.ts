// One worker thread of `extract(paths, { jobs: N })` (parallel.ts): it receives batches of
// RawArticles, runs the same composer as the main thread would, and answers with one outcome
// per article in the batch's order. Errors cross the thread boundary as plain data (code, input,
// detail) and become RasidErrors again on the other side.
import { parentPort } from "node:worker_threads";
import type { ContractDocument } from "../core/contract.ts";
import type { RawArticle } from "../core/document.ts";
import type { ErrorCode } from "../core/errors.ts";
import { extractBatch, type Outcome } from "./run.ts";

export interface Batch { seq: number; raws: RawArticle[] }
export type WireOutcome = { ok: true; doc: ContractDocument } | { ok: false; error: { code: ErrorCode; input: string | null; detail: string | null } };
export interface Done { seq: number; out: WireOutcome[] }

// The batch runs stage by stage (run.ts extractBatch): the stages' code and data stay warm.
const wire = (o: Outcome): WireOutcome =>
  o.ok ? o : { ok: false, error: { code: o.error.code, input: o.error.input, detail: o.error.detail } };

parentPort!.on("message", (b: Batch) => {
  const done: Done = { seq: b.seq, out: extractBatch(b.raws).map(wire) };
  parentPort!.postMessage(done);
});
