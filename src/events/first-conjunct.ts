// "المقاومة الشعبية والجيش الوطني سيطروا على المدينة": a subject of coordinated actors before its
// verb (or before the support verb of a masdar) is found from the verb backwards, so the nearest,
// the last conjunct, was taken; coders name the first as the one who acts. From a source that stands
// before its trigger and opens with the conjunction و, this walks back over the actors joined to
// it ("X وY وZ"; a place after a conjunct, "الحرس في وادي الريح وقوات الجيش", is stepped over) to
// the first, when that one opens its clause (sentence start, a break, أن/إن/حيث …) and no
// preposition governs it ("التحق بالمقاومة والجيش" is no subject).
import { type Arg, type ArgIndex, SUBJECT_FENCES, actorAt, isPlace, prepOf } from "./arguments.ts";
import { isBreak, isTransparent, opensClause } from "./clause.ts";
import { placeRank } from "./places.ts";

const WAW = 0x648;
/** Words after which a clause's subject begins ("أن المقاومة والجيش سيطروا"): the subject
 *  finder's fences (arguments.ts) and إذ. */
const OPENERS = new Set([...SUBJECT_FENCES, "اذ"]);
const IN = "في";

/** The first of the actors joined by و whose last one is `src` (standing before `at`, in the
 *  sentence from token `a`), or `src` itself when it is joined to none or the first does not open
 *  its clause. */
export function firstConjunct(ai: ArgIndex, src: Arg | null, a: number, at: number): Arg | null {
  if (!src || src.last >= at || src.first <= a) return src;
  let cur = src, moved = false;
  for (let hops = 0; hops < 4; hops++) {
    const prev = joinedBefore(ai, cur, a);
    if (!prev) break;
    cur = prev; moved = true;
  }
  if (!moved || !opensItsClause(ai, cur, a) || prepOf(ai, cur) !== null) return src;
  if (isPlace(cur) && placeRank(cur) > 0) return src; // a city is where, not who
  return cur;
}

/** The actor joined by و to `x` right before it ("X وY"، "X في P وY"), or null. */
function joinedBefore(ai: ArgIndex, x: Arg, a: number): Arg | null {
  const toks = ai.toks, text = ai.doc.text;
  let j: number;
  // the و on x's first word ("والجيش"), or a و written apart
  if (x.start > toks[x.first].start && text.charCodeAt(x.start - 1) === WAW) j = x.first - 1;
  else if (x.first - 1 > a && toks[x.first - 1].norm === "و") j = x.first - 2;
  else return null;
  while (j > a && isTransparent(toks[j])) j--;
  if (j < a) return null;
  let c = actorAt(ai, j);
  // "الحرس الشعبي في وادي الريح وقوات الجيش": a place after في belongs to the conjunct before it
  if (c && isPlace(c) && c.last === j && c.first - 1 > a && toks[c.first - 1].norm === IN) c = actorAt(ai, c.first - 2);
  if (!c || c.last >= x.first || c.id !== null && c.id === x.id) return null;
  // (the conjunct must end right there: "أكثر من X وY" is no subject)
  return c;
}

/** Does `x` open its clause: the sentence's start, a break, a clause opener or أن/إن before it? */
function opensItsClause(ai: ArgIndex, x: Arg, a: number): boolean {
  let p = x.first - 1;
  while (p >= a && isTransparent(ai.toks[p])) p--;
  if (p < a) return true;
  const t = ai.toks[p];
  return isBreak(t) || opensClause(t) || OPENERS.has(t.norm);
}
