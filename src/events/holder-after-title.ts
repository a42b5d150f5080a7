// "خلال لقائه الرئيس المصري [X]"، "انتقده وزير العدل الألماني [X]"، "استقبل رئيس وزراء باكستان [X]":
// a title's nationality adjective or the state or body it is of, with the holder's name right
// after it, stands for that person. The role finders stop at the first actor after the title (the
// adjective or the genitive), so the event went to the country while its named official acted or
// was met; the annotators code the person. titleHolder (implicit-subjects.ts) finds the holder
// named after the same title elsewhere in the document; this is the name in place.
import { type Arg, type ArgIndex, actorAt, titleBefore } from "./arguments.ts";
import { isBreak, isPrepWord, isTransparent } from "./clause.ts";

/** How many words back from the actor the title may begin ("وزير العدل الألماني": two). */
const TITLE_REACH = 3;

/** The person named right after `a` when `a` is a state or body following a title; else `a`. */
export function holderAfterTitle(ai: ArgIndex, a: Arg | null): Arg | null {
  if (!a || !a.id || (a.type !== "GPE" && a.type !== "ORG")) return a;
  const toks = ai.toks;
  let j = a.last + 1;
  while (j < toks.length && isTransparent(toks[j]) && !isBreak(toks[j])) j++;
  const p = j < toks.length ? actorAt(ai, j) : undefined;
  if (!p || p.type !== "PERSON" || !p.id || p.clitic || p.first !== j) return a;
  // a title before the actor, only words of the title between (no other actor, no break, no
  // preposition of its own: "في أفغانستان X" is where, not whose)
  if (!a.clitic && a.first > 0 && isPrepWord(toks[a.first - 1])) return a;
  for (let i = a.first - 1, n = 0; i >= 0 && n < TITLE_REACH; i--, n++) {
    const t = toks[i];
    if (isBreak(t) || t.kind !== "word" || ai.at[i]) return a;
    if (titleBefore(t)) return p;
  }
  return a;
}
