// "قد تهاجم الجبهة البلدة"، "ربما يلتقي الوزيران": قد (or ربما، لعل) right before an imperfect
// verb makes its act a possibility the writer weighs, not one the news tells; before a perfect
// ("قد هاجمت") قد tells that it happened, so only the imperfect is turned down. A threat is a
// statement of what may come, so THREATEN keeps its reading ("قد يثأرون" is coded as one).
// (E, H, K and dev gold: of the events whose trigger follows قد/ربما/لعل, the only imperfect one
// is a THREATEN.) Likewise "من شأن زيارة الوزير رفع المعنويات"، "من شأنه أن يعيق": what an act
// would bring about is weighed, not told (EH: 2 predictions in no gold sentence).
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { isImperfect } from "./occurrence.ts";
import { wordClass } from "./word-classes.ts";

const PARTICLES = wordClass("possibility-particle");
const POTENTIAL = wordClass("potential-word");
const FROM = new Set(["من", "ومن", "فمن"]);
const POTENTIAL_REACH = 10; // words back, within the clause

/** Is the verb trigger at `at` an imperfect after a particle of possibility? */
export function isPossibility(toks: Token[], at: number, trig: Trigger): boolean {
  if (trig.type === "THREATEN" || trig.pos !== "verb") return false;
  let p = at - 1;
  while (p >= 0 && isTransparent(toks[p])) p--;
  return p >= 0 && PARTICLES.has(toks[p].norm) && isImperfect(toks[at], trig);
}

/** Is the trigger at `at` within the clause of "من شأن" (would, could) before it? */
export function isPotential(toks: Token[], at: number): boolean {
  for (let i = at - 1, n = 0; i > 0 && n < POTENTIAL_REACH; i--) {
    if (isTransparent(toks[i])) continue;
    if (isBreak(toks[i])) return false;
    if (POTENTIAL.has(toks[i].norm) && FROM.has(toks[i - 1].norm)) return true;
    n++;
  }
  return false;
}
