// "واستهدفت الغارات مواقع جبهة التحرير": an event noun right after a verb is its subject, and the
// verb's actor is the event's own — a name right after the noun ("الغارات التركية"، "غارات التحالف"),
// past the rest of a multiword trigger or one adjective ("الغارات الجوية التركية"). A name further on
// is the object's genitive ("مواقع جبهة التحرير": what was hit), never who struck.
import type { Token } from "../core/document.ts";
import { actorAt, type Arg, type ArgIndex, prepOf } from "./arguments.ts";

/** A feminine or nisba adjective ("الجوية"، "المكثفة"، "الحربي"): one may stand between the noun and its actor. */
const adjective = (t: Token): boolean => t.kind === "word" && /(يه|ي|ه)$/.test(t.norm) && !/^و/.test(t.norm);

/** The actor of the event noun at `i` (the verb's subject), or null when none stands right after it. */
export function eventNounActor(ai: ArgIndex, i: number, end: number, isTrigger: (i: number) => boolean): Arg | null {
  let j = i + 1;
  while (j < end && isTrigger(j) && !actorAt(ai, j)) j++;
  if (j < end && !actorAt(ai, j) && adjective(ai.toks[j])) j++;
  const a = j < end ? actorAt(ai, j) : undefined;
  // ("استهدفت تجمعا للقوات": a name after لـ is whom an accusative noun, the object, was aimed at)
  return a && a.first === j && !prepOf(ai, a) ? a : null;
}
