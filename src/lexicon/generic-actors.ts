// Generic actors (data/lexicon/generic-actors.tsv): المتظاهرون، مسلحون، قوات الأمن، مدنيين … —
// who acted or suffered when no entity is named; the event finder falls back to them. And
// anaphors (data/lexicon/anaphors.tsv): التنظيم، المملكة — a head noun naming again an actor.
import { normalize } from "../text/normalize.ts";
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

export interface GenericActor { role: string }

export function genericActorIndex(): PhraseIndex<GenericActor> {
  return lexicon<GenericActor>("generic-actors.tsv", (r) => ({ role: r.role || "people" }));
}

/** A definite noun that names again an actor named in full before (data/lexicon/anaphors.tsv):
 *  "التنظيم" → an ORG whose name begins with "تنظيم". `head` is normalized. */
export interface Anaphor { head: string; type: string }

export function anaphorIndex(): PhraseIndex<Anaphor> {
  return lexicon<Anaphor>("anaphors.tsv", (r) => ({ head: normalize(r.head), type: r.type }));
}
