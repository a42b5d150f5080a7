// A word list file (one normalized word a line, "#" comments), read once per process and shared:
// hunspell-ar's ordinary words (data/kb/generated/ordinary-words.txt, ~97k words, 1 MB) were read,
// split and put into a Set twice per process, by the KB's loose matching (load.ts) and by the
// name tagger's features (mentions/model/features.ts): ~0.1 s of start-up and ~5 MB of strings
// that every full collection marked twice (bench/PERF.md, session 15).
import fs from "node:fs";
import path from "node:path";

const read = new Map<string, Set<string>>();

/** The words of `file` (an empty set when it does not exist); the same Set for the same path. Read only. */
export function wordListAt(file: string): Set<string> {
  const key = path.resolve(file);
  let words = read.get(key);
  if (words === undefined) {
    words = new Set();
    if (fs.existsSync(key)) for (const w of fs.readFileSync(key, "utf8").split("\n")) if (w && !w.startsWith("#")) words.add(w);
    read.set(key, words);
  }
  return words;
}
