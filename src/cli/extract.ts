// `rasid extract FILE... | -`: one contract JSON object per input on stdout (JSON Lines),
// one line per failed input on stderr, exit 1 when any input failed (the rest still written).
import type { Command } from "commander";
import { extract } from "../pipeline/run.ts";
import { writeLine } from "./io.ts";

export function register(program: Command): void {
  program
    .command("extract")
    .description("extract entities, quotes and events from articles (text, HTML, JSON Lines, folders; - for stdin) as JSON Lines")
    .argument("<inputs...>", "files, folders (recursive) or - for standard input")
    .option("--pretty", "indent the JSON (one document per block, not JSON Lines)")
    .action(async (inputs: string[], opts: { pretty?: boolean }) => {
      let failed = 0;
      for await (const o of extract(inputs)) {
        if (o.ok) await writeLine(JSON.stringify(o.doc, null, opts.pretty ? 2 : undefined));
        else { failed++; process.stderr.write(`rasid: ${o.error.toLine()}\n`); }
      }
      if (failed) process.stderr.write(`rasid: ${failed} input(s) failed\n`);
      process.exitCode = failed ? 1 : 0;
    });
}
