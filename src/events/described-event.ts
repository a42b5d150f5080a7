// "هجوما عنيفا للجماعة استهدف القنصلية"، "قصف مدفعي استهدف أحد المخازن"، "حملة تستهدف الحركة":
// a verb right after an indefinite event noun (its adjectives and its لـ-owner between) is a
// relative clause on that noun without الذي (an indefinite antecedent takes none): the event is
// the verb's subject and what follows the verb its object. The verb names no new event and no
// subject of its own; read as one, it took the object for its subject ("استهدف القنصلية" → the
// consulate attacking) or a word before the noun.
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import type { ArgIndex } from "./arguments.ts";
import { isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";
import { isCount } from "./quantities.ts";

/** The noun is written without the article and without a possessive pronoun. */
function indefinite(t: Token): boolean {
  const possessiveTest = !t.text.endsWith("ة"); // ("مواجهة" folds to a ه a reading takes for a pronoun)
  for (const r of t.readings) if (r.article || (possessiveTest && r.post !== "")) return false;
  return true;
}

/** What describes a verb's subject when an indefinite noun stands right before it. */
export const NOUN_SUBJECT = -2;

/** The match index of the indefinite event noun the verb at token `verb` describes, or -1: within
 *  four words back in its clause, nothing between but words of no preposition (adjectives, a time)
 *  and an actor after لـ ("للقاعدة"). A verb joined by و/ف opens a clause of its own. With
 *  `feminineImperfect` (the verb is an imperfect in ت), an indefinite noun in ة right before it that
 *  names no event ("حملة تستهدف X"، "عملية تستهدف X") is its subject too: NOUN_SUBJECT. */
export function describedEvent(ai: ArgIndex, verb: number, start: number, triggerAt: Int32Array, matchValues: Trigger[][], feminineImperfect: boolean): number {
  const toks = ai.toks;
  const v = toks[verb];
  if (v.kind !== "word" || /^[وف]/.test(v.norm)) return -1;
  for (let i = verb - 1, n = 0; i >= start && n < 4; i--) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t) || isPrepWord(t) || isCount(t)) return -1;
    n++;
    const k = triggerAt[i];
    if (n === 1 && k < 0 && feminineImperfect && !ai.at[i] && t.kind === "word" && t.text.endsWith("ة") && t.readings[0]?.pre === "" && indefinite(t)) return NOUN_SUBJECT;
    if (k >= 0) {
      // the noun's first word, a noun reading, indefinite
      let f = i;
      while (f > start && triggerAt[f - 1] === k) f--;
      return matchValues[k].some((x) => x.pos === "noun") && indefinite(toks[f]) ? k : -1;
    }
    const a = ai.at[i];
    if (a) {
      if (a.clitic !== "ل") return -1;
      i = a.first;
      continue;
    }
    // a word after a preposition of its own ("بالصواريخ") is a phrase the verb may follow as a new clause
    for (const r of t.readings) if (r.pre.endsWith("ب") || r.pre.endsWith("ل")) return -1;
  }
  return -1;
}
