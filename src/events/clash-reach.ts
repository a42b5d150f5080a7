// Where a clash noun names its sides when the report puts words between them: "اندلعت اشتباكات
// عنيفة، صباح الأحد، بين X وY"، "مواجهات وقعت اليوم (الجمعة) بين X وY"، "معارك تدور منذ أيام في
// محيط المدينة بين X وY". between() (arguments.ts) and clashSides() (clash-sides.ts) read
// "بين"/"مع"/"ضد" within a few words of the noun and stop at a comma; a report of fighting often
// says how hard, when and where it was before it says who fought, and the event was lost for want
// of an actor (SaudiNewsNet, 2,959 records of 2015-07-26 and 2015-08-06: 35 clash nouns next to a
// verb of fighting had no attack event in their sentence; with this module and context-sides.ts, 14).
// What may stand between: adjectives and manner phrases ("عنيفة"، "بالأسلحة الثقيلة"), a verb that
// states the clash took place (clash-verb class: دارت، اندلعت، تجري), a time phrase (time-asides.ts)
// with its commas or brackets, and a place phrase (a place name, "داخل المدينة"). A named actor
// that is not a place, another event word, a relative pronoun or a clause opener ends the search:
// the بين after them is another phrase's.
import type { Token } from "../core/document.ts";
import { type ArgIndex, actorAt, isPlace } from "./arguments.ts";
import { bareWord, isBreak, isRelative, isTransparent, opensClause } from "./clause.ts";
import { dualPartyAt } from "./dual-parties.ts";
import { inTimePhrase } from "./time-asides.ts";
import { wordClass } from "./word-classes.ts";

const CLASH = wordClass("side-clash-noun");
const CLASH_VERBS = wordClass("clash-verb");
/** Marks a time or place aside may be set off by. */
const ASIDE_MARKS = new Set(["،", ",", "(", ")", "-", "–"]);
/** How far the sides may stand from the noun (tokens), and how many words of manner or place. */
const REACH = 12;
const FREE_WORDS = 4;

/** Is the token a clash noun (اشتباكات، المعارك، وبالمواجهات)? */
export function isClashNoun(t: Token): boolean {
  return t.readings.some((r) => CLASH.has(r.bare)) || CLASH.has(bareWord(t));
}

/** Is the token a verb stating that fighting took place (دارت، اندلعت، وتدور)? */
export const isClashVerb = (t: Token | undefined): boolean => !!t && t.kind === "word" && (CLASH_VERBS.has(t.norm) || CLASH_VERBS.has(bareWord(t)));

/** "وتدور معارك"، "اشتباكات عنيفة دارت": a clash verb within three words before or after the clash
 *  noun at [start, end) in its clause says the fighting took place (it is no topic: unsure() in
 *  event-dedupe.ts drops a bare noun with one side and nothing saying it happened). */
export function clashStated(toks: Token[], start: number, end: number, a: number, b: number): boolean {
  if (end - start !== 1 || !isClashNoun(toks[start])) return false;
  for (let i = start - 1, n = 0; i >= a && n < 3; i--) { if (isTransparent(toks[i])) continue; if (isBreak(toks[i])) break; n++; if (isClashVerb(toks[i])) return true; }
  for (let i = end, n = 0; i < b && n < 3; i++) { if (isTransparent(toks[i])) continue; if (isBreak(toks[i])) break; n++; if (isClashVerb(toks[i])) return true; }
  return false;
}

/** "اشتباكات عنيفة دارت بين الطرفين"، "تدور معارك بينهما": the sides are the two the story fights
 *  between, named in the sentences before (context-sides.ts). */
export function bothSidesAfter(toks: Token[], start: number, end: number, b: number): boolean {
  if (end - start !== 1 || !isClashNoun(toks[start])) return false;
  for (let i = end, n = 0; i < b && n < 5; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) && !ASIDE_MARKS.has(t.text)) return false;
    n++;
    if (t.norm === "بينهما" || t.norm === "بينهم") return true;
    if (t.norm === "بين") return dualPartyAt(toks, i + 1, b);
  }
  return false;
}

/** The index of the "بين"، "مع" or "ضد" that names the sides of the clash noun at [start, end),
 *  past a gap of manner, a clash verb, a time or a place; -1 when none before the clause ends or
 *  when the gap holds no more than the words between() and clashSides() already read (no comma,
 *  no clash verb, no time and at most one other word: they found it or rightly did not). */
export function sidesMarkAfter(ai: ArgIndex, start: number, end: number, b: number, isTrigger: (i: number) => boolean): number {
  const toks = ai.toks;
  if (end - start !== 1 || !isClashNoun(toks[start])) return -1;
  let free = 0, gap = false;
  for (let i = end; i < b && i < end + REACH; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (t.norm === "بين" || t.norm === "مع" || t.norm === "ضد") return gap || free > 1 ? i : -1;
    if (isBreak(t)) { if (!ASIDE_MARKS.has(t.text)) return -1; gap = true; continue; }
    const x = actorAt(ai, i);
    if (x) { if (!isPlace(x)) return -1; i = x.last; gap = true; continue; }
    if (isTrigger(i) || isRelative(t) || opensClause(t)) return -1;
    if (isClashVerb(t) || inTimePhrase(toks, i)) { gap = true; continue; }
    if (++free > FREE_WORDS) return -1;
  }
  return -1;
}
