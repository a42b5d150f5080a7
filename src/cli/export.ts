// `rasid export [--db FILE|URL] --format jsonl|csv|geojson|plover|stix|graphml`: the stored
// documents and facts in a format analysts' tools read, written to stdout.
import { Command, Option } from "commander";
import { RasidError } from "../core/errors.ts";
import { FORMATS } from "../export/formats.ts";
import { openStore, resolveDb } from "../store/open.ts";

interface Opts { db?: string; format: string; bom?: boolean; nodes: string }

export function register(program: Command): void {
  const list = Object.entries(FORMATS).map(([k, v]) => `${k}: ${v.description}`).join("; ");
  program
    .command("export")
    .description(`write the database in another format to stdout (${list})`)
    .option("--db <file|url>", "SQLite file or postgres:// URL (default: $RASID_DB, else ./rasid.db)")
    .addOption(new Option("--format <format>", "output format").choices(Object.keys(FORMATS)).makeOptionMandatory())
    .option("--bom", "csv: start with a UTF-8 byte-order mark (Excel)")
    .option("--nodes <n>", "graphml: at most this many entities", "1000")
    .action(async (opts: Opts) => {
      try {
        const nodes = Number(opts.nodes);
        if (!Number.isInteger(nodes) || nodes < 1) throw new RasidError("E_USAGE", "--nodes", `expected a positive integer, got "${opts.nodes}"`);
        const store = await openStore(resolveDb(opts.db), { mustExist: true });
        try {
          await FORMATS[opts.format].run(store, write, { bom: opts.bom, nodes });
        } finally {
          await store.close();
        }
      } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = e.code === "E_USAGE" ? 2 : 1;
      }
    });
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); throw e; });

/** stdout with back-pressure: wait for "drain" when the pipe is full. */
function write(chunk: string): Promise<void> | void {
  if (!process.stdout.write(chunk)) return new Promise((r) => process.stdout.once("drain", () => r()));
}
