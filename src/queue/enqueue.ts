// Inputs named on the command line, turned into jobs: one per file, one per record of a JSON
// Lines file (its line number and the line itself). The job carries its input, so workers on
// other machines need no shared file system, and the path is kept exactly as given, so the
// stored document's source is the one `rasid ingest` would record. Inputs that cannot be read
// at all (missing, too large) are recorded as failed jobs with their reason, not dropped.
import fs from "node:fs";
import readline from "node:readline";
import { RasidError } from "../core/errors.ts";
import { MAX_INPUT_BYTES } from "../input/decode.ts";
import { expandPaths, readStdin } from "../input/sources.ts";
import type { NewJob, Queue } from "./queue.ts";

const JSONL_EXT = /\.(jsonl|ndjson)$/i;

export async function* jobsOf(paths: string[]): AsyncGenerator<NewJob> {
  for (const ref of expandPaths(paths)) {
    if (ref.kind === "error") { yield failed(ref.error.input ?? "?", 0, ref.error); continue; }
    if (ref.kind === "stdin") { yield { path: "-", line: 0, kind: "file", payload: await readStdin() }; continue; }
    const p = ref.path;
    try {
      if (JSONL_EXT.test(p)) {
        const rl = readline.createInterface({ input: fs.createReadStream(p, { encoding: "utf8" }), crlfDelay: Infinity });
        let n = 0;
        for await (const line of rl) {
          n++;
          if (line.trim()) yield { path: p, line: n, kind: "record", payload: Buffer.from(line, "utf8") };
        }
        continue;
      }
      const size = fs.statSync(p).size;
      if (size > MAX_INPUT_BYTES) {
        yield failed(p, 0, new RasidError("E_TOO_LARGE", p, `${(size / 1048576).toFixed(1)} MB > ${MAX_INPUT_BYTES / 1048576} MB`));
        continue;
      }
      yield { path: p, line: 0, kind: "file", payload: fs.readFileSync(p) };
    } catch (e) {
      yield failed(p, 0, new RasidError("E_NOT_FOUND", p, (e as Error).message));
    }
  }
}

const failed = (path: string, line: number, e: RasidError): NewJob =>
  ({ path, line, kind: "file", payload: null, state: "failed", error_code: e.code, error: e.message });

export interface EnqueueResult { seen: number; added: number; failed: number }

/** Queue every input of `paths`, in transactions of `chunk` jobs; re-running adds nothing twice. */
export async function enqueue(queue: Queue, paths: string[], opts: { chunk?: number; maxAttempts?: number; onProgress?: (r: EnqueueResult) => void } = {}): Promise<EnqueueResult> {
  const chunk = opts.chunk ?? 500;
  const r: EnqueueResult = { seen: 0, added: 0, failed: 0 };
  let batch: NewJob[] = [];
  let bytes = 0;
  const flush = async () => {
    r.added += await queue.add(batch, opts.maxAttempts);
    batch = []; bytes = 0;
    opts.onProgress?.({ ...r });
  };
  for await (const job of jobsOf(paths)) {
    r.seen++;
    if (job.state === "failed") r.failed++;
    batch.push(job);
    bytes += job.payload?.length ?? 0;
    if (batch.length >= chunk || bytes > 32 * 1048576) await flush();
  }
  if (batch.length) await flush();
  return r;
}
