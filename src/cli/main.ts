// The `rasid` command: a thin layer over the library. Each subcommand lives in its own file and
// registers itself here; --help is generated from the same definitions.
import { Command, CommanderError } from "commander";
import { register as registerExtract } from "./extract.ts";
import { register as registerKb } from "./kb.ts";
import { register as registerExport } from "./export.ts";
import { register as registerIngest } from "./ingest.ts";
import { register as registerSearch } from "./search.ts";
import { register as registerStats } from "./stats.ts";
import { register as registerServe } from "./serve.ts";
import { register as registerStart } from "./start.ts";
import { register as registerEnqueue } from "./enqueue.ts";
import { register as registerWorker } from "./worker.ts";
import { register as registerUnknowns } from "./unknowns.ts";

const program = new Command();
program
  .name("rasid")
  .description("Arabic news articles into sourced, structured intelligence (entities, quotes, PLOVER events)")
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride();

registerExtract(program);
registerKb(program);
registerIngest(program);
registerSearch(program);
registerStats(program);
registerExport(program);
registerServe(program);
registerStart(program);
registerEnqueue(program);
registerWorker(program);
registerUnknowns(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  throw e;
}
