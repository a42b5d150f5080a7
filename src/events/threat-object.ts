// Whom a threat is aimed at when the verb names the threatened act: "هدد التنظيم بقتل X"، "توعد
// الجيش بضرب مواقع X". The verb's own object slot is empty; the masdar after بـ names the act, and
// whom that act would strike is whom the threat is aimed at.
import type { Token } from "../core/document.ts";
import { objectAfter, type Arg, type ArgIndex } from "./arguments.ts";
import { isTransparent } from "./clause.ts";

const withBa = (t: Token): boolean => {
  for (const r of t.readings) if (r.pre.endsWith("ب")) return true;
  return false;
};

/** The target of an event noun carrying بـ within two words of `from` (a trigger by `isTrigger`),
 *  read as the object after it in the clause ending at `end`; else null. */
export function threatObject(ai: ArgIndex, from: number, end: number, src: Arg | null, isTrigger: (i: number) => boolean): Arg | null {
  for (let i = from, n = 0; i < end && n < 2; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    n++;
    if (t.kind !== "word" || ai.at[i]) return null;
    if (!isTrigger(i) || !withBa(t)) continue;
    return objectAfter(ai, i + 1, end, src, true, (k) => k > i + 1 && isTrigger(k));
  }
  return null;
}
