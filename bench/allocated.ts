// bench/allocated: bytes the `rasid extract` pipeline allocates per article, and the GC's time, as
// numbers that do not move with the machine's load (bench/PERF.md, session 23). On this shared
// 2-core machine a run's CPU seconds vary by ±15–25% from one run of the same tree to the next, so a
// change of a few percent cannot be seen in them; bytes allocated can, once the run is deterministic.
//
// How: every V8 heap byte an article's work makes is either still in the heap at the end of the
// window or was there when some collection began. So the bytes allocated over a window are the growth
// of V8's used heap size between collections, summed: (used at the first GC's start − used at the
// window's start) + Σ (used at each GC's start − used at the previous GC's end) + (used at the end −
// used after the last GC), read from v8.GCProfiler and v8.getHeapStatistics(). Pretenured objects
// (the Tokens, made directly in old space: session 22) count like young ones; off-heap memory
// (ArrayBuffer contents, external strings) does not.
// For the same number run to run, the script re-runs itself under V8's --predictable (one thread: no
// concurrent compiling, marking or sweeping, fixed seeds) so that what TurboFan has compiled, and
// therefore which allocations its escape analysis removed, is the same at every article; and it feeds
// the pipeline fixed batches of 16 records (extract() in pipeline/run.ts cuts a batch where the
// reader has no record ready, which depends on timing). --as-is measures the process as started
// instead (concurrent compiling: how much the bytes then vary was not measured). Session 23: three
// runs of one tree, 861,928,928 / 861,657,000 / 861,909,720 bytes (±0.02%).
// GC time is a pause time (wall clock) and does depend on load; it is printed with the process's
// CPU time over the same window, and the copying bytes that drive it (survived + promoted) beside.
// The counts of collections move a little too (2–6 mark-compacts in 3,000 articles): V8 sizes the
// heap from the GC speeds it measures.
//
//   node --import tsx bench/allocated.ts [--skip 496] [--limit 3008] [--top-spaces] [--as-is] [FILE.jsonl ...]
//   (default: the first 1,504 records of 2015-07-21 and of 2015-08-06 in ../shared/corpus/saudinewsnet;
//    --skip and --limit count articles from the first and are rounded down to a batch of 16)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";

const PREDICTABLE = ["--predictable", "--no-memory-reducer", "--hash-seed=1", "--random-seed=1"];
const args = process.argv.slice(2);
if (!args.includes("--as-is") && !process.execArgv.includes("--predictable")) {
  // re-run under the flags that make the count repeatable; the loader (tsx) as this process has it
  const r = spawnSync(process.execPath, [...PREDICTABLE, ...process.execArgv, process.argv[1], ...args], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const { extractBatch, BATCH } = await import("../src/pipeline/run.ts");
const { readInputs } = await import("../src/input/read.ts");
const { isRasidError } = await import("../src/core/errors.ts");
type RawArticle = import("../src/core/document.ts").RawArticle;

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const opt = (name: string, d: number): number => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : d; };
const skip = Math.floor(opt("--skip", 496) / BATCH) * BATCH, limit = Math.floor(opt("--limit", 3008) / BATCH) * BATCH;
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));

/** The default input: the first records of two days (the corpus's start is long articles, its middle short). */
function defaultInputs(): string[] {
  const days = ["2015-07-21.jsonl", "2015-08-06.jsonl"].map((f) => path.join(DEFAULT_DIR, f));
  if (!days.every((f) => fs.existsSync(f))) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-allocated-"));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return days.map((f) => {
    const lines = fs.readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).slice(0, Math.ceil(limit / 2));
    const out = path.join(dir, path.basename(f));
    fs.writeFileSync(out, lines.join("\n") + "\n");
    return out;
  });
}

interface HeapStats { usedHeapSize: number }
interface Space { spaceName: string; spaceUsedSize: number }
interface Stat { gcType: string; cost: number; beforeGC: { heapStatistics: HeapStats; heapSpaceStatistics: Space[] }; afterGC: { heapStatistics: HeapStats; heapSpaceStatistics: Space[] } }
const spaceUsed = (s: Space[], names: string[]): number => s.reduce((a, x) => a + (names.includes(x.spaceName) ? x.spaceUsedSize : 0), 0);
const YOUNG = ["new_space", "new_large_object_space"], OLD = ["old_space", "large_object_space"];
const cpuSecs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

async function main(): Promise<void> {
  const files = named.length ? named : defaultInputs();
  if (!files.length) { console.log(`bench/allocated: no corpus at ${DEFAULT_DIR}; nothing to measure.`); return; }
  const load0 = os.loadavg()[0];
  const inputs = readInputs(files);
  const profiler = new v8.GCProfiler();
  let n = 0, json = 0, used0 = 0, cpu0 = 0, t0 = 0, done = false, from = -1; // from: articles read when the window opened
  while (!done && n < limit) {
    const raws: RawArticle[] = [];
    while (raws.length < BATCH) {
      const r = await inputs.next();
      if (r.done) { done = true; break; }
      if (!isRasidError(r.value)) raws.push(r.value);
      n++;
    }
    for (const o of extractBatch(raws)) if (o.ok && from >= 0) json += JSON.stringify(o.doc).length; // as the CLI writes it
    // (a read error counts as an input but makes no article: the window opens at the first batch end at or past skip)
    if (from < 0 && n >= skip) { from = n; profiler.start(); used0 = v8.getHeapStatistics().used_heap_size; cpu0 = cpuSecs(); t0 = performance.now(); }
  }
  const used1 = v8.getHeapStatistics().used_heap_size, cpu = cpuSecs() - cpu0, wall = (performance.now() - t0) / 1000;
  const stats = (profiler.stop()?.statistics ?? []) as Stat[];
  await inputs.return?.();
  const measured = from < 0 ? 0 : n - from;
  if (measured <= 0) { console.log(`bench/allocated: ${n} articles, none after --skip ${skip}`); return; }
  let allocated = 0, prev = used0, scavenges = 0, marks = 0, gcUs = 0, copied = 0;
  for (const s of stats) {
    allocated += s.beforeGC.heapStatistics.usedHeapSize - prev;
    prev = s.afterGC.heapStatistics.usedHeapSize;
    gcUs += s.cost;
    if (s.gcType === "Scavenge" || s.gcType === "MinorMarkSweep") {
      scavenges++;
      copied += spaceUsed(s.afterGC.heapSpaceStatistics, YOUNG)
        + Math.max(0, spaceUsed(s.afterGC.heapSpaceStatistics, OLD) - spaceUsed(s.beforeGC.heapSpaceStatistics, OLD));
    } else marks++;
  }
  allocated += used1 - prev;
  const kb = (x: number) => (x / measured / 1024).toFixed(1);
  console.log(`bench/allocated: inputs ${from + 1}-${n} (${measured} measured), ${process.execArgv.includes("--predictable") ? "--predictable" : "as started"}, load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`);
  console.log(`  allocated   ${kb(allocated)} KB per article (${allocated} bytes in all)`);
  console.log(`  GC          ${scavenges} scavenges, ${marks} mark-compacts; copied ${kb(copied)} KB per article (survived + promoted)`);
  console.log(`  GC time     ${(gcUs / 1000 / measured).toFixed(3)} ms per article of pauses, ${(100 * gcUs / 1e6 / cpu).toFixed(1)}% of the window's CPU (${cpu.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall: load-dependent)`);
  console.log(`  output      ${(json / 1048576).toFixed(1)} MB of JSON`);
}

await main();
