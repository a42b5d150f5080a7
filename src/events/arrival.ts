// "ووصل وزير الخارجية النورستاني أمين فارس إلى سودانيا"، "ووصل فلان مسقط": a person's arrival in a
// place is a visit (CONSULT) to the state the place lies in. Only a named person arrives so: ships,
// troops and tolls ("وصل عدد القتلى إلى") reach places too, and are other events or none; and only a
// person the knowledge base holds (see arrivalOf). A person
// arriving in his own state (or a place the knowledge base places in no state) is told as no visit:
// on the news those were mostly tours at home and history ("وصل ولي العهد إلى الطائف عام …").
import { type Arg, type ArgIndex, argAs, isPlace, prepOf } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { inKnowledgeBase, placeRank, stateOf, stateOfActor } from "./places.ts";
import { wordClass } from "./word-classes.ts";
import type { Document } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";

const ARRIVE = wordClass("arrive-verb");

/** Is the trigger row a verb of arriving (its perfect is one of arrive-verb: every form the row
 *  generates, "وسيصل"، "تصلنا", is then held to the guards)? */
export const isArrival = (trig: Trigger): boolean => { if (trig.perfect) for (const w of ARRIVE) if (trig.perfect.has(w)) return true; return false; };

export interface Arrival { place: Arg; target: Arg }

/** The place a person arrives at: the first place after `from` in the clause, bare or after إلى
 *  (within eight words), and its state when that is not the visitor's own; null when no place or
 *  no other state. */
export function arrivalOf(doc: Document, ai: ArgIndex, visitor: Arg, from: number, end: number): Arrival | null {
  // (a person the knowledge base holds: on the news the visitors it lacks were players, club
  // officials and figures of history, whose travels are no diplomacy)
  if (!inKnowledgeBase(visitor.id)) return null;
  for (let i = from, n = 0; i < end && n < 8; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) && t.text !== "،") return null;
    n++;
    const p = ai.at[i];
    if (!p) continue;
    i = p.last;
    if (!p.id || p.id === visitor.id) continue;
    if (!isPlace(p)) return null;
    // (bare, the place is the verb's object right after it or its subject: "وصل فلان مسقط"; a
    // nationality adjective further on describes a noun: "على متن طائرة سعودية")
    const prep = prepOf(ai, p);
    if (prep === null ? n > 1 : prep !== "الي") return null;
    const state = placeRank(p) === 0 ? p.id : stateOf(doc, p);
    const own = stateOfActor(doc, visitor);
    return state && state !== own ? { place: p, target: argAs(p, state, "GPE") } : null;
  }
  return null;
}
