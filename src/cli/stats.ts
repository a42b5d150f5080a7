// `rasid stats [--db FILE|URL] [--json]`: how much the database holds. `entities` counts
// distinct canonical entities (one per id across all documents).
import type { Command } from "commander";
import { RasidError } from "../core/errors.ts";
import { openStore, redact, resolveDb } from "../store/open.ts";
import { writeLine } from "./io.ts";

export function register(program: Command): void {
  program
    .command("stats")
    .description("counts of documents, distinct entities, quotes and events in the database")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default: $RASID_DB, else ./rasid.db)")
    .option("--json", "one JSON object: {documents, entities, quotes, events, sources, schema_version, backend}")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const target = resolveDb(opts.db);
      try {
        const store = await openStore(target, { mustExist: true });
        try {
          const s = await store.stats();
          if (opts.json) await writeLine(JSON.stringify(s));
          else {
            await writeLine(`database   ${redact(target)} (${s.backend}, schema ${s.schema_version})`);
            for (const k of ["documents", "sources", "entities", "quotes", "events"] as const) await writeLine(`${k.padEnd(10)} ${s[k]}`);
          }
        } finally {
          await store.close();
        }
      } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = 1;
      }
    });
}
