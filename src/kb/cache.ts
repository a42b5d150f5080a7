// The compiled knowledge base on disk, so a process (or each worker thread of `rasid extract -j`)
// starts in tens of milliseconds instead of re-reading, checking and compiling every row (about
// half a second of CPU, several seconds on a busy machine). The cache is a JSON file in
// data/kb/generated/ (built, never edited, not in git) holding the parsed entries, the row
// problems and the lookup tables. It is valid only for the exact inputs it was built from: its
// stamp lists the size and modification time of every row file, the ordinary-word file and the
// code that shapes keys (src/kb, normalize, the TSV reader); any change and the KB is compiled
// again and the cache rewritten. A cache that cannot be read or written is simply not used.
// The file is written in UTF-16LE, not UTF-8: nearly all of its text is Arabic, which a JS string
// holds as UTF-16 anyway, so reading it back is a copy instead of a decode (UTF-8 decoding was
// ~70 ms of the ~450 ms start-up load; session 16).
import fs from "node:fs";
import path from "node:path";
import type { KbIndex, KbMatch, MatchVia, WordKind } from "./compile.ts";
import type { LooseIndex } from "./loose-index.ts";
import type { KbEntry, RowProblem } from "./row.ts";

const FORMAT = "rasid.kb-cache/5";
const VIA: MatchVia[] = ["name", "alias", "bare"];
const SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
/** Code whose change changes the compiled KB. */
const CODE_FILES = [
  ...fs.readdirSync(path.join(SRC, "kb")).filter((f) => f.endsWith(".ts")).map((f) => path.join(SRC, "kb", f)),
  path.join(SRC, "text", "normalize.ts"),
  path.join(SRC, "core", "tsv.ts"),
];

export interface Compiled { entries: KbEntry[]; problems: RowProblem[]; index: KbIndex }

// an entry as a tuple, its source and file as indexes into `strings` (JSON.parse reads arrays of
// values much faster than objects that repeat every key)
type Row = [string, KbEntry["type"], string, string, string | null, string[], string[], string | null,
  number | null, number | null, number | null, string | null, number, number, number];

interface CacheFile {
  format: string;
  stamp: string;
  strings: string[];
  entries: Row[];
  problems: RowProblem[];
  keys: [string, number[]][];          // key, then pairs (entry index, VIA index)
  adjectives: [string, number[]][];    // key, entry indexes
  prefixes: string[];
  inner: string[];
  maxTokens: number;
  commonWords: [string, WordKind][];
  loose: { keys: [string, string][]; prefixes: string[]; inner: string[]; refused: string[]; dropped: LooseIndex["dropped"] };
}

/** What the cache must match: size and mtime of every input file (missing files count too). */
export function stampOf(inputs: string[]): string {
  return [...inputs, ...CODE_FILES].map((f) => {
    try { const st = fs.statSync(f); return `${f}\t${st.size}\t${st.mtimeMs}`; } catch { return `${f}\t-`; }
  }).join("\n");
}

/** The compiled KB from `file` when its stamp is `stamp`, else null. */
export function readCache(file: string, stamp: string): Compiled | null {
  let c: CacheFile;
  try { c = JSON.parse(fs.readFileSync(file).toString("utf16le")); } catch { return null; }
  if (c?.format !== FORMAT || c.stamp !== stamp) return null;
  const S = c.strings;
  const entries = c.entries.map((r): KbEntry => ({
    id: r[0], type: r[1], subtype: r[2], name: r[3], nameEn: r[4], aliases: r[5], adjectives: r[6], country: r[7],
    lat: r[8], lon: r[9], population: r[10], wikidata: r[11], source: S[r[12]], file: S[r[13]], line: r[14],
  }));
  const keys = new Map<string, KbMatch[]>();
  for (const [k, refs] of c.keys) {
    const list: KbMatch[] = new Array(refs.length / 2);
    for (let i = 0; i < refs.length; i += 2) list[i / 2] = { entry: entries[refs[i]], via: VIA[refs[i + 1]] };
    keys.set(k, list);
  }
  const adjectives = new Map<string, KbEntry[]>();
  for (const [k, refs] of c.adjectives) adjectives.set(k, refs.map((i) => entries[i]));
  return {
    entries, problems: c.problems,
    index: { keys, adjectives, prefixes: new Set(c.prefixes), inner: new Set(c.inner), maxTokens: c.maxTokens, commonWords: new Map(c.commonWords),
      loose: { keys: new Map(c.loose.keys), prefixes: new Set(c.loose.prefixes), inner: new Set(c.loose.inner), refused: new Set(c.loose.refused), dropped: c.loose.dropped } },
  };
}

/** Write the compiled KB (atomically: parallel workers may race; the last rename wins whole). */
export function writeCache(file: string, stamp: string, { entries, problems, index }: Compiled): void {
  const at = new Map<KbEntry, number>(entries.map((e, i) => [e, i]));
  const strings: string[] = [];
  const interned = new Map<string, number>();
  const str = (s: string) => { let i = interned.get(s); if (i === undefined) { interned.set(s, (i = strings.length)); strings.push(s); } return i; };
  const rows = entries.map((e): Row => [e.id, e.type, e.subtype, e.name, e.nameEn, e.aliases, e.adjectives, e.country,
    e.lat, e.lon, e.population, e.wikidata, str(e.source), str(e.file), e.line]);
  const body: CacheFile = {
    format: FORMAT, stamp, strings, entries: rows, problems,
    keys: [...index.keys].map(([k, ms]) => [k, ms.flatMap((m) => [at.get(m.entry)!, VIA.indexOf(m.via)])]),
    adjectives: [...index.adjectives].map(([k, es]) => [k, es.map((e) => at.get(e)!)]),
    prefixes: [...index.prefixes],
    inner: [...index.inner],
    maxTokens: index.maxTokens,
    commonWords: [...index.commonWords],
    loose: { keys: [...index.loose.keys], prefixes: [...index.loose.prefixes], inner: [...index.loose.inner], refused: [...index.loose.refused], dropped: index.loose.dropped },
  };
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.from(JSON.stringify(body), "utf16le"));
    fs.renameSync(tmp, file);
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  }
}
