// `rasid kb check | add | lookup`: let an analyst grow and audit the knowledge base without
// touching code. check validates every row (exit 1 on errors); add appends one validated row to
// data/kb/local.tsv (or --file); lookup shows what a name resolves to, as the recognizer sees it.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { RasidError } from "../core/errors.ts";
import { formatTsv, type TsvRow } from "../core/tsv.ts";
import { KB_DIR } from "../kb/files.ts";
import { loadGeoIndex } from "../kb/geo-check.ts";
import type { LooseDrop } from "../kb/loose-index.ts";
import { kbKey } from "../kb/keys.ts";
import { loadKbFrom } from "../kb/load.ts";
import { KB_COLUMNS, KB_TYPES, parseRow, slug, type KbEntry } from "../kb/row.ts";
import { translit } from "../kb/translit.ts";
import { checkKb, formatIssue, GEO_TOLERANCE_KM, readCollisions } from "../kb/validate.ts";
import { writeLine } from "./io.ts";

/** One loose-key line of `rasid kb check --loose`: why it is out, the key, the names and ids that share it. */
export function formatLooseDrop(d: LooseDrop): string {
  const why = d.reason === "shared" ? "shared by different entities" : d.reason === "common" ? `a frequent word has it (${d.word})` : `kept; the ordinary word "${d.word}" is refused`;
  return `loose\t${d.loose}\t${why}\t${d.keys.join("|")}\t${d.ids.join(" ")}`;
}

export function register(program: Command): void {
  const kb = program.command("kb").description("check, extend and query the knowledge base (data/kb)");

  kb.command("check")
    .description("validate every knowledge-base row: ids, types, sources, coordinates inside their country, name collisions")
    .option("--no-geo", "skip the coordinates check (faster)")
    .option("--errors-only", "print errors, not warnings")
    .option("--dir <folder>", "the knowledge-base folder to check", KB_DIR)
    .option("--loose", "list the spelling-variant (loose) keys left out, and the ordinary words refused")
    .action((opts: { geo: boolean; errorsOnly?: boolean; dir: string; loose?: boolean }) => {
      const { kb: k, problems, files } = loadKbFrom({ onProblem: "collect", dir: opts.dir });
      const report = checkKb(k, problems, opts.geo ? loadGeoIndex() : null, readCollisions(path.join(opts.dir, "collisions.tsv")));
      for (const i of report.issues) if (!opts.errorsOnly || i.severity === "error") console.log(formatIssue(i));
      const errors = report.issues.filter((i) => i.severity === "error").length;
      console.error(`rasid kb check: ${files.length} files, ${k.stats.entries} entries, ${k.stats.keys} names; ` +
        `${errors} errors, ${report.issues.length - errors} warnings; ${report.checkedPoints} places geo-checked; ` +
        `${report.placeHomonyms} place homonyms (left to the geocoder), ${report.declaredCollisions} declared collisions`);
      const by = (r: string) => k.looseDropped.filter((d) => d.reason === r);
      if (opts.loose) for (const d of k.looseDropped) console.log(formatLooseDrop(d));
      console.error(`rasid kb check: spelling variants: ${k.stats.looseKeys} loose keys kept; left out: ${by("shared").length} shared by ` +
        `different entities, ${by("common").length} shared with a frequent word; ${by("word").length} ordinary words refused` +
        `${opts.loose ? "" : " (--loose lists them)"}`);
      process.exitCode = errors ? 1 : 0;
    });

  kb.command("add")
    .description("append one validated row to data/kb/local.tsv (or --file)")
    .requiredOption("--type <type>", `entity type: ${KB_TYPES.join("|")}`)
    .requiredOption("--name <name>", "canonical Arabic name")
    .option("--name-en <name>", "English name")
    .option("--subtype <word>", "country, city, minister, militant_group, media, …", "")
    .option("--aliases <list>", "other names, separated by |", "")
    .option("--adjectives <list>", "adjectives that refer to it, separated by |", "")
    .option("--country <iso2>", "ISO 3166-1 alpha-2 country")
    .option("--lat <deg>", "latitude (places)")
    .option("--lon <deg>", "longitude (places)")
    .option("--population <n>", "population (places)")
    .option("--wikidata <qid>", "Wikidata Q-id, when certain")
    .option("--id <id>", "explicit id (default: wd:<qid>, else rasid:<slug of the English or Arabic name>)")
    .option("--source <text>", "where the fact comes from", "hand")
    .option("--file <tsv>", "row file to append to", path.join(KB_DIR, "local.tsv"))
    .action((o: Record<string, string | undefined>) => {
      try {
        const row = addRow(o);
        process.stdout.write(`rasid kb add: ${row.id} -> ${o.file}\n`);
      } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        process.stderr.write(`rasid: ${e.toLine()}\n`);
        process.exitCode = 1;
      }
    });

  kb.command("lookup")
    .description("show the entries a name (or nationality adjective) resolves to")
    .argument("<names...>", "names as written, e.g. الرقة بوتين الروسية")
    .option("--json", "JSON Lines output")
    .action(async (names: string[], opts: { json?: boolean }) => {
      const k = loadKbFrom({ onProblem: "collect" }).kb;
      for (const name of names) {
        const key = kbKey(name);
        const matches = k.matches(key).map((m) => ({ ...brief(m.entry), via: m.via }));
        const adjective = k.adjective(key).map(brief);
        const common = k.commonWord(key);
        if (opts.json) { await writeLine(JSON.stringify({ name, key, matches, adjective, commonWord: common })); continue; }
        await writeLine(`${name} [${key}]${common ? ` (also an ordinary word: ${common})` : ""}`);
        for (const m of matches) await writeLine(`  ${m.id}\t${m.type}/${m.subtype}\t${m.name}\t${m.name_en ?? ""}\t${m.country ?? ""}\t${m.population ?? ""}\tvia ${m.via}`);
        for (const a of adjective) await writeLine(`  adjective of ${a.id}\t${a.name}`);
        if (!matches.length && !adjective.length) await writeLine("  (not in the knowledge base)");
      }
    });
}

