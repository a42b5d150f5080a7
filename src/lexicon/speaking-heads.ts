// Institution nouns that speak for a body (data/lexicon/speaking-heads.tsv: حكومة، شرطة، سلطات …).
// Two stages ask for them: quotes/speakers.ts (a head before a place names a speaking institution)
// and mentions/speaker-names.ts (a head in the slot after a verb of saying starts a body's name);
// the file is read once here for both.
import path from "node:path";
import { readTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { LEXICON_DIR } from "./load.ts";

let words: Set<string> | null = null;
/** The normalized forms of speaking-heads.tsv, read on first use. */
export function speakingHeadWords(): ReadonlySet<string> {
  if (!words) {
    words = new Set();
    for (const { row } of readTsv(path.join(LEXICON_DIR, "speaking-heads.tsv"))) words.add(normalize(row.form ?? ""));
  }
  return words;
}
