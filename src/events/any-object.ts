// "توعدوا بالاستيلاء على أي سفينة ترسو"، "هدد بضرب أي هدف": force aimed at "any" one is not an act
// that happened but one announced for whoever comes: a threat. Only when an announcing verb or a
// threat word governs it; "نفى استهداف أي مناطق" (denied) and "ضرب أي وسيلة" (a policy) stay as they were.
import type { Token } from "../core/document.ts";
import { bareWord, isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const ANY_ONE = wordClass("any-one");
const ANNOUNCE = wordClass("announce-verb");
const THREAT_WORD = wordClass("threat-word");
const AIM = new Set(["علي", "ضد"]);

/** Is the force trigger at [start, end) aimed at "any" X (أي right after it, or after على/ضد) and
 *  governed by an announcing verb or a threat word within three words before it? */
export function threatOnAnyone(toks: Token[], start: number, end: number, a: number): boolean {
  let i = end;
  while (i < toks.length && isTransparent(toks[i])) i++;
  if (toks[i] && AIM.has(toks[i].norm)) i++;
  const t = toks[i];
  if (!t || !(ANY_ONE.has(t.norm) || t.readings.some((r) => ANY_ONE.has(r.bare)))) return false;
  for (let k = start - 1, n = 0; k >= a && n < 3; k--) {
    if (isTransparent(toks[k])) continue;
    n++;
    const w = bareWord(toks[k]);
    if (ANNOUNCE.has(w) || THREAT_WORD.has(w) || toks[k].readings.some((r) => THREAT_WORD.has(r.bare))) return true;
  }
  return false;
}
