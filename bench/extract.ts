// bench/extract: the `rasid extract` pipeline over the whole SaudiNewsNet corpus, as the CLI runs
// it (read, decode, clean, text, mentions, entities, quotes, events, contract JSON) through
// pipeline/run.ts's extract(), without writing the output; with --jobs N on N worker threads.
// Prints articles/s and MB/s by the wall clock and per core (by the CPU time of the whole
// process, workers included: the figure to trust when other work shares the machine), peak RSS,
// the load average beside them, and how much of each record's content the cleaner kept (a check
// that bodies are not damaged: SaudiNewsNet is already extracted text, so nearly all should stay).
// Per-stage costs: bench/profile.ts.
//
//   node --import tsx bench/extract.ts [--jobs N|auto] [--limit N] [FILE.jsonl ...]
//   (default: every file of ../shared/corpus/saudinewsnet)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract, parseJobs } from "../src/pipeline/run.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const jobs = parseJobs(opt("--jobs") ?? "1");
const limit = Number(opt("--limit") ?? Infinity);
const named = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));

function inputs(): string[] {
  if (named.length) return named;
  if (!fs.existsSync(DEFAULT_DIR)) return [];
  return fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f));
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const cpuSecs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

async function main(): Promise<void> {
  const files = inputs();
  if (!files.length) {
    console.log(`bench/extract: no corpus at ${DEFAULT_DIR} (it exists only in the development workspace); nothing to measure.`);
    return;
  }
  const load0 = os.loadavg()[0];
  let ok = 0, failed = 0, outBytes = 0, inBytes = 0;
  const kept: number[] = [];
  const failures = new Map<string, number>();
  const t0 = performance.now(), c0 = cpuSecs();
  const bodyLength = new Map<string, number>(); // the record's content length, seen as it is read
  const skip = (raw: { id: string; body: string }) => { bodyLength.set(raw.id, raw.body.length); return false; };
  for await (const o of extract(files, { jobs, skip })) {
    if (!o.ok) {
      failed++;
      failures.set(o.error.code, (failures.get(o.error.code) ?? 0) + 1);
      if (o.error.code === "E_INTERNAL" && failures.get("E_INTERNAL") === 1) console.error(o.error.toLine().slice(0, 1500));
    } else {
      const doc = o.doc;
      outBytes += JSON.stringify(doc).length;
      inBytes += Buffer.byteLength(doc.text);
      const body = doc.text.length - doc.title.length;
      const given = bodyLength.get(doc.id) ?? 0;
      kept.push(given ? body / given : 1);
      ok++;
    }
    if (ok + failed >= limit) break;
  }
  const secs = (performance.now() - t0) / 1000, cpu = cpuSecs() - c0;
  const n = ok + failed;
  const mb = inBytes / 1048576;
  kept.sort((a, b) => a - b);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`bench/extract: ${files.length} files, ${n} articles (${mb.toFixed(1)} MB of clean text, UTF-8), jobs ${jobs}, load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  console.log(`  wall            ${secs.toFixed(1)} s: ${(n / secs).toFixed(0)} articles/s, ${(mb / secs).toFixed(2)} MB/s`);
  console.log(`  cpu             ${cpu.toFixed(1)} s: ${(n / cpu).toFixed(0)} articles/s per core, ${(mb / cpu).toFixed(2)} MB/s per core (all threads, start-up included)`);
  console.log(`  peak RSS        ${rss.toFixed(0)} MB`);
  console.log(`  output          ${(outBytes / 1048576).toFixed(1)} MB of JSON`);
  console.log(`  failed          ${failed}${failures.size ? " (" + [...failures].map(([c, k]) => `${c} ${k}`).join(", ") + ")" : ""}`);
  if (kept.length) {
    console.log(`  body kept / text length: min ${kept[0].toFixed(2)}, p1 ${pct(kept, 1).toFixed(2)}, p5 ${pct(kept, 5).toFixed(2)}, median ${pct(kept, 50).toFixed(2)}, ` +
      `below 0.9: ${kept.filter((k) => k < 0.9).length}, below 0.5: ${kept.filter((k) => k < 0.5).length}`);
  }
}

await main();
