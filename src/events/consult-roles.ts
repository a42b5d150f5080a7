// Who meets whom: "التقى X بالرئيس Y"، "خلال اجتماعه برئيس الوزراء"، "لقائه بوفد Y" name the partner
// after بـ, which the object search leaves out (بـ marks an instrument for most verbs); and "ستزور
// عدن مبعوثة الأمم المتحدة فلانة" puts the place visited before the visitor, so a city read as the
// subject of a meeting verb is what is visited, the person named after it who visits.
import { type Arg, type ArgIndex, actorAt, headsName, isPlace, personAfterTitle, prepOf } from "./arguments.ts";
import { isBreak, isRelative, isTransparent, opensClause } from "./clause.ts";
import { placeRank } from "./places.ts";
import { wordClass } from "./word-classes.ts";

const BA = 0x628;
/** Words of time that open a clause of their own ("عندما"، "حين"، "بينما"): the partner is not after them. */
export const WHEN = wordClass("time-opener");

/** Does the token read as بـ + a title or head of a name ("بالرئيس"، "برئيس"، "بوفد")? */
function baHead(ai: ArgIndex, i: number): boolean {
  const t = ai.toks[i];
  if (t.kind !== "word" || ai.at[i]) return false;
  for (const r of t.readings) {
    if (!r.pre.length || r.pre.charCodeAt(r.pre.length - 1) !== BA) continue;
    if (headsName(r.bare) || headsName(r.norm)) return true;
  }
  return false;
}

/** The partner of a meeting named after بـ within eight words from `from` in the clause: an actor
 *  carrying بـ, or one within four words after a title carrying it; the title's holder when named
 *  after it; else null. */
export function partnerAfterBa(ai: ArgIndex, from: number, end: number): Arg | null {
  for (let i = from, n = 0; i < end && n < 8; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t)) return null;
    n++;
    const a = actorAt(ai, i);
    if (a) {
      // ("اجتماعها بشنغهاي"، "زار مستشفى بعنيزة": a city after بـ is where, not with whom)
      if (prepOf(ai, a) === "ب") return isPlace(a) && placeRank(a) > 0 ? null : personAfterTitle(ai, a, end);
      i = a.last;
      continue;
    }
    // ("زار نورستان عندما كان نائبا بالبرلمان": a word of time opens another clause)
    if (WHEN.has(t.norm)) return null;
    if (!baHead(ai, i)) continue;
    for (let j = i + 1; j < Math.min(end, i + 5); j++) {
      if (isBreak(ai.toks[j])) return null;
      const x = actorAt(ai, j);
      if (x) return prepOf(ai, x) === null || prepOf(ai, x) === "ب" ? personAfterTitle(ai, x, end) : null;
    }
    return null;
  }
  return null;
}

/** "ستزور عدن مبعوثة الأمم المتحدة فلانة": a place below a state read as a meeting verb's subject,
 *  followed within six words (a title and its genitives) by a person with no preposition: that
 *  person visits; else null. */
export function visitorAfterPlace(ai: ArgIndex, src: Arg, end: number): Arg | null {
  if (!isPlace(src) || placeRank(src) === 0) return null;
  for (let j = src.last + 1, n = 0; j < end && n < 6; j++) {
    const t = ai.toks[j];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t)) return null;
    n++;
    const x = actorAt(ai, j);
    if (!x) continue;
    if (x.type === "PERSON") return prepOf(ai, x) === null ? x : null;
    j = x.last;
  }
  return null;
}
