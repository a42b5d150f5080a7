// KB load budget (< 1 s for the whole KB, issue 3): time to read, check and compile every row,
// the first load in a fresh process and the median of five more, and how big the index is.
// Run: node --import tsx bench/kb-load.ts
import { loadKbFrom } from "../src/kb/load.ts";

const t0 = performance.now();
let last = loadKbFrom({ onProblem: "collect" });
const first = performance.now() - t0;
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  last = loadKbFrom({ onProblem: "collect" });
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const { kb, problems, files } = last;
const byType = new Map<string, number>();
for (const e of kb.entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
const mem = process.memoryUsage();
console.log(`kb-load: ${files.length} files, ${kb.stats.entries} entries (${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")})`);
console.log(`kb-load: ${kb.stats.keys} lookup keys, ${kb.stats.adjectives} adjective keys, ${kb.stats.commonWords} ordinary-word names, max ${kb.maxAliasTokens} tokens per key`);
console.log(`kb-load: first load ${first.toFixed(0)} ms; then median ${runs[2].toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)}) over 5; ${problems.length} row problems`);
console.log(`kb-load: heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);