const brief = (e: KbEntry) => ({ id: e.id, type: e.type, subtype: e.subtype, name: e.name, name_en: e.nameEn, country: e.country, population: e.population, lat: e.lat, lon: e.lon });

/** Validate and append a row; throws RasidError(E_KB_ROW) naming the file and the reason. */
export function addRow(o: Record<string, string | undefined>): TsvRow {
  const file = o.file ?? path.join(KB_DIR, "local.tsv");
  const id = o.id || (o.wikidata ? `wd:${o.wikidata}` : `rasid:${slug(o.nameEn || "") || slug(translit(o.name ?? ""))}`);
  const row: TsvRow = {
    id, type: (o.type ?? "").toUpperCase(), subtype: o.subtype ?? "", name: o.name ?? "", name_en: o.nameEn ?? "",
    aliases: o.aliases ?? "", adjectives: o.adjectives ?? "", country: (o.country ?? "").toUpperCase(),
    lat: o.lat ?? "", lon: o.lon ?? "", population: o.population ?? "", wikidata: o.wikidata ?? "", source: o.source ?? "",
  };
  const { entry, problems } = parseRow({ row, file, line: 0 });
  if (!entry) throw new RasidError("E_KB_ROW", file, problems.map((p) => p.reason).join("; "));
  const { kb } = loadKbFrom({ onProblem: "collect", extraFiles: fs.existsSync(file) && !file.startsWith(KB_DIR) ? [file] : [] });
  const prev = kb.byId(id);
  if (prev && !prev.file.includes(`${path.sep}generated${path.sep}`)) {
    throw new RasidError("E_KB_ROW", file, `id ${id} already exists at ${prev.file}:${prev.line} (give --id)`);
  }
  if (entry.lat !== null && entry.lon !== null && entry.country) {
    const geo = loadGeoIndex();
    const d = geo.has(entry.country) ? geo.distanceKm(entry.country, entry.lat, entry.lon) : null;
    if (d !== null && d > GEO_TOLERANCE_KM) throw new RasidError("E_KB_ROW", file, `lat/lon ${entry.lat},${entry.lon} is ${Math.round(d)} km outside ${entry.country}`);
  }
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, formatTsv([...KB_COLUMNS], [], ["Rows added with `rasid kb add` (see data/kb/README.md)."]));
  }
  const sep = fs.readFileSync(file, "utf8").endsWith("\n") ? "" : "\n";
  fs.appendFileSync(file, sep + formatTsv([...KB_COLUMNS], [row]).split("\n").slice(1).join("\n"));
  return row;
}
