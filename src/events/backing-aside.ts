// "ونفذت الكتائب الموالية للحاكم بدعم مدفعي من الحلفاء غارات": a backing phrase inside the subject
// (بدعم/بمساندة/بإسناد, an adjective or two, من, the backer's name) stands between a support verb
// and its masdar without ending the clause: the support verb's search back from the masdar
// (arguments.ts supportVerbBefore) steps over it as one word, and does not stop at بدعم, itself a
// trigger (AID). The words are event-word-classes.tsv backing-aside (branch evdet12).
import type { ArgIndex } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

/** The words that open a backing phrase (also read by backed-attack.ts). */
export const BACKING = wordClass("backing-aside");

/** When token i opens a backing aside whose backer is named before `end`, the number of search
 *  steps it took (its words before the name, and the name as one); else 0. */
export function backingAside(ai: ArgIndex, i: number, end: number): number {
  const toks = ai.toks;
  if (toks[i].kind !== "word" || !BACKING.has(bareWord(toks[i]))) return 0;
  for (let j = i + 1; j < end && j <= i + 4; j++) {
    const a = ai.at[j];
    if (a?.id) return a.last < end ? j - i + 1 : 0;
  }
  return 0;
}
