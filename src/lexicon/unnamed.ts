// Nouns that stand for unnamed speakers (data/lexicon/unnamed-sources.tsv): مصادر، سكان، شهود …
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

// (role "descriptor" rows, قائد، خبير، are unnamed only with an adjective after them: quotes/speakers.ts)
export function unnamedIndex(): PhraseIndex<true> {
  return lexicon<true>("unnamed-sources.tsv", (row) => (row.role === "descriptor" || row.role === "modifier" ? null : true));
}
