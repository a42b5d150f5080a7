// "هجوم انتحاري نسب إلى تنظيم X"، "الاعتداء الذي نسب إلى X"، "التفجير المنسوب إلى X": an attack the press
// attributes to a named actor was done by that actor. Read as "هجوم … إلى X", X was taken as the attack's
// target. Whoever does the attributing ("نسبته السلطات إلى X") may stand between the verb and إلى and is
// neither side. The verbs of attributing are the attribute-verb class (event-word-classes.tsv); branches
// evtgt18 and evarg18 wrote this twice and were merged here.
import { type Arg, type ArgIndex, actorAt } from "./arguments.ts";
import { bareWord, isBreak, isRelative, isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const ATTRIBUTE = wordClass("attribute-verb");
/** "إلى"، "الى" as written after the verb (normalize folds both to الي). */
const TO = new Set(["الي"]);

/** The actor an event noun ending at `from` is attributed to: within four words (its adjectives, a
 *  relative), a verb of attributing, then إلى/لـ and a named actor (a group's head word may stand
 *  between: "إلى تنظيم X"); else null. `isTrigger` stops at another event word. */
export function attributedDoer(ai: ArgIndex, from: number, end: number, isTrigger: (i: number) => boolean): Arg | null {
  for (let i = from, n = 0; i < end && n < 4; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || ai.at[i] || t.kind !== "word") return null;
    n++;
    if (isRelative(t)) continue;
    if (!ATTRIBUTE.has(bareWord(t))) { if (isTrigger(i)) return null; continue; }
    // إلى X, or X written with ل ("نسب لداعش")
    let j = i + 1;
    while (j < end && isTransparent(ai.toks[j])) j++;
    // "نسبته السلطات إلى X": who attributes it stands between the verb and إلى, and is neither side
    const says = actorAt(ai, j);
    if (says && says.clitic !== "ل" && says.last + 1 < end && TO.has(ai.toks[says.last + 1].norm)) j = says.last + 1;
    const clitic = actorAt(ai, j);
    if (clitic?.id && clitic.clitic === "ل") return clitic;
    if (j >= end || !TO.has(ai.toks[j].norm)) return null;
    for (let k = j + 1; k < Math.min(end, j + 4); k++) {
      if (isBreak(ai.toks[k])) return null;
      const x = actorAt(ai, k);
      if (x) return x.id && x.type !== "GPE" ? x : null;
    }
    return null;
  }
  return null;
}
