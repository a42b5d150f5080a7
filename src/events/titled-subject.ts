// "وزير الدفاع النورستاني يطالب سودانيا"، "قائد الجيش النورستاني طالب رئيس الحكومة": a clause that
// opens with a title, its genitives and a nationality adjective (or the holder's name) is SVO: that
// actor is the verb's subject, and the name after the verb its object. Read as VSO, the object
// became the source. (The title stands for its holder where the document names one: titleHolder.)
import { type Arg, type ArgIndex, titleBefore } from "./arguments.ts";
import { isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";

/** Does the clause from `start` open with a title whose chain (at most four plain words, no other
 *  actor, preposition or event word) runs to the actor `pre`? */
export function titledSubject(ai: ArgIndex, pre: Arg, start: number, isTrigger: (i: number) => boolean): boolean {
  const toks = ai.toks;
  for (let i = pre.first - 1, n = 0; i >= start && n < 4; i--) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (t.kind !== "word" || ai.at[i] || isPrepWord(t) || isRelative(t) || isTrigger(i)) return false;
    n++;
    if (titleBefore(t) && (i === start || isBreak(toks[i - 1]) || opensClause(toks[i - 1]))) return true;
  }
  return false;
}
