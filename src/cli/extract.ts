// `rasid extract FILE... | -`: one contract JSON object per input on stdout (JSON Lines),
// one line per failed input on stderr, exit 1 when any input failed (the rest still written).
// -j N runs the stages on N worker threads (same output, same order); the default is one, since
// each worker costs start-up time and its own copy of the knowledge base, which pays off only
// for batches of hundreds of articles.
import type { Command } from "commander";
import { isRasidError } from "../core/errors.ts";
import { extract, parseJobs } from "../pipeline/run.ts";
import { writeLine } from "./io.ts";

export function register(program: Command): void {
  program
    .command("extract")
    .description("extract entities, quotes and events from articles (text, HTML, JSON Lines, folders; - for stdin) as JSON Lines")
    .argument("<inputs...>", "files, folders (recursive) or - for standard input")
    .option("--pretty", "indent the JSON (one document per block, not JSON Lines)")
    .option("-j, --jobs <n>", 'worker threads for the stages: a number, or "auto" for every core', "1")
    .action(async (inputs: string[], opts: { pretty?: boolean; jobs: string }) => {
      let jobs: number;
      try { jobs = parseJobs(opts.jobs); } catch (e) {
        if (!isRasidError(e)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = 2;
        return;
      }
      let failed = 0;
      for await (const o of extract(inputs, { jobs })) {
        if (o.ok) await writeLine(JSON.stringify(o.doc, null, opts.pretty ? 2 : undefined));
        else { failed++; process.stderr.write(`rasid: ${o.error.toLine()}\n`); }
      }
      if (failed) process.stderr.write(`rasid: ${failed} input(s) failed\n`);
      process.exitCode = failed ? 1 : 0;
    });
}
