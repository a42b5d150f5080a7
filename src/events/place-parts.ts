// "قصف أهداف في شمال العراق"، "غارات في أنحاء سوريا": a country named after a noun for a part of
// it (the place nouns of PLACE_PREPS, from event-word-classes.tsv place-noun: شمال، جنوبي، وسط،
// أنحاء، محيط …) is where the event happened, never what it struck: the strike hit something in
// that part, not the state.
import type { Arg, ArgIndex } from "./arguments.ts";
import { prepOf } from "./arguments.ts";
import { PLACE_PREPS } from "./clause.ts";

/** The prepositions of place among PLACE_PREPS: what follows them is the whole place. */
const WHOLE = new Set(["في", "قرب", "داخل", "بالقرب"]);

/** Is this place governed by a place noun ("شمال X"، "شمالي X"، "أنحاء X")? */
export function inPartOf(ai: ArgIndex, place: Arg): boolean {
  const p = prepOf(ai, place);
  return p !== null && PLACE_PREPS.has(p) && !WHOLE.has(p);
}
