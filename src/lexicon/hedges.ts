// Hedge, negation and future markers (data/lexicon/hedges.tsv) for quote stance and event polarity.
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

export type HedgeKind = "alleged" | "negation" | "future" | "modal";
export interface Hedge { kind: HedgeKind; scope: "before" | "sentence" }

export function hedgeIndex(): PhraseIndex<Hedge> {
  return lexicon<Hedge>("hedges.tsv", (r) => ({ kind: r.kind as HedgeKind, scope: r.scope === "before" ? "before" : "sentence" }));
}
