// Generic actors (data/lexicon/generic-actors.tsv): المتظاهرون، مسلحون، قوات الأمن، مدنيين … —
// who acted or suffered when no entity is named. The event finder falls back to them.
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

export interface GenericActor { role: string }

export function genericActorIndex(): PhraseIndex<GenericActor> {
  return lexicon<GenericActor>("generic-actors.tsv", (r) => ({ role: r.role || "people" }));
}
