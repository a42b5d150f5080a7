// "الاشتباكات (العنيفة) مع «أنصار الشريعة»"، "المواجهات ضد ميليشيات الحوثي": a fighting noun names
// one side after مع or ضد (the other is often the force the sentence is about: "قتلى من قوات
// الصاعقة جراء الاشتباكات مع X"). Without that side the noun had no actor and the event was lost;
// between() (arguments.ts) reads "بين X وY", this reads the rest.
import type { Token } from "../core/document.ts";
import { actorAt, isPlace, personAfterTitle, sameActor, type Arg, type ArgIndex } from "./arguments.ts";
import { bareWord, isBreak, isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const CLASH = wordClass("side-clash-noun");
const ARMED_ROLES = new Set(["armed", "security", "military", "rebels"]);

export interface ClashSides { side: Arg; against: boolean; other: Arg | null }

/** The side a clash noun at [start, end) names after مع/ضد (adjectives and a place phrase may stand
 *  between: four words), whether it was ضد (then it is who the fighting is against), and the armed
 *  body named last before the noun in its sentence (from `a`) as the other side; null when the noun
 *  is not a clash noun or names no side. `from`: where to look for مع/ضد (clash-reach.ts found it
 *  past a longer gap), else right after the noun. */
export function clashSides(ai: ArgIndex, start: number, end: number, a: number, b: number, from = end): ClashSides | null {
  const toks = ai.toks;
  if (end - start !== 1 || !CLASH.has(bareNoun(toks[start]))) return null;
  for (let i = from, n = 0; i < b && n < 5; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) && t.text !== "«") return null;
    n++;
    if (t.norm !== "مع" && t.norm !== "ضد") { if (ai.at[i]) return null; continue; }
    let j = i + 1;
    while (j < b && isTransparent(toks[j])) j++;
    const x = actorAt(ai, j) ?? actorAt(ai, j + 1);
    if (!x || isPlace(x)) return null;
    const side = personAfterTitle(ai, x, b);
    return { side, against: t.norm === "ضد", other: armedBefore(ai, start, a, side) };
  }
  return null;
}

/** The nearest armed body named before `at` in the sentence: an organization, or unnamed forces
 *  (security, soldiers, rebels); not a place, a person or the side already found. */
function armedBefore(ai: ArgIndex, at: number, a: number, side: Arg): Arg | null {
  for (let i = at - 1; i >= a; i--) {
    const x = actorAt(ai, i);
    if (!x) continue;
    if (!sameActor(x, side) && (x.id ? x.type === "ORG" : !!x.role && ARMED_ROLES.has(x.role))) return x;
    i = x.first;
  }
  return null;
}

/** The noun without و/ف, ب/ل or the article ("وبالاشتباكات" → "اشتباكات"). */
function bareNoun(t: Token): string {
  for (const r of t.readings) if (CLASH.has(r.bare)) return r.bare;
  return bareWord(t);
}
