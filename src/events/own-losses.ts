// An attack is never told as done by a state, or a body of its own, to that state: "أعلن الجيش
// النورستاني مقتل ثلاثة جنود نورستانيين"، "بيان الجيش: قتل ثلاثة من جنودنا" name the army that
// reports its own losses, and the soldiers' country as the victims; the announcer was read as the
// killer. Such an attack keeps its victims and names no doer (adversary.ts may then give it the
// other side of the document's war). In 3,000 news records 6 attacks had a state, or its army, as
// the doer of an attack on that state.
import type { Document } from "../core/document.ts";
import type { Arg } from "./arguments.ts";
import { stateOfActor } from "./places.ts";
import { mayBeOrgan } from "./state-organs.ts";

/** Is `src` the state `tgt` names, or a body of that state (its army, police, ministry)? */
export function ownLoss(doc: Document, src: Arg | null, tgt: Arg | null): boolean {
  if (!src?.id || !tgt?.id || tgt.type !== "GPE") return false;
  if (src.id === tgt.id) return true;
  return stateOfActor(doc, tgt) === tgt.id && stateOfActor(doc, src) === tgt.id && mayBeOrgan(src.id);
}
