// "قد تهاجم الجبهة البلدة"، "ربما يلتقي الوزيران": قد (or ربما، لعل) right before an imperfect
// verb makes its act a possibility the writer weighs, not one the news tells; before a perfect
// ("قد هاجمت") قد tells that it happened, so only the imperfect is turned down. A threat is a
// statement of what may come, so THREATEN keeps its reading ("قد يثأرون" is coded as one).
// (E, H, K and dev gold: of the events whose trigger follows قد/ربما/لعل, the only imperfect one
// is a THREATEN.)
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { isTransparent } from "./clause.ts";
import { isImperfect } from "./occurrence.ts";
import { wordClass } from "./word-classes.ts";

const PARTICLES = wordClass("possibility-particle");

/** Is the verb trigger at `at` an imperfect after a particle of possibility? */
export function isPossibility(toks: Token[], at: number, trig: Trigger): boolean {
  if (trig.type === "THREATEN" || trig.pos !== "verb") return false;
  let p = at - 1;
  while (p >= 0 && isTransparent(toks[p])) p--;
  return p >= 0 && PARTICLES.has(toks[p].norm) && isImperfect(toks[at], trig);
}
