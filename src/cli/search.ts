// `rasid search [--db FILE|URL] QUERY [filters]`: one hit a line, id<TAB>title<TAB>snippet
// (highlights marked in bold on a terminal), or JSON Lines with --json (highlights as offsets
// into the stored text). Folding (أ/ا, ى/ي, ة/ه, diacritics) and clitic-attached forms
// (بالرقة for الرقة) are handled by the store; see store/snippet.ts.
import { Command, Option } from "commander";
import { PLOVER_TYPES } from "../core/contract.ts";
import { RasidError } from "../core/errors.ts";
import { openStore, resolveDb } from "../store/open.ts";
import { renderSnippet } from "../store/snippet.ts";
import type { SearchQuery } from "../store/store.ts";
import { writeLine } from "./io.ts";

interface Opts {
  db?: string; json?: boolean; limit: string; offset: string; entity?: string; entityType?: SearchQuery["entityType"];
  eventType?: SearchQuery["eventType"]; outlet?: string; via?: string; from?: string; to?: string; hedged?: boolean; negated?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function register(program: Command): void {
  program
    .command("search")
    .description("full-text search over stored articles (Arabic folding and clitic-attached forms handled)")
    .argument("[query...]", "words (all must appear) or \"a phrase\"; empty lists the newest documents matching the filters")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default: $RASID_DB, else ./rasid.db)")
    .option("--json", "JSON Lines: one hit per line with snippet offsets and highlights")
    .option("--limit <n>", "hits to show", "20")
    .option("--offset <n>", "hits to skip", "0")
    .option("--entity <id>", "documents mentioning this entity id (wd:…, gn:…, rasid:…)")
    .addOption(new Option("--entity-type <type>", "documents mentioning an entity of this type").choices(["PERSON", "ORG", "GPE", "LOC", "FAC"]))
    .addOption(new Option("--event-type <type>", "documents with an event of this PLOVER type").choices([...PLOVER_TYPES]))
    .option("--outlet <host>", "documents from this site (e.g. aawsat.com)")
    .option("--via <id>", "documents quoting through this outlet entity")
    .option("--from <date>", "published on or after YYYY-MM-DD")
    .option("--to <date>", "published on or before YYYY-MM-DD")
    .option("--hedged", "documents with a hedged (alleged, unconfirmed) event")
    .option("--negated", "documents with a negated (denied) event")
    .action(async (words: string[], opts: Opts) => {
      try { process.exitCode = await runSearch(words.join(" "), opts); } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = e.code === "E_USAGE" ? 2 : 1;
      }
    });
}

async function runSearch(q: string, opts: Opts): Promise<number> {
  for (const k of ["from", "to"] as const) {
    if (opts[k] && !DATE.test(opts[k]!)) throw new RasidError("E_USAGE", `--${k}`, `expected YYYY-MM-DD, got "${opts[k]}"`);
  }
  const limit = Number(opts.limit);
  const offset = Number(opts.offset);
  if (!Number.isInteger(limit) || limit < 1) throw new RasidError("E_USAGE", "--limit", `expected a positive integer, got "${opts.limit}"`);
  if (!Number.isInteger(offset) || offset < 0) throw new RasidError("E_USAGE", "--offset", `expected a non-negative integer, got "${opts.offset}"`);
  const store = await openStore(resolveDb(opts.db), { mustExist: true });
  try {
    const res = await store.search({
      q, limit, offset, entity: opts.entity, entityType: opts.entityType, eventType: opts.eventType, outlet: opts.outlet,
      via: opts.via, from: opts.from, to: opts.to, hedged: opts.hedged || undefined, negated: opts.negated || undefined,
    });
    const tty = process.stdout.isTTY;
    for (const h of res.hits) {
      if (opts.json) { await writeLine(JSON.stringify(h)); continue; }
      const text = tty ? renderSnippet(padText(h.snippet), h.snippet, "\x1b[1m", "\x1b[22m") : h.snippet.text.replace(/\s+/g, " ");
      await writeLine(`${h.id}\t${oneLine(h.title)}\t${oneLine(text)}`);
    }
    if (!opts.json) process.stderr.write(`rasid: ${res.total}${res.approximate ? "+" : ""} match(es)\n`);
    return 0;
  } finally {
    await store.close();
  }
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, " ").trim();

/** The snippet's text placed at its offsets, so renderSnippet can slice it by document offsets. */
function padText(s: { text: string; start: number }): string {
  return " ".repeat(s.start) + s.text;
}
