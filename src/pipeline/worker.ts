// One worker thread of `extract(paths, { jobs: N })` (parallel.ts): it receives batches of
// RawArticles, runs the same composer as the main thread would, and answers with one outcome
// per article in the batch's order. Errors cross the thread boundary as plain data (code, input,
// detail) and become RasidErrors again on the other side.
import { parentPort } from "node:worker_threads";
import type { ContractDocument } from "../core/contract.ts";
import type { RawArticle } from "../core/document.ts";
import { isRasidError, type ErrorCode } from "../core/errors.ts";
import { extractOne } from "./run.ts";

export interface Batch { seq: number; raws: RawArticle[] }
export type WireOutcome = { ok: true; doc: ContractDocument } | { ok: false; error: { code: ErrorCode; input: string | null; detail: string | null } };
export interface Done { seq: number; out: WireOutcome[] }

function run(raw: RawArticle): WireOutcome {
  try {
    return { ok: true, doc: extractOne(raw) };
  } catch (e) {
    if (isRasidError(e)) return { ok: false, error: { code: e.code, input: e.input, detail: e.detail } };
    return { ok: false, error: { code: "E_INTERNAL", input: raw.source.path, detail: String((e as Error)?.stack ?? e) } };
  }
}

parentPort!.on("message", (b: Batch) => {
  const done: Done = { seq: b.seq, out: b.raws.map(run) };
  parentPort!.postMessage(done);
});
