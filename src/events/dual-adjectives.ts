// "اتفق الجانبان المصري واليمني"، "مباحثات بين الجانبين السعودي والأردني": the dual noun for two sides
// followed by two nationality adjectives names the two parties itself; without this the parties were
// looked for before the dual ("X وY", dual-parties.ts pairBefore) and the act lost its second party.
import { type Arg, type ArgIndex, isNisba } from "./arguments.ts";
import { isTransparent } from "./clause.ts";
import { dualPartyAt } from "./dual-parties.ts";

const WAW = 0x648;

/** The two states a dual-party noun at or after token `i` (quote marks skipped) names by their
 *  adjectives right after it ("الجانبان المصري واليمني"): [first, second], or null. */
export function pairAfterDual(ai: ArgIndex, i: number, end: number): [Arg, Arg] | null {
  const toks = ai.toks;
  while (i < end && isTransparent(toks[i])) i++;
  if (i >= end || !dualPartyAt(toks, i, end)) return null;
  return adjectivePair(ai, i + 1, end, false);
}

/** "الاتفاق الأميركي التركي"، "التعاون الفرنسي - اللبناني"، "المفاوضات الفلسطينية الإسرائيلية": a noun of
 *  a joint act (a deal, talks, cooperation) followed right away by two nationality adjectives names
 *  its two parties, as the dual noun does above; the second may follow with no و or after a dash
 *  (branch evtrig23; the noun had no actor and told no event). [first, second], or null. */
export function pairAfterNoun(ai: ArgIndex, from: number, end: number): [Arg, Arg] | null {
  return adjectivePair(ai, from, end, true);
}

/** Two different states' adjectives from token `i`: the second joined by و (inside its token or
 *  apart), or, when `bare`, right after the first or after a dash. */
function adjectivePair(ai: ArgIndex, i: number, end: number, bare: boolean): [Arg, Arg] | null {
  const toks = ai.toks;
  const x = ai.at[i];
  if (i >= end || !adjective(x, i)) return null;
  // the second: "واليمني" (و inside its token) or "و" "اليمني"
  let j = x!.last + 1;
  if (bare && j < end && DASHES.has(toks[j].text)) j++;
  let y = ai.at[j];
  if (!y && toks[j]?.norm === "و") y = ai.at[++j];
  else if (y && !bare && !(y.start > toks[j].start && ai.doc.text.charCodeAt(y.start - 1) === WAW)) return null;
  if (j >= end || !adjective(y, j) || y!.id === x!.id) return null;
  return [x!, y!];
}

const DASHES = new Set(["-", "–", "—"]);

/** A state's nationality adjective beginning at token `at`. */
function adjective(a: Arg | undefined, at: number): boolean {
  return !!a && a.first === at && a.id !== null && a.type === "GPE" && isNisba(a);
}
