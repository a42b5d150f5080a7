// bench/profile: where the time of `rasid extract` goes, stage by stage, per article. Runs the
// real composer (pipeline/process.ts) with its stage timer over SaudiNewsNet (or the JSON Lines
// files given) and prints, for start-up (KB load, gazetteer and lexicons) and for every stage
// (read = read + decode + JSON parse; clean; language; text; mentions; entities; quotes;
// events; contract = toContract + JSON.stringify), its CPU time per article and its share, plus
// the total in articles/s per core, GC time, and the load average beside it. Each stage is timed
// with performance.now() (cheap: process.cpuUsage() costs ~3 µs a call, too much for ten calls an
// article); the process's CPU time is taken once for the whole run, and each stage's wall time is
// scaled by cpu/wall to give its CPU share, since on a shared machine the wall clock also counts
// the time other processes held the core (assumed spread evenly over the stages).
//
//   node --import tsx bench/profile.ts [--limit N] [--skip N] [--until text] [FILE.jsonl ...]
//   (--until text: read, clean, language and text only, as for text/, clean/ and input/ work)
//   (default: every file of ../shared/corpus/saudinewsnet; --limit 3000 for a quick look)
//   (--batch N: stage by stage over batches of N articles, as `rasid extract` runs them
//   (pipeline/process.ts processBatch, N = 16 there); each stage timed over the whole batch.
//   Per article (the default) hides what batches cost: a later stage meets its documents' words
//   out of the cache, and a per-document cache that keeps only the last one misses)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { isRasidError } from "../src/core/errors.ts";
import { readInputs } from "../src/input/read.ts";
import { loadKb } from "../src/kb/index.ts";
import { defaultResources } from "../src/mentions/resources.ts";
import type { RawArticle } from "../src/core/document.ts";
import { processArticle, processBatch, STAGES, type Stage, type StageTimer } from "../src/pipeline/process.ts";
import { toContract } from "../src/pipeline/to-contract.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const limit = opt("--limit", Infinity), skip = opt("--skip", 0);
const until = args.includes("--until") ? (args[args.indexOf("--until") + 1] as Stage) : undefined;
if (until && until !== "text") throw new Error("--until: only text is supported");
const batch = opt("--batch", 0);
if (batch && until) throw new Error("--batch and --until: not together");
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const files = named.length ? named
  : fs.existsSync(DEFAULT_DIR) ? fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f)) : [];
if (!files.length) {
  console.log(`bench/profile: no corpus at ${DEFAULT_DIR} (it exists only in the development workspace); nothing to measure.`);
  process.exit(0);
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const load0 = os.loadavg()[0];

// start-up: what a process pays once before its first article
const startup: [string, number, number][] = [];
const once = (name: string, fn: () => unknown) => {
  const c = cpuMs(), w = performance.now();
  fn();
  startup.push([name, cpuMs() - c, performance.now() - w]);
};
if (!until) {
  once("kb load (loadKb)", () => loadKb());
  once("gazetteer + lexicons", () => defaultResources());
}

let gcMs = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs += e.duration; }).observe({ entryTypes: ["gc"] });

const wall = new Map<string, number>();
const add = (stage: string, w: number) => { wall.set(stage, (wall.get(stage) ?? 0) + w); };
const timer: StageTimer = (stage, fn) => {
  const w = performance.now();
  try { return fn(); } finally { add(stage, performance.now() - w); }
};

let n = 0, seen = 0, failed = 0, chars = 0, firstMs = 0;
const pending: RawArticle[] = [];
function runBatch(): void {
  if (!batch) return;
  const docs = processBatch(pending, timer);
  for (const d of docs) {
    if (isRasidError(d)) { failed++; continue; }
    timer("contract" as never, () => JSON.stringify(toContract(d)));
    chars += d.text.length;
  }
  pending.length = 0;
}
const c0 = cpuMs(), w0 = performance.now();
const it = readInputs(files)[Symbol.asyncIterator]();
for (;;) {
  const rw = performance.now();
  const next = await it.next();
  if (next.done) break;
  const r = next.value;
  if (seen++ < skip) continue;
  add("read", performance.now() - rw);
  if (isRasidError(r)) { failed++; continue; }
  if (batch) {
    pending.push(r);
    n++;
    if (pending.length >= batch || n >= limit) runBatch();
    if (n >= limit) break;
    continue;
  }
  const f0 = n === 0 ? cpuMs() : 0;
  try {
    const doc = processArticle(r, timer, until);
    if (!until) timer("contract" as never, () => JSON.stringify(toContract(doc)));
    chars += doc.text.length;
  } catch (e) {
    failed++;
    if (!isRasidError(e)) console.error(e);
  }
  if (n === 0) firstMs = cpuMs() - f0;
  if (++n >= limit) break;
}
if (pending.length) runBatch();
const totalCpu = cpuMs() - c0, totalWall = performance.now() - w0;
await new Promise((resolve) => setImmediate(resolve)); // the GC observer's last entries arrive on a turn of the event loop

const rss = process.resourceUsage().maxRSS / 1024;
const rows = until ? ["read", ...STAGES.slice(0, STAGES.indexOf(until) + 1)] : ["read", ...STAGES, "contract"];
const scale = totalCpu / totalWall;
const staged = rows.reduce((s, k) => s + (wall.get(k) ?? 0), 0);
console.log(`bench/profile: ${n} articles (${failed} failed), ${(chars / n).toFixed(0)} chars of clean text each, load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
for (const [name, c, w] of startup) console.log(`  start-up ${name.padEnd(24)} ${c.toFixed(0).padStart(6)} ms cpu  ${w.toFixed(0).padStart(6)} ms wall`);
console.log(`  first article (lazy loads)        ${firstMs.toFixed(0).padStart(6)} ms cpu`);
console.log(`  stage        cpu ms/article   share   wall ms/article   (cpu = wall × ${scale.toFixed(2)}, the run's cpu/wall)`);
for (const k of rows) {
  const w = wall.get(k) ?? 0;
  console.log(`  ${k.padEnd(12)} ${((w * scale) / n).toFixed(3).padStart(14)}  ${((100 * w) / totalWall).toFixed(1).padStart(5)}%  ${(w / n).toFixed(3).padStart(14)}`);
}
console.log(`  (outside the stages: ${(((totalWall - staged) * scale) / n).toFixed(3)} ms/article; GC pauses ${(gcMs / n).toFixed(3)} ms/article wall, counted inside the stages above)`);
console.log(`  total        ${(totalCpu / n).toFixed(3).padStart(14)} ms/article cpu → ${((n * 1000) / totalCpu).toFixed(0)} articles/s per core; wall ${((n * 1000) / totalWall).toFixed(0)} articles/s; peak RSS ${rss.toFixed(0)} MB`);
