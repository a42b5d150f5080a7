// bench/alloc: which functions allocate the most bytes in the `rasid extract` pipeline (as
// bench/extract.ts runs it), counting objects the GC has already collected: V8's sampling heap
// profiler with includeObjectsCollectedByMinorGC/MajorGC. What a CPU profile calls "(garbage
// collector)" is paid for here, by the allocating function (bench/PERF.md, session 11).
// Sampled (one sample per ~16 KB allocated), so shares are estimates; sizes are bytes, not time.
//
//   node --import tsx bench/alloc.ts [--limit 3000] [--top 40] [--callers NAME] [FILE.jsonl ...]
// --callers NAME: also the JS functions whose calls of NAME allocate (e.g. a builtin: next, set,
// sort), by the nearest caller frame that is not NAME itself.
// --skip N: sample only after the first N articles (start-up and warm-up left out: what an article
// costs once the caches and compiled code are in place; the per-article figures divide by limit - N).
// --live: only what is still alive at the end (the caches and tables every full collection marks),
// instead of everything allocated; run with node --expose-gc, or promoted garbage that no full
// collection has freed yet counts as alive.
//   (default: every file of ../shared/corpus/saudinewsnet, first 3,000 articles)
// Under tsx every function sits on "line 1"; for lines, bundle the pipeline first (bench/PERF.md).
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { extract } from "../src/pipeline/run.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const args = process.argv.slice(2);
const opt = (name: string, d: number): number => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : d; };
const limit = opt("--limit", 3000), top = opt("--top", 40);
const live = args.includes("--live"), skip = opt("--skip", 0);
const callersOf = ((i) => (i >= 0 ? args[i + 1] : null))(args.indexOf("--callers"));
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const files = named.length ? named
  : fs.existsSync(DEFAULT_DIR) ? fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f)) : [];

interface Node { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }

async function main(): Promise<void> {
  if (!files.length) {
    console.log(`bench/alloc: no corpus at ${DEFAULT_DIR} (it exists only in the development workspace); nothing to measure.`);
    return;
  }
  const s = new Session();
  s.connect();
  await s.post("HeapProfiler.enable");
  const start = () => s.post("HeapProfiler.startSampling", { samplingInterval: 16384, includeObjectsCollectedByMajorGC: !live, includeObjectsCollectedByMinorGC: !live });
  if (skip === 0) await start();
  let n = 0, json = 0;
  for await (const o of extract(files)) {
    if (o.ok) { const j = JSON.stringify(o.doc).length; if (n >= skip) json += j; } // as the CLI writes it
    if (++n >= limit) break;
    if (n === skip) await start();
  }
  n -= Math.min(skip, n);
  // --live: garbage not yet collected still counts as alive; a full collection first (node --expose-gc)
  if (live) (globalThis as { gc?: () => void }).gc?.();
  const { profile } = await s.post("HeapProfiler.stopSampling") as unknown as { profile: { head: Node } };
  const by = new Map<string, number>(), callers = new Map<string, number>();
  let total = 0;
  // an anonymous function is told apart by its line (in a bundle: a real one)
  const name = (x: Node) => x.callFrame.functionName ? `${x.callFrame.functionName} ${path.basename(x.callFrame.url || "(native)")}`
    : `(anonymous) ${path.basename(x.callFrame.url || "(native)")}:${x.callFrame.lineNumber + 1}`;
  const walk = (x: Node, caller: string): void => {
    if (x.selfSize) {
      const k = name(x);
      by.set(k, (by.get(k) ?? 0) + x.selfSize);
      total += x.selfSize;
      if (x.callFrame.functionName === callersOf) callers.set(caller, (callers.get(caller) ?? 0) + x.selfSize);
    }
    for (const c of x.children) walk(c, x.callFrame.functionName === callersOf ? caller : name(x));
  };
  walk(profile.head, "(root)");
  console.log(`bench/alloc: ${n} articles (${(json / 1048576).toFixed(1)} MB of JSON), ~${(total / 1048576).toFixed(0)} MB ${live ? "alive at the end" : "allocated"} ${skip ? `(after ${skip} articles)` : "(start-up included)"}, ${(total / n / 1024).toFixed(0)} KB per article`);
  for (const [k, b] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${(100 * b / total).toFixed(1).padStart(5)}%  ${(b / n / 1024).toFixed(1).padStart(6)} KB/article  ${k}`);
  }
  if (callersOf) console.log(`callers of ${callersOf}:`);
  for (const [k, b] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${(100 * b / total).toFixed(1).padStart(5)}%  ${(b / n / 1024).toFixed(1).padStart(6)} KB/article  ${k}`);
  }
}

await main();
