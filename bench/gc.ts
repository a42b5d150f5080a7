// bench/gc: what the garbage collector has to do per article in the `rasid extract` pipeline, in
// bytes, which do not depend on the machine's load (GC pause times do: on a shared machine a
// parallel scavenge waits for its helper threads). V8's GCProfiler records each collection's heap
// spaces before and after it; from them, per article:
// - allocated: new-space bytes made between scavenges (what sets their pace);
// - survived: new-space bytes a scavenge copied and kept young (objects alive at that moment:
//   the batch's documents, and long-lived data on its first copy);
// - promoted: bytes a scavenge moved to old space (survived a second time: caches, the form
//   table's forms and readings). A scavenge's cost follows survived + promoted (it copies live
//   objects, not garbage); a mark-compact's follows the old space it marks.
// Start-up (KB, lexicons, the tagger's model) is left out with --skip: the profiler starts after
// the first N articles. bench/PERF.md, session 14, has what these numbers said.
//
//   node --import tsx bench/gc.ts [--skip 500] [--limit 3000] [--batch 16] [FILE.jsonl ...]
//   (default: every file of ../shared/corpus/saudinewsnet; --limit counts the skipped articles)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { extract } from "../src/pipeline/run.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const args = process.argv.slice(2);
const opt = (name: string, d: number): number => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : d; };
const skip = opt("--skip", 500), limit = opt("--limit", 3000);
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const files = named.length ? named
  : fs.existsSync(DEFAULT_DIR) ? fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f)) : [];

interface Space { spaceName: string; spaceUsedSize: number }
interface Stat { gcType: string; cost: number; beforeGC: { heapSpaceStatistics: Space[] }; afterGC: { heapSpaceStatistics: Space[] } }

const used = (s: Space[], name: string): number => s.find((x) => x.spaceName === name)?.spaceUsedSize ?? 0;
/** Old-generation bytes in use: old space and large objects (a promoted large array lands there). */
const oldUsed = (s: Space[]): number => used(s, "old_space") + used(s, "large_object_space");
const youngUsed = (s: Space[]): number => used(s, "new_space") + used(s, "new_large_object_space");

async function main(): Promise<void> {
  if (!files.length) {
    console.log(`bench/gc: no corpus at ${DEFAULT_DIR} (it exists only in the development workspace); nothing to measure.`);
    return;
  }
  const load0 = os.loadavg()[0];
  const profiler = new v8.GCProfiler();
  let n = 0, outBytes = 0;
  for await (const o of extract(files)) {
    if (o.ok) outBytes += JSON.stringify(o.doc).length; // as the CLI writes it
    if (++n === skip) profiler.start();
    if (n >= limit) break;
  }
  const measured = n - Math.min(skip, n);
  const stats = (profiler.stop()?.statistics ?? []) as Stat[];
  if (!measured || !stats.length) { console.log(`bench/gc: ${n} articles, none measured after --skip ${skip}`); return; }
  let scavenges = 0, marks = 0, allocated = 0, survived = 0, promoted = 0, freedOld = 0, scavengeUs = 0, markUs = 0, youngAfter = -1;
  for (const s of stats) {
    const before = s.beforeGC.heapSpaceStatistics, after = s.afterGC.heapSpaceStatistics;
    const young = youngUsed(before);
    allocated += youngAfter < 0 ? young : Math.max(0, young - youngAfter);
    youngAfter = youngUsed(after);
    if (s.gcType === "Scavenge" || s.gcType === "MinorMarkSweep") {
      scavenges++; scavengeUs += s.cost;
      survived += youngUsed(after);
      promoted += Math.max(0, oldUsed(after) - oldUsed(before));
    } else if (s.gcType === "MarkSweepCompact") {
      marks++; markUs += s.cost;
      freedOld += Math.max(0, oldUsed(before) - oldUsed(after));
    }
  }
  const kb = (x: number) => (x / measured / 1024).toFixed(1);
  const last = stats[stats.length - 1].afterGC.heapSpaceStatistics;
  console.log(`bench/gc: articles ${skip + 1}-${n} (${measured} measured, ${(outBytes / 1e6).toFixed(1)} MB of JSON in all), load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);
  console.log(`  per article      allocated ${kb(allocated)} KB (young), survived ${kb(survived)} KB, promoted ${kb(promoted)} KB`);
  console.log(`  scavenges        ${scavenges} (${((1000 * scavenges) / measured).toFixed(1)} per 1,000 articles), copying ${kb(survived + promoted)} KB per article`);
  console.log(`  mark-compacts    ${marks}, old space freed ${(freedOld / 1e6).toFixed(0)} MB; old space in use at the end ${(oldUsed(last) / 1e6).toFixed(0)} MB`);
  console.log(`  pauses (wall, load-dependent) scavenge ${(scavengeUs / 1000 / measured).toFixed(3)} ms/article, mark-compact ${(markUs / 1000 / measured).toFixed(3)} ms/article`);
}

await main();
