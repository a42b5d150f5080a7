// Who killed those who fell in a clash. "قتل 12 جنديا … في اشتباكات مع تنظيم X"، "مقتل جنود جراء
// المواجهات مع X": the casualty verb names the dead (its object, or its subject read as passive)
// and not who killed them; the clash noun after it names the other side with مع. Coders record
// that side as the source of the killing, the fallen (or their force) as its target.
import { actorAt, prepOf, type Arg, type ArgIndex } from "./arguments.ts";
import { bareWord, isBreak, isRelative, isTransparent, opensClause } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const CLASH = wordClass("clash-noun");
const REACH = 12;     // words from the casualty verb to the clash noun
const WITH_REACH = 4; // words from the clash noun to its مع

/** The named actor after مع that follows a clash noun within reach of `from`, in the clause
 *  ending at `end`; else null. */
export function clashWith(ai: ArgIndex, from: number, end: number): Arg | null {
  for (let i = from, n = 0; i < end && n < REACH; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isRelative(t) || opensClause(t) || (isBreak(t) && t.text !== "،")) return null;
    n++;
    if (t.kind !== "word" || ai.at[i]) continue;
    let hit = CLASH.has(bareWord(t));
    if (!hit) for (const r of t.readings) if (CLASH.has(r.norm)) { hit = true; break; } // "باشتباكات"
    if (!hit) continue;
    for (let j = i + 1, w = 0; j < end && w < WITH_REACH; j++) {
      const u = ai.toks[j];
      if (isTransparent(u)) continue;
      if (isBreak(u) || isRelative(u)) return null;
      w++;
      const a = actorAt(ai, j);
      if (a) return a.id && prepOf(ai, a) === "مع" ? a : null;
    }
    return null;
  }
  return null;
}
