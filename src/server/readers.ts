// A small pool of reader threads for the SQLite store. better-sqlite3 is synchronous: in one
// thread, a request that takes 5 ms of SQLite holds every other request behind it, so under
// concurrent load latency grows with the queue, not with the work. Each reader (reader-worker.ts)
// opens its own read-only connection (WAL: readers never block the ingest writer nor each
// other) and answers whole routes, JSON included; the main thread keeps HTTP, parameters and the
// answer cache. A request goes to the reader with the fewest in flight. A reader that dies
// fails its requests (E_INTERNAL) and is replaced.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { RasidError, type ErrorCode } from "../core/errors.ts";
import type { Params } from "./route.ts";
import type { ReadReply, ReadRequest } from "./reader-worker.ts";

// Readers run TypeScript through tsx, like bin/rasid.mjs: register its loader, then import.
const WORKER_URL = new URL("./reader-worker.ts", import.meta.url).href;
const TSX_API = import.meta.resolve("tsx/esm/api");
const BOOT = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

/** Readers by default: one per core, at most 4 (past the cores they only add memory). */
export const defaultReaders = (): number => Math.max(1, Math.min(4, os.availableParallelism()));

interface Pending { resolve: (b: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void }
interface Reader { worker: Worker; pending: Map<number, Pending> }

export class ReaderPool {
  readonly file: string;
  readonly size: number;
  #readers: Reader[] = [];
  #seq = 0;
  #closed = false;

  constructor(file: string, size = defaultReaders()) {
    this.file = file;
    this.size = Math.max(1, size);
    for (let i = 0; i < this.size; i++) this.#spawn();
  }

  #spawn(): void {
    const r: Reader = { worker: new Worker(BOOT, { eval: true, workerData: { db: this.file } }), pending: new Map() };
    r.worker.unref();   // an idle pool never keeps the process alive
    r.worker.on("message", (m: ReadReply | { ready: true }) => {
      if (!("seq" in m)) return;
      const p = r.pending.get(m.seq);
      if (!p) return;
      r.pending.delete(m.seq);
      if ("body" in m) p.resolve(m.body);
      else p.reject(new RasidError(m.error.code as ErrorCode, m.error.input, m.error.detail));
    });
    const lost = (why: string) => {
      const at = this.#readers.indexOf(r);
      if (at < 0) return;
      this.#readers.splice(at, 1);
      for (const p of r.pending.values()) p.reject(new RasidError("E_INTERNAL", this.file, `reader stopped: ${why}`));
      r.pending.clear();
      if (!this.#closed) this.#spawn();
    };
    r.worker.on("error", (e) => lost(e.message));
    r.worker.on("exit", (code) => lost(`exit code ${code}`));
    this.#readers.push(r);
  }

  /** The answer of route `route` (its operationId) for `params`, as UTF-8 JSON. */
  answer(route: string, params: Params): Promise<Uint8Array<ArrayBuffer>> {
    if (this.#closed) return Promise.reject(new RasidError("E_INTERNAL", this.file, "reader pool closed"));
    let r = this.#readers[0];
    for (const x of this.#readers) if (x.pending.size < r.pending.size) r = x;
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      r.pending.set(seq, { resolve, reject });
      r.worker.postMessage({ seq, route, params } satisfies ReadRequest);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#readers.map((r) => r.worker.terminate()));
  }
}
