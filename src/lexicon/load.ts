// Loads a lexicon TSV (data/lexicon/*.tsv) into a PhraseIndex: each row's `form` is expanded
// by its `pos` (inflect.ts), normalized, split into words and added with the row as value.
// Lexicons are read once per process (a module-level cache per file).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readTsv, type TsvRow } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { expand } from "./inflect.ts";
import { PhraseIndex, type Pos } from "./phrase-index.ts";

export const LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/lexicon");

const POS = new Set<Pos>(["verb", "noun", "participle", "particle"]);

/** Build an index from rows; `make` turns a row into the value stored (or null to skip it). */
export function compileRows<T>(rows: { row: TsvRow; file: string; line: number }[], make: (row: TsvRow) => T | null, firstPerson = false): PhraseIndex<T> {
  return compileRowsWith(rows, make, firstPerson, null);
}

/** compileRows, each normalized form of a row also added as `variant` makes it (when not null). */
export function compileRowsWith<T>(rows: { row: TsvRow; file: string; line: number }[], make: (row: TsvRow) => T | null, firstPerson: boolean, variant: ((form: string, pos: Pos) => string | null) | null): PhraseIndex<T> {
  const index = new PhraseIndex<T>();
  for (const { row, file, line } of rows) {
    const pos = row.pos as Pos;
    if (!POS.has(pos)) throw new Error(`${file}:${line}: unknown pos "${row.pos}"`);
    const value = make(row);
    if (value === null) continue;
    for (const f of expand(row.form, pos, firstPerson)) {
      const n = normalize(f);
      index.add(n.split(" ").filter(Boolean), pos, value);
      const v = variant?.(n, pos);
      if (v) index.add(v.split(" ").filter(Boolean), pos, value);
    }
  }
  return index;
}

const cache = new Map<string, unknown>();

/** Load data/lexicon/NAME once and compile it with `make` (`firstPerson`: verbs get their
 *  first person plural imperfect too, inflect.ts). */
export function lexicon<T>(name: string, make: (row: TsvRow) => T | null, firstPerson = false): PhraseIndex<T> {
  let idx = cache.get(name) as PhraseIndex<T> | undefined;
  if (!idx) { idx = compileRows(readTsv(path.join(LEXICON_DIR, name)), make, firstPerson); cache.set(name, idx); }
  return idx;
}

/** lexicon() with each form's variant added too (triggers.ts: a masdar's accusative). */
export function lexiconWith<T>(name: string, make: (row: TsvRow) => T | null, firstPerson: boolean, variant: (form: string, pos: Pos) => string | null): PhraseIndex<T> {
  let idx = cache.get(name) as PhraseIndex<T> | undefined;
  if (!idx) { idx = compileRowsWith(readTsv(path.join(LEXICON_DIR, name)), make, firstPerson, variant); cache.set(name, idx); }
  return idx;
}
