// "وطلب الوزير من الحكومة وقف …"، "طلبت من المملكة التدخل": a request verb names whom it asks after
// من, which the object search leaves out (من marks a source or a part for most verbs). Verbs only:
// after a masdar ("بناء على طلب من الرئيس") من names who asked.
import { type Arg, type ArgIndex, actorAt, personAfterTitle, prepOf, sameActor } from "./arguments.ts";
import { bareSet, isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";
import { WHEN } from "./consult-roles.ts"; // ("بعد طلب من X": after a word of time the word is a masdar)
import { wordClass } from "./word-classes.ts";

const ASK_OF = bareSet(wordClass("ask-of-verb")); // (with و/ف: one Set read)

/** Is the verb token one of the request verbs whose addressee follows من (ask-of-verb, without و/ف)? */
export const asksOf = (norm: string): boolean => ASK_OF.has(norm);

/** The actor named after من within seven words after the verb at [verb, from) in the clause (the
 *  subject may stand between: "طلب وزير الخارجية فلان من …"), the title's holder when one follows;
 *  null when none, or when the word before the verb makes it a masdar ("بعد طلب من"، "في طلب"). */
export function askedOf(ai: ArgIndex, verb: number, from: number, end: number, source: Arg | null): Arg | null {
  const before = verb > 0 ? ai.toks[verb - 1] : undefined;
  if (before && before.kind === "word" && (isPrepWord(before) || WHEN.has(before.norm))) return null;
  for (let i = from, n = 0; i < end && n < 7; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t)) return null;
    n++;
    const a = actorAt(ai, i);
    if (!a) continue;
    if (prepOf(ai, a) === "من" && a.id && !sameActor(a, source)) return personAfterTitle(ai, a, end);
    i = a.last;
  }
  return null;
}
