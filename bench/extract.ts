// bench/extract: the `rasid extract` pipeline over the whole SaudiNewsNet corpus in one process,
// as the CLI runs it (read, decode, clean, text, mentions, entities, quotes, events, contract JSON),
// without writing the output. Prints articles/s, MB/s, peak RSS, the clean stage's share (timed
// again on every tenth article, so the main figure is not slowed by the timing), and how much of
// each record's content the cleaner kept (a check that bodies are not damaged: SaudiNewsNet is
// already extracted text, so nearly all of it should stay).
//
//   node --import tsx bench/extract.ts [FILE.jsonl ...]   (default: ../shared/corpus/saudinewsnet)
import fs from "node:fs";
import path from "node:path";
import { clean } from "../src/clean/clean.ts";
import { isRasidError } from "../src/core/errors.ts";
import { readInputs } from "../src/input/read.ts";
import { processArticle } from "../src/pipeline/process.ts";
import { toContract } from "../src/pipeline/to-contract.ts";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/saudinewsnet");

function inputs(): string[] {
  const args = process.argv.slice(2);
  if (args.length) return args;
  if (!fs.existsSync(DEFAULT_DIR)) return [];
  return fs.readdirSync(DEFAULT_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(DEFAULT_DIR, f));
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function main(): Promise<void> {
  const files = inputs();
  if (!files.length) {
    console.log(`bench/extract: no corpus at ${DEFAULT_DIR} (it exists only in the development workspace); nothing to measure.`);
    return;
  }
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  let ok = 0, failed = 0, outBytes = 0, cleanMs = 0, cleanN = 0;
  const kept: number[] = [];
  const failures = new Map<string, number>();
  const t0 = performance.now();
  for await (const r of readInputs(files)) {
    if (isRasidError(r)) { failed++; failures.set(r.code, (failures.get(r.code) ?? 0) + 1); continue; }
    if ((ok + failed) % 10 === 0) {
      const c0 = performance.now();
      clean(r);
      cleanMs += performance.now() - c0;
      cleanN++;
    }
    try {
      const doc = toContract(processArticle(r));
      outBytes += JSON.stringify(doc).length;
      const body = doc.text.length - doc.title.length;
      kept.push(r.body.length ? body / r.body.length : 1);
      ok++;
    } catch (e) {
      failed++;
      const code = isRasidError(e) ? e.code : "E_INTERNAL";
      failures.set(code, (failures.get(code) ?? 0) + 1);
    }
  }
  const secs = (performance.now() - t0) / 1000 - cleanMs / 1000;
  const n = ok + failed;
  kept.sort((a, b) => a - b);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`bench/extract: ${files.length} files, ${n} articles, ${(bytes / 1048576).toFixed(1)} MB in ${secs.toFixed(1)} s (one process)`);
  console.log(`  throughput      ${(n / secs).toFixed(0)} articles/s, ${(bytes / 1048576 / secs).toFixed(2)} MB/s`);
  console.log(`  peak RSS        ${rss.toFixed(0)} MB`);
  console.log(`  clean stage     ${(cleanMs / Math.max(1, cleanN)).toFixed(3)} ms/article (${cleanN} timed), ~${((cleanMs / Math.max(1, cleanN)) * n / 10 / secs).toFixed(1)}% of the run`);
  console.log(`  output          ${(outBytes / 1048576).toFixed(1)} MB of JSON`);
  console.log(`  failed          ${failed}${failures.size ? " (" + [...failures].map(([c, k]) => `${c} ${k}`).join(", ") + ")" : ""}`);
  if (kept.length) {
    console.log(`  body kept / content length: min ${kept[0].toFixed(2)}, p1 ${pct(kept, 1).toFixed(2)}, p5 ${pct(kept, 5).toFixed(2)}, median ${pct(kept, 50).toFixed(2)}, ` +
      `below 0.9: ${kept.filter((k) => k < 0.9).length}, below 0.5: ${kept.filter((k) => k < 0.5).length}`);
  }
}

await main();
