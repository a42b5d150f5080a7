// The knowledge base's public face. Recognizers (mentions/, entities/) use only this:
//
//   import { loadKb, kbKey } from "../kb/index.ts";
//   const kb = loadKb();                          // once per process; < 1 s
//   kb.lookup(kbKey("الرقة"))                     // -> [KbEntry gn:172955 (city), …]
//   kb.matches("الرقه")                            // same, with how each matched (name/alias/bare)
//   kb.adjective(kbKey("الروسية"))                 // -> [KbEntry wd:Q159 Russia]
//   kb.commonWord(kbKey("عند"))                    // -> "stop": needs evidence before it is a place
//   kb.hasPrefix("الولايات")                        // -> true: keep extending the span
//   kb.info("الرقه")                                 // all of the above for one key, one read (per-form caches)
//   kb.byId("wd:Q159"), kb.maxAliasTokens, kb.entries
//
// See data/kb/README.md for the row format and how to add rows.
export { loadKb, loadKbFrom, hasGeneratedKb, type LoadOptions, type LoadResult } from "./load.ts";
export { compileKb, isProminent, PROMINENT_POPULATION, type Kb, type KbMatch, type KeyInfo, type MatchVia, type WordKind } from "./compile.ts";
export { kbKey, withoutArticle, tokenCount } from "./keys.ts";
export { kbEntryOf } from "./entry-of.ts";
export { KB_COLUMNS, KB_TYPES, parseRow, toRow, slug, type KbEntry, type RowProblem } from "./row.ts";
