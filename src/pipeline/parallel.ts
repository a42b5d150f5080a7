// Extraction on several cores: worker threads (worker.ts) run the stages, the calling thread
// reads the inputs, hands them out in small batches and puts the outcomes back in input order,
// so `extract(paths, { jobs: N })` yields exactly what `jobs: 1` yields. Each worker loads its
// own knowledge base and lexicons (from the compiled cache: ~0.1 s of CPU) and holds its own
// copy of them in memory (~150 MB). Work is bounded: at most DEPTH batches wait per worker and
// results never run more than AHEAD batches ahead of the one the consumer is waiting for.
import { Worker } from "node:worker_threads";
import type { RawArticle } from "../core/document.ts";
import { RasidError, isRasidError } from "../core/errors.ts";
import type { ReadOutcome } from "../input/read.ts";
import type { Outcome } from "./run.ts";
import type { Batch, Done, WireOutcome } from "./worker.ts";

const BATCH = 8;     // articles per message: enough to make messaging cheap, small enough to balance
const DEPTH = 2;     // batches queued per worker, so a worker never waits for the next one
const AHEAD = 16;    // batches past the oldest unfinished one that may be done and waiting
// A young generation three times V8's default (the equivalent of --max-semi-space-size=48): the
// stages make many short-lived objects per article, and with the default most of them survive
// long enough to be copied and promoted. In one process (--max-semi-space-size=48) GC pauses fell
// from 3.3 to 0.9 ms per article and peak RSS by ~180 MB; in workers the CPU gain was within the
// shared machine's noise, RSS 20-50 MB lower (bench/PERF.md).
const YOUNG_GENERATION_MB = 144;

export interface ParallelOptions {
  jobs: number;
  signal?: AbortSignal;
  skip?: (raw: RawArticle) => boolean;
}

// Workers run TypeScript through tsx, like bin/rasid.mjs: register its loader, then import.
// Inside the bundle bin/rasid.mjs builds (src/.bundle/rasid.mjs, this module is no .ts file),
// they import the worker bundle built beside it instead, without tsx.
const BUNDLED = !import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(BUNDLED ? "./worker.mjs" : "./worker.ts", import.meta.url).href;
const BOOT = BUNDLED
  ? `import(${JSON.stringify(WORKER_URL)});`
  : `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

interface Slot { outcomes: (Outcome | null)[]; at: number[]; raws: RawArticle[] }
interface Lane { worker: Worker; inflight: Set<number> }

const fromWire = (o: WireOutcome): Outcome =>
  o.ok ? o : { ok: false, error: new RasidError(o.error.code, o.error.input, o.error.detail) };

export async function* extractParallel(inputs: AsyncIterable<ReadOutcome>, opts: ParallelOptions): AsyncGenerator<Outcome> {
  const slots = new Map<number, Slot>();   // by batch number: read, sent, or done and waiting
  const done = new Set<number>();
  const lanes: Lane[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let restarts = 0;
  const notify = () => { const w = wake; wake = null; w?.(); };

  const finish = (lane: Lane, msg: Done) => {
    lane.inflight.delete(msg.seq);
    const slot = slots.get(msg.seq);
    if (!slot) return;
    msg.out.forEach((o, i) => { slot.outcomes[slot.at[i]] = fromWire(o); });
    done.add(msg.seq);
    notify();
  };
  // a worker that dies fails its batches (typed, naming each input) and is replaced
  const lost = (lane: Lane, why: string) => {
    if (!lanes.includes(lane)) return;
    lanes.splice(lanes.indexOf(lane), 1);
    for (const seq of lane.inflight) {
      const slot = slots.get(seq)!;
      slot.raws.forEach((r, i) => { slot.outcomes[slot.at[i]] = { ok: false, error: new RasidError("E_INTERNAL", r.source.path, `worker stopped: ${why}`) }; });
      done.add(seq);
    }
    if (++restarts > opts.jobs * 3) failure = new Error(`extract: worker threads keep stopping (${why})`);
    else spawn();
    notify();
  };
  const spawn = () => {
    const lane: Lane = { worker: new Worker(BOOT, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), inflight: new Set() };
    lane.worker.on("message", (m: Done) => finish(lane, m));
    lane.worker.on("error", (e) => lost(lane, e.message));
    lane.worker.on("exit", (code) => lost(lane, `exit code ${code}`));
    lanes.push(lane);
  };
  for (let i = 0; i < opts.jobs; i++) spawn();

  const it = inputs[Symbol.asyncIterator]();
  let seq = 0, next = 0, eof = false;
  const readBatch = async (): Promise<Slot | null> => {
    const slot: Slot = { outcomes: [], at: [], raws: [] };
    while (slot.raws.length < BATCH) {
      if (opts.signal?.aborted) { eof = true; break; }
      const r = await it.next();
      if (r.done) { eof = true; break; }
      const x = r.value;
      if (isRasidError(x)) { slot.outcomes.push({ ok: false, error: x }); continue; }
      if (opts.skip?.(x)) continue;
      slot.at.push(slot.outcomes.length);
      slot.outcomes.push(null);
      slot.raws.push(x);
    }
    return slot.outcomes.length ? slot : null;
  };
  const idle = () => lanes.reduce<Lane | null>((best, l) => (l.inflight.size < DEPTH && (!best || l.inflight.size < best.inflight.size) ? l : best), null);

  try {
    for (;;) {
      if (failure) throw failure;
      // hand out work while a worker has room and the consumer is not too far behind
      for (let lane = idle(); !eof && lane && seq - next < AHEAD; lane = idle()) {
        const slot = await readBatch();
        if (!slot) continue;
        const n = seq++;
        slots.set(n, slot);
        if (slot.raws.length) { lane.inflight.add(n); lane.worker.postMessage({ seq: n, raws: slot.raws } satisfies Batch); }
        else done.add(n);
      }
      // give back, in input order, every batch that is complete
      while (done.has(next)) {
        const slot = slots.get(next)!;
        slots.delete(next);
        done.delete(next);
        next++;
        for (const o of slot.outcomes) yield o!;
      }
      if (opts.signal?.aborted) return;
      if (eof && next === seq) return;
      if (!done.has(next)) await new Promise<void>((r) => { wake = r; });
    }
  } finally {
    const all = [...lanes];
    lanes.length = 0; // no replacements while shutting down
    await Promise.all(all.map((l) => l.worker.terminate()));
    await it.return?.();
  }
}
