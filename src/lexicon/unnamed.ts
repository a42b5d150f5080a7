// Nouns that stand for unnamed speakers (data/lexicon/unnamed-sources.tsv): مصادر، سكان، شهود …
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

// (role "descriptor" rows, قائد، خبير، are unnamed only with an adjective after them, "agent" rows only
// before a person they act for, "modifier" rows are those adjectives: quotes/speakers.ts)
export function unnamedIndex(): PhraseIndex<true> {
  return lexicon<true>("unnamed-sources.tsv", (row) => (row.role === "descriptor" || row.role === "modifier" || row.role === "agent" ? null : true));
}
