// bench/alloc: which functions allocate the most bytes in the `rasid extract` pipeline (as
// bench/extract.ts runs it), counting objects the GC has already collected: V8's sampling heap
// profiler with includeObjectsCollectedByMinorGC/MajorGC. What a CPU profile calls "(garbage
// collector)" is paid for here, by the allocating function (bench/PERF.md, session 11).
// Sampled (one sample per ~16 KB allocated), so shares are estimates; sizes are bytes, not time.
//
//   node --import tsx bench/alloc.ts [--limit 3000] [--top 40] [FILE.jsonl ...]
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
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const files = named.length ? named
  : fs.existsSync(DEFAULT_DIR) ? fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f)) : [];

interface Node { callFrame: { functionName: string; url: string }; selfSize: number; children: Node[] }

async function main(): Promise<void> {
  if (!files.length) {
    console.log(`bench/alloc: no corpus at ${DEFAULT_DIR} (it exists only in the development workspace); nothing to measure.`);
    return;
  }
  const s = new Session();
  s.connect();
  await s.post("HeapProfiler.enable");
  await s.post("HeapProfiler.startSampling", { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  let n = 0, json = 0;
  for await (const o of extract(files)) {
    if (o.ok) json += JSON.stringify(o.doc).length; // as the CLI writes it
    if (++n >= limit) break;
  }
  const { profile } = await s.post("HeapProfiler.stopSampling") as unknown as { profile: { head: Node } };
  const by = new Map<string, number>();
  let total = 0;
  const walk = (x: Node): void => {
    if (x.selfSize) {
      const k = `${x.callFrame.functionName || "(anonymous)"} ${path.basename(x.callFrame.url || "(native)")}`;
      by.set(k, (by.get(k) ?? 0) + x.selfSize);
      total += x.selfSize;
    }
    for (const c of x.children) walk(c);
  };
  walk(profile.head);
  console.log(`bench/alloc: ${n} articles (${(json / 1048576).toFixed(1)} MB of JSON), ~${(total / 1048576).toFixed(0)} MB allocated (start-up included), ${(total / n / 1024).toFixed(0)} KB per article`);
  for (const [k, b] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${(100 * b / total).toFixed(1).padStart(5)}%  ${(b / n / 1024).toFixed(1).padStart(6)} KB/article  ${k}`);
  }
}

await main();
