// Acts two parties do together: a cognate object after the verb ("وقعت اتفاقا مع") and a trigger
// told of two parties at once (dual verb, "الجانبان", "مباحثاتهما").
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { dualPartyAt, dualPronoun } from "./dual-parties.ts";
import { isDualVerb } from "./dual-verbs.ts";
import { JOINT } from "./event-classes.ts";
import type { Ctx } from "./event-context.ts";

/** "وقعت X اتفاقا مع Y": a noun of the verb's own type right after it (two words at most) is its
 *  object, the one it is done with follows; the search for the target goes on past it. */
export function cognateObject(ctx: Ctx, i: number, from: number, trig: Trigger): boolean {
  // (statement and diplomatic acts only: "قتلوا في قصف لـX"، "فقتل امرأتين وجرح" are other events)
  if (i > from + 2 || ctx.ai.at[i] || !JOINT.has(trig.type!)) return false;
  const k = ctx.triggerAt[i];
  if (k < 0) return false;
  for (const v of ctx.matchValues[k]) if (v.type === trig.type && v.pos === "noun") return true;
  return false;
}

/** Is the trigger told of two parties at once: a dual verb or one followed by "الجانبان"; a masdar
 *  with هما ("مباحثاتهما"), after a support verb followed by "الطرفان", or followed by "بين الجانبين"? */
export function dualAct(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger, verb: boolean, sv: number, b: number): boolean {
  const toks = ctx.toks;
  if (!JOINT.has(trig.type!)) return false; // ("استهدفتا"، "تدميرهما": the two are weapons or targets more often than parties)
  if (verb) return trig.pos === "verb" && (isDualVerb(toks[m.start], trig) || dualPartyAt(toks, m.end, b));
  if (dualPronoun(toks[m.start]) || (sv >= 0 && dualPartyAt(toks, sv + 1, m.start))) return true;
  return m.end < b && toks[m.end].norm === "بين" && dualPartyAt(toks, m.end + 1, b);
}
