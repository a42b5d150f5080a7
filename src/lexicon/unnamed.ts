// Nouns that stand for unnamed speakers (data/lexicon/unnamed-sources.tsv): مصادر، سكان، شهود …
import path from "node:path";
import { readTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { LEXICON_DIR, lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

// (role "descriptor" rows, قائد، خبير، are unnamed only with an adjective after them, "agent" rows only
// before a person they act for, "modifier" rows are those adjectives, "group" rows only in the subject
// slot right after a verb, speakers.ts groupSubject; "pair" rows (and pair_states, pair_persons: two of that
// kind) are the two parties named before, pairSubject;
// "back" rows, definite, are the source brought in before, quotes/source-back.ts)
export function unnamedIndex(): PhraseIndex<true> {
  return lexicon<true>("unnamed-sources.tsv", (row) => (row.role === "descriptor" || row.role === "modifier" || row.role === "agent" || row.role === "group" || row.role?.startsWith("pair") || row.role === "back" ? null : true));
}

let roles: Map<string, Set<string>> | null = null;
const NONE: ReadonlySet<string> = new Set();
/** The normalized forms of the rows of one role (descriptor, modifier, agent, reporter), the file
 *  read once for all roles. */
export function unnamedRole(role: string): ReadonlySet<string> {
  if (!roles) {
    roles = new Map();
    for (const { row } of readTsv(path.join(LEXICON_DIR, "unnamed-sources.tsv"))) {
      const r = row.role ?? "";
      let set = roles.get(r);
      if (!set) roles.set(r, set = new Set());
      set.add(normalize(row.form ?? ""));
    }
  }
  return roles.get(role) ?? NONE;
}
