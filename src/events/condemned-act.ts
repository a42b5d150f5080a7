// "أدانت X هجمات Y"، "أعربت X عن إدانتها للهجوم الذي شنه Y"، "انتقدت X بشدة قصف Y للمدينة": a
// condemnation whose object is an act (an event noun) is aimed at who did that act. The object
// search stops at an event noun (its genitive is not the statement's object), so such an ACCUSE
// had no target; the guidelines' gold names the act's doer.
import type { Arg, ArgIndex } from "./arguments.ts";
import { agentPhrase, authorOfObject, genitiveOf, isNisba, isPlace } from "./arguments.ts";
import { isAdverb, isBreak, isTransparent } from "./clause.ts";
import { placeRank } from "./places.ts";

/** Reads of the trigger matches: the match index covering token i (or -1), and what match k is:
 *  0 no event noun, 1 an event noun whose genitive acts ("هجوم X"), 2 one whose genitive suffers
 *  ("قصف X"، "مقتل X": only an agent phrase or a relative clause names its doer). */
export interface TriggerReads { matchAt: (i: number) => number; nounKind: (k: number) => 0 | 1 | 2 }

/** The doer of the act a statement is about: within three words from `from` (adverbs aside, no
 *  actor before it), an event noun, and that act's named doer — its genitive when it acts
 *  (a state, a body, a person or a nationality adjective; not a place below a state), "من قبل X", or
 *  the subject of a relative clause on it ("الذي شنه X"); else null. */
export function condemnedActor(ai: ArgIndex, from: number, end: number, tr: TriggerReads, isTrigger: (i: number) => boolean): Arg | null {
  for (let i = from, n = 0; i < end && n < 3; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || ai.at[i]) return null;
    if (isAdverb(t)) continue;
    n++;
    const k = tr.matchAt(i);
    if (k < 0) continue;
    const kind = tr.nounKind(k);
    if (kind === 0) return null;
    let e = i + 1;
    while (e < end && tr.matchAt(e) === k) e++;
    const g = kind === 1 ? genitiveOf(ai, e, end) : null;
    if (g) return g.id && (!isPlace(g) || isNisba(g) || placeRank(g) === 0) ? g : null;
    const by = agentPhrase(ai, e, end) ?? authorOfObject(ai, i, end, isTrigger);
    return by?.id ? by : null;
  }
  return null;
}

/** Is there a trigger word other than match `self` in [from, to)? "نددت X بالقصف … من قبل Y": the
 *  agent phrase after it belongs to that act, not to the statement. */
export function triggerBetween(from: number, to: number, self: number, matchAt: (i: number) => number): boolean {
  for (let i = from; i < to; i++) { const k = matchAt(i); if (k >= 0 && k !== self) return true; }
  return false;
}
