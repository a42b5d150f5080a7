// Who a killing or an arrest befell when the verb opens the clause: "قتل أحد مسلحي X وأصيب
// آخرون"، "اعتقل ثلاثة من عناصر X"، "قتل شرطي تركي ومدني". Unvocalized, the perfect reads as active
// (X killed) or passive (one of X's men was killed); the words before the name decide: a named body
// reached through a noun of its members (member-noun class), with or without a count or أحد before
// it, or a nationality adjective on one indefinite noun of a person, names the victims. The caller
// still asks that no object follow the phrase ("قتل مسلحو X جنديين" is active, X killed).
import { isPartitiveWord, type Arg, type ArgIndex } from "./arguments.ts";
import { isDefinite, isTransparent, joinedByWa } from "./clause.ts";
import { isCount } from "./quantities.ts";
import type { Token } from "../core/document.ts";
import { wordClass } from "./word-classes.ts";

const MEMBERS = wordClass("member-noun");

/** "عناصر"، "جنود"، "مقاتلي": a noun of a body's members (member-noun class). */
export const isMemberNoun = (t: Token): boolean => MEMBERS.has(t.norm);

/** A name at i (an unnamed actor of the lexicon, "مسلحي"، "شرطي", is a noun here). */
const named = (ai: ArgIndex, i: number): boolean => !!ai.at[i]?.id;
/** "تركي"، "سوريين"، "أفغانيا": an indefinite nationality adjective's endings (folded). */
const INDEFINITE_NISBA = /^[^\s]{2,}(ي|يه|يين|يون|يا|يان|يتان)$/;

/** Is `src`, named after the verb ending at `verbEnd`, the victims of that verb rather than its doer? */
export function victimPhrase(ai: ArgIndex, src: Arg, verbEnd: number): boolean {
  const { toks } = ai;
  let i = verbEnd;
  while (i < src.first && isTransparent(toks[i])) i++;
  if (i >= src.first) return false;
  if (src.type === "GPE") return nationalOfOne(ai, src, i);
  // [count | partitive] [من] member-noun … X: at most three words, none of them a name
  let member = false;
  for (let n = 0; i < src.first; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (named(ai, i) || (t.kind !== "word" && t.kind !== "number") || ++n > 3) return false;
    if (MEMBERS.has(t.norm)) member = true;
    else if (!(isCount(t) || isPartitiveWord(t) || t.norm === "من")) return false;
  }
  return member;
}

/** "قتل شرطي تركي": one indefinite noun, then the nationality adjective naming the victim's country. */
export function nationalOfOne(ai: ArgIndex, src: Arg, i: number): boolean {
  const t = ai.toks[i];
  if (src.first !== src.last || i !== src.first - 1 || named(ai, i) || t.kind !== "word") return false;
  if (isDefinite(t) || isDefinite(ai.toks[src.first]) || isCount(t)) return false;
  return INDEFINITE_NISBA.test(ai.toks[src.first].norm);
}

/** "قتل شرطي تركي ومدني": a word joined by و right after the phrase adds a victim; it is no object. */
export function joinedNext(ai: ArgIndex, from: number): boolean {
  let i = from;
  while (i < ai.toks.length && isTransparent(ai.toks[i])) i++;
  const t = ai.toks[i];
  return !!t && t.kind === "word" && joinedByWa(t);
}
