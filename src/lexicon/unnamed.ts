// Nouns that stand for unnamed speakers (data/lexicon/unnamed-sources.tsv): مصادر، سكان، شهود …
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

export function unnamedIndex(): PhraseIndex<true> {
  return lexicon<true>("unnamed-sources.tsv", () => true);
}
