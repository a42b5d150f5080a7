// "قد تهاجم الجبهة البلدة"، "ربما يلتقي الوزيران": قد (or ربما، لعل) right before an imperfect
// verb makes its act a possibility the writer weighs, not one the news tells; before a perfect
// ("قد هاجمت") قد tells that it happened, so only the imperfect is turned down. A threat is a
// statement of what may come, so THREATEN keeps its reading ("قد ينتقمون" is one).
// (E, H, K and dev gold: of the events whose trigger follows قد/ربما/لعل, the only imperfect one
// is a THREATEN.) Likewise "من شأن زيارة الوزير تهدئة الوضع": what an act would bring about is
// weighed, not told (EH: 2 predictions in no gold sentence); and "في حال رفض البرلمان المعاهدة":
// an act in a condition (up to four words after حال) is supposed (K: 1 prediction in no gold
// sentence; "في حالة حرجة" is a state, so only حال without ة). A threat keeps its reading in
// both: "في حال تحرك الجبهة … سنرد بقوة" is the threat the coders record.
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { isImperfect } from "./occurrence.ts";
import { wordClass } from "./word-classes.ts";

const PARTICLES = wordClass("possibility-particle");
const POTENTIAL = wordClass("potential-word");
const CONDITION_NOUN = wordClass("condition-noun");
const FROM = new Set(["من", "ومن", "فمن"]);
const IN = new Set(["في", "وفي", "ففي"]);
const POTENTIAL_REACH = 10; // words back, within the clause
// (the act supposed follows حال closely: "في حال رفض X"; the answer, often a threat told in the
// future, stands further on: "في حال قيام X بأي تحرك عسكري سيتم التصدي له")
const CONDITION_REACH = 4;

/** Is the verb trigger at `at` an imperfect after a particle of possibility? */
export function isPossibility(toks: Token[], at: number, trig: Trigger): boolean {
  if (trig.type === "THREATEN" || trig.pos !== "verb") return false;
  let p = at - 1;
  while (p >= 0 && isTransparent(toks[p])) p--;
  return p >= 0 && PARTICLES.has(toks[p].norm) && isImperfect(toks[at], trig);
}

/** Is the trigger at `at` within the clause of "من شأن" (would, could) or "في حال" (if) before it? */
export function isPotential(toks: Token[], at: number, trig: Trigger): boolean {
  if (trig.type === "THREATEN") return false;
  for (let i = at - 1, n = 0; i > 0 && n < POTENTIAL_REACH; i--) {
    if (isTransparent(toks[i])) continue;
    if (isBreak(toks[i])) return false;
    const w = toks[i].norm, before = toks[i - 1].norm;
    if ((POTENTIAL.has(w) && FROM.has(before)) || (n < CONDITION_REACH && CONDITION_NOUN.has(w) && IN.has(before))) return true;
    n++;
  }
  return false;
}
