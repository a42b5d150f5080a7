// PLOVER event triggers (data/lexicon/event-triggers.tsv). A row whose type is "-" is a blocker:
// a longer phrase that is not an event ("مؤتمر صحفي") and so keeps a shorter trigger from matching.
import { PLOVER_TYPES, type PloverType } from "../core/contract.ts";
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

export interface Trigger { type: PloverType | null; mode: string | null; pos: string }

const TYPES = new Set<string>(PLOVER_TYPES);

export function triggerIndex(): PhraseIndex<Trigger> {
  return lexicon<Trigger>("event-triggers.tsv", (r) => {
    if (r.type !== "-" && !TYPES.has(r.type)) throw new Error(`event-triggers.tsv: unknown PLOVER type "${r.type}" for ${r.form}`);
    return { type: r.type === "-" ? null : (r.type as PloverType), mode: r.mode || null, pos: r.pos };
  });
}
