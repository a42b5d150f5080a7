// The "floor" benchmark: what the bare text layer costs, with nothing else of the pipeline.
// Reads every record of ../shared/corpus/saudinewsnet/*.jsonl (title + content), decodes the
// bytes, joins title and paragraphs into one text and runs analyze() (paragraphs, sentences,
// tokens with normalized forms and clitic readings); with --lang also detectLanguage().
// Prints articles/s, MB/s (of article text, UTF-8) and peak RSS. The corpus is development
// material and is not shipped: without it this says so and exits 0.
//
//   npx tsx bench/text-floor.ts [--lang] [--repeat N] [DIR]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../src/text/analyze.ts";
import { detectLanguage } from "../src/text/language.ts";

const args = process.argv.slice(2);
const withLang = args.includes("--lang");
const ri = args.indexOf("--repeat");
const repeat = ri >= 0 ? Math.max(1, Number(args[ri + 1]) || 1) : 1;
const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--repeat")
  ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../shared/corpus/saudinewsnet");

if (!fs.existsSync(dir)) {
  console.log(`text-floor: ${dir} not found; nothing to measure (the corpus is not part of the project).`);
  process.exit(0);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(dir, f));
const decoder = new TextDecoder("utf-8", { fatal: true });

let articles = 0, bytes = 0, tokens = 0, sentences = 0, readings = 0;
const langs = new Map<string, number>();
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let r = 0; r < repeat; r++) {
  for (const file of files) {
    const content = decoder.decode(fs.readFileSync(file));
    for (const line of content.split("\n")) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { title?: string; content?: string };
      if (!rec.content) continue;
      const paras = rec.content.split("\n").map((l) => l.trim()).filter(Boolean);
      const text = [rec.title?.trim() ?? "", ...paras].join("\n");
      const layer = analyze(text);
      if (withLang) { const l = detectLanguage(text); langs.set(l, (langs.get(l) ?? 0) + 1); }
      articles++;
      bytes += Buffer.byteLength(text);
      tokens += layer.tokens.length;
      sentences += layer.sentences.length;
      for (const t of layer.tokens) readings += t.readings.length;
    }
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6; // per core: what this process got of one CPU (other work on the machine inflates wall time)
const mb = bytes / 1048576;
console.log(`text-floor: ${files.length} files, ${articles} articles, ${mb.toFixed(1)} MB of text, ${tokens} tokens, ${sentences} sentences, ${(readings / tokens).toFixed(2)} readings/token${withLang ? ", with language id" : ""}`);
console.log(`  wall ${secs.toFixed(2)} s: ${(articles / secs).toFixed(0)} articles/s   ${(mb / secs).toFixed(2)} MB/s   ${(tokens / secs / 1e6).toFixed(2)} M tokens/s`);
console.log(`  cpu  ${cpuSecs.toFixed(2)} s: ${(articles / cpuSecs).toFixed(0)} articles/s per core   ${(mb / cpuSecs).toFixed(2)} MB/s per core`);
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB   (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
if (withLang) console.log(`  languages: ${[...langs].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ")}`);
