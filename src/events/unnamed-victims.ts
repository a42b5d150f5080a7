// "وأعلن الحلف أن جنديا قتل في الهجوم"، "الجنود الثلاثة قتلوا خلال مشاركتهم"، "وقتل جندي في
// اشتباكات": an actor named by its kind only (a soldier, policemen, gunmen) as the subject of a
// casualty verb that has no object is who the killing befell: the unvocalized verb is the passive
// قُتل. Only civilians and people were read so before (victimRole, verb-words.ts); a soldier or a
// policeman stayed the killer, and the event had its victim as source and no target.
import type { Arg, ArgIndex } from "./arguments.ts";
import { isTransparent } from "./clause.ts";
import { objectFollows } from "./noun-cases.ts";
import { isCount } from "./quantities.ts";

/** Is `src`, the unnamed subject of a casualty verb (the caller tests the verb) whose words end at
 *  token `after`, its victim: no object follows (the verb, or the subject when it follows the verb)?
 *  `verbAt` is the verb's first token: a subject before it must stand in its own clause, no other
 *  trigger between ("الجيش أسر ستة وقتل 15": the subject of the verb before, shared, is no victim). */
export function unnamedVictim(ai: ArgIndex, src: Arg | null, after: number, end: number, verbAt: number, isTrigger: (i: number) => boolean): boolean {
  if (!src || src.id || src.role === null || src.role === "anaphor") return false;
  for (let i = src.last + 1; i < verbAt; i++) if (isTrigger(i)) return false;
  // ("قتل 15 من المليشيات": a count after the verb is its object)
  let k = after;
  while (k < end && isTransparent(ai.toks[k])) k++;
  if (k < end && isCount(ai.toks[k])) return false;
  return !objectFollows(ai, after, end);
}
