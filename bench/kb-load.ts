// KB load budget (< 1 s for the whole KB, issue 3): time to read, check and compile every row
// (the cache off), the first load in a fresh process and the median of five more; then the same
// from the compiled cache (data/kb/generated/kb-index.json, what every process normally pays);
// and how big the index is.
// Run: node --import tsx bench/kb-load.ts
import os from "node:os";
import { loadKbFrom } from "../src/kb/load.ts";

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function time(cache: boolean) {
  const c0 = cpu(), t0 = performance.now();
  let last = loadKbFrom({ onProblem: "collect", cache });
  const first = performance.now() - t0, firstCpu = cpu() - c0;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    last = loadKbFrom({ onProblem: "collect", cache });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { last, line: `first load ${first.toFixed(0)} ms (${firstCpu.toFixed(0)} ms cpu); then median ${runs[2].toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)}) over 5` };
}

loadKbFrom({ onProblem: "collect", cache: true }); // make sure the cache is written, without warming the code paths below
const cached = time(true);
const cold = time(false);
const { kb, problems, files } = cold.last;
const byType = new Map<string, number>();
for (const e of kb.entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
const mem = process.memoryUsage();
console.log(`kb-load: ${files.length} files, ${kb.stats.entries} entries (${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")})`);
console.log(`kb-load: ${kb.stats.keys} lookup keys, ${kb.stats.adjectives} adjective keys, ${kb.stats.commonWords} ordinary-word names, max ${kb.maxAliasTokens} tokens per key`);
console.log(`kb-load: from the compiled cache: ${cached.line}`);
console.log(`kb-load: compiling the rows:     ${cold.line}; ${problems.length} row problems`);
console.log(`kb-load: heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
