// The content words the event rules test a token against (soldiers, state heads, كان and its
// forms, "أعلن"، "تلقى" …) are language knowledge, so they live in one reviewable data file,
// data/lexicon/event-word-classes.tsv (class, word, note), not in code. Each rule module takes its
// set once at load (`const SOLDIERS = wordClass("soldier")`), so a lookup stays one Set.has on a
// token's normalized form, as before. Closed-class grammar (prepositions, pronouns, clause openers)
// stays in the modules that use it; the file's header says which and why.
import path from "node:path";
import { RasidError } from "../core/errors.ts";
import { readTsv, type TsvRecord } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { normalize } from "../text/normalize.ts";

/** Every class the code asks for, and the module that reads it. */
export const WORD_CLASSES = {
  "soldier": "find-events.ts",
  "own-army": "find-events.ts",
  "announce-verb": "find-events.ts",
  "receive-verb": "find-events.ts",
  "witness-verb": "find-events.ts",
  "witness-stem": "find-events.ts",
  "unreal-after": "find-events.ts",
  "casualty-verb": "find-events.ts",
  "victim-verb": "find-events.ts",
  "group-noun": "find-events.ts",
  "state-head": "arguments.ts",
  "org-word": "arguments.ts",
  "of-whom": "arguments.ts",
  "partitive": "arguments.ts",
  "target-head": "arguments.ts",
  "person-head": "arguments.ts",
  "share-word": "arguments.ts",
  "member-of": "arguments.ts",
  "kill-noun": "quantities.ts",
  "count-approximator": "quantities.ts",
  "kana": "implicit-subjects.ts",
  "carry-opener": "implicit-subjects.ts",
  "honorific-pronoun": "implicit-subjects.ts",
  "any-quantifier": "occurrence.ts",
  "whoever": "occurrence.ts",
  "hypothetical": "clause.ts",
  "adverb": "clause.ts",
  "place-noun": "clause.ts",
  "deny-verb": "polarity.ts",
  "place-role": "places.ts",
} as const;
export type WordClass = keyof typeof WORD_CLASSES;

export const WORD_CLASSES_FILE = path.join(LEXICON_DIR, "event-word-classes.tsv");

const isClass = (c: string): c is WordClass => Object.hasOwn(WORD_CLASSES, c);
const bad = (file: string, line: number, why: string) => new RasidError("E_KB_ROW", `${file}:${line}`, why);

/** Rows (class, word) to one set of normalized words per class. Throws RasidError E_KB_ROW naming
 *  file:line for an unknown class, an empty word or a word that folds to one already in its class;
 *  and for a class the code asks for that has no row. */
export function compileWordClasses(records: TsvRecord[]): Map<WordClass, Set<string>> {
  const sets = new Map<WordClass, Set<string>>();
  const seen = new Map<string, number>(); // class + folded word -> line
  for (const { row, file, line } of records) {
    const cls = row.class ?? "";
    if (!isClass(cls)) throw bad(file, line, `unknown class "${cls}" (known: ${Object.keys(WORD_CLASSES).join(", ")})`);
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
  for (const cls of Object.keys(WORD_CLASSES) as WordClass[]) {
    if (!sets.get(cls)?.size) throw new RasidError("E_KB_ROW", file, `class ${cls} (read by src/events/${WORD_CLASSES[cls]}) has no row`);
  }
  return sets;
}

let cache: Map<WordClass, Set<string>> | null = null;

/** The normalized words of one class, read from data/lexicon/event-word-classes.tsv once. */
export function wordClass(name: WordClass): ReadonlySet<string> {
  cache ??= compileWordClasses(readTsv(WORD_CLASSES_FILE));
  const set = cache.get(name);
  if (!set) throw new RasidError("E_KB_ROW", WORD_CLASSES_FILE, `no class ${name}`);
  return set;
}
