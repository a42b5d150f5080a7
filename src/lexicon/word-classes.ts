// One loader for the project's word-class files (class, word, note): a closed or open list of
// whole tokens a rule tests a token against, kept as data so it can be reviewed and grown without
// touching code. Each file has its registry (class -> the module that reads it), so an unknown
// class in the data, or a class the code asks for with no row, fails at load with file:line.
// Words are folded with normalize() at load, so a lookup is one Set.has on a token's norm.
import { RasidError } from "../core/errors.ts";
import { readTsv, type TsvRecord } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";

/** A registry: every class the code asks for, and the module(s) that read it. */
export type ClassRegistry = Readonly<Record<string, string>>;

const bad = (file: string, line: number, why: string) => new RasidError("E_KB_ROW", `${file}:${line}`, why);

/** Rows (class, word) to one set of normalized words per class. Throws RasidError E_KB_ROW naming
 *  file:line for an unknown class, an empty word or a word that folds to one already in its class;
 *  and for a class the registry names that has no row. */
export function compileClasses<K extends string>(records: TsvRecord[], registry: Readonly<Record<K, string>>): Map<K, Set<string>> {
  const isClass = (c: string): c is K => Object.hasOwn(registry, c);
  const sets = new Map<K, Set<string>>();
  const seen = new Map<string, number>(); // class + folded word -> line
  for (const { row, file, line } of records) {
    const cls = row.class ?? "";
    if (!isClass(cls)) throw bad(file, line, `unknown class "${cls}" (known: ${Object.keys(registry).join(", ")})`);
    const word = normalize(row.word ?? "");
    if (!word) throw bad(file, line, `class ${cls}: empty word`);
    const key = `${cls}\t${word}`;
    const prev = seen.get(key);
    if (prev !== undefined) throw bad(file, line, `class ${cls}: "${row.word}" repeats the word of line ${prev} (after normalize())`);
    seen.set(key, line);
    let set = sets.get(cls);
    if (!set) sets.set(cls, set = new Set());
    set.add(word);
  }
  const file = records[0]?.file ?? "<tsv>";
  for (const cls of Object.keys(registry) as K[]) {
    if (!sets.get(cls)?.size) throw new RasidError("E_KB_ROW", file, `class ${cls} (read by ${registry[cls]}) has no row`);
  }
  return sets;
}

/** A reader for one file: `classReader(file, registry)("relative")` gives that class's words,
 *  the file read and checked once, on first use. */
export function classReader<K extends string>(file: string, registry: Readonly<Record<K, string>>): (name: K) => ReadonlySet<string> {
  let cache: Map<K, Set<string>> | null = null;
  return (name) => {
    cache ??= compileClasses(readTsv(file), registry);
    return cache.get(name)!;
  };
}
