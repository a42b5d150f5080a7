// Two triggers of one type in one sentence are one event told twice ("قتل عشرة في قصف شنته الطائرات
// على مواقع الجماعة"): find-events.ts keeps the first and fills its gaps from the second. When the
// first names its sufferers only by a count or a kind ("عشرة"، "مدنيين") and the second names the
// body or person struck, the coders' target is the named one; the first's unnamed target would
// otherwise stand and the named one be lost. A place or a state after the second trigger is where it
// happened more often than whom ("قصف على محافظة X"، "غارة في بلد Y"), so only a named organization
// or person takes over.
import { type Arg, sameActor } from "./arguments.ts";
import { FORCE } from "./event-classes.ts";
import type { Cand } from "./event-context.ts";

/** The target the merged event `kept` should take from its twin `other`: `other`'s when `kept`'s is
 *  unnamed and `other`'s a named organization or person that is not `kept`'s source; else null. */
export function namedTwinTarget(kept: Cand, other: Cand): Arg | null {
  if (!FORCE.has(kept.ev.type)) return null;
  const mine = kept.tgt, theirs = other.tgt;
  if (!mine || mine.id || !theirs?.id) return null;
  if (theirs.type !== "ORG" && theirs.type !== "PERSON") return null;
  if (sameActor(theirs, kept.src) || sameActor(theirs, other.src)) return null;
  return theirs;
}
