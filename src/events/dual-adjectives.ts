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
  const x = ai.at[i + 1];
  if (!adjective(x, i + 1)) return null;
  // the second: "واليمني" (و inside its token) or "و" "اليمني"
  let j = x!.last + 1;
  let y = ai.at[j];
  if (!y && toks[j]?.norm === "و") y = ai.at[++j];
  else if (y && !(y.start > toks[j].start && ai.doc.text.charCodeAt(y.start - 1) === WAW)) return null;
  if (!adjective(y, j) || y!.id === x!.id) return null;
  return [x!, y!];
}

/** A state's nationality adjective beginning at token `at`. */
function adjective(a: Arg | undefined, at: number): boolean {
  return !!a && a.first === at && a.id !== null && a.type === "GPE" && isNisba(a);
}
