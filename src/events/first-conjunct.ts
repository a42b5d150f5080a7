// "المقاومة الشعبية والجيش الوطني سيطروا على المدينة": a subject of coordinated actors before its
// verb (or before the support verb of a masdar) is found from the verb backwards, so the nearest,
// the last conjunct, was taken; coders name the first as the one who acts. From a source that stands
// before its trigger and opens with the conjunction و, this walks back over the actors joined to
// it ("X وY وZ"; a place after a conjunct, "الحرس في وادي الريح وقوات الجيش", is stepped over) to
// the first, when that one opens its clause (sentence start, a break, أن/إن/حيث …) and no
// preposition governs it ("التحق بالمقاومة والجيش" is no subject). A conjunct may be the forces or
// followers of a person, the و on their head word ("الجبهة وقوات الزعيم فلان شنوا هجوما"): the man
// is the actor found, the first conjunct still the one who acts (branch evact17).
import { type Arg, type ArgIndex, SUBJECT_FENCES, actorAt, isPlace, objectAfter, prepOf } from "./arguments.ts";
import { bareWord, isBreak, isPrepWord, isTransparent, opensClause } from "./clause.ts";
import { placeRank } from "./places.ts";
import { wordClass } from "./word-classes.ts";

/** "وقوات"، "وأنصار": heads of a person's forces or followers (event-word-classes.tsv: follower-head). */
const FOLLOWERS = wordClass("follower-head");
/** Words between such a head and the man's name ("وقوات الرئيس السابق فلان"): at most two. */
const TITLE_WORDS = 2;

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

/** "وقصفت الجبهة وأنصار الزعيم فلان القرى": a target that is the forces or followers of a man
 *  joined by و right after the source is a second subject; the object is looked for after it. */
export function pastCoSubject(ai: ArgIndex, src: Arg | null, tgt: Arg | null, a: number, b: number): Arg | null {
  if (!src || !tgt || src.first < a || tgt.first <= src.last || (between(ai, src, a) && !oneSide(ai, tgt))) return tgt;
  const man = ai.at[tgt.last + 1];
  // the man after the head ("وأنصار فلان"), or the forces named as a body before him ("وقوات الزعيم فلان")
  const joined = tgt.type === "PERSON" ? followerHead(ai, tgt, a) === src.last
    : tgt.type === "ORG" && man?.type === "PERSON" && man.first === tgt.last + 1 && tgt.first - 1 === src.last && followerBody(ai, tgt);
  return joined ? objectAfter(ai, tgt.last + 1, b, src) : tgt;
}

/** Does the body `x` open with a follower head carrying و ("وقوات الزعيم")? */
function followerBody(ai: ArgIndex, x: Arg): boolean {
  const t = ai.toks[x.first];
  return t.norm.charCodeAt(0) === WAW && FOLLOWERS.has(bareWord(t));
}

/** "بين الحرس وقوات فلان": the two sides of a clash, each the other's target. */
function between(ai: ArgIndex, src: Arg, a: number): boolean {
  let p = src.first - 1;
  while (p >= a && isTransparent(ai.toks[p])) p--;
  return p >= a && bareWord(ai.toks[p]) === "بين";
}

/** "بين الجبهة وقوات فلان من جهة، والحرس من جهة أخرى": the conjuncts before "من جهة" are one side. */
function oneSide(ai: ArgIndex, x: Arg): boolean {
  const t = ai.toks[x.last + 1], u = ai.toks[x.last + 2];
  return !!t && !!u && t.norm === "من" && u.norm === "جهه";
}

/** The actor joined by و to `x` right before it ("X وY"، "X في P وY"), or null. */
function joinedBefore(ai: ArgIndex, x: Arg, a: number): Arg | null {
  const toks = ai.toks, text = ai.doc.text;
  // ("وقوات الزعيم فلان": the forces named as a body of their own, right before the man)
  const body = x.type === "PERSON" && x.first - 1 > a ? ai.at[x.first - 1] : undefined;
  if (body && body.type === "ORG" && body.id && body.last === x.first - 1 && followerBody(ai, body)) x = body;
  let j: number;
  // the و on x's first word ("والجيش"), or a و written apart
  if (x.start > toks[x.first].start && text.charCodeAt(x.start - 1) === WAW) j = x.first - 1;
  else if (x.first - 1 > a && toks[x.first - 1].norm === "و") j = x.first - 2;
  else if ((j = followerHead(ai, x, a)) < 0) return null;
  while (j > a && isTransparent(toks[j])) j--;
  if (j < a) return null;
  let c = actorAt(ai, j);
  // "الحرس الشعبي في وادي الريح وقوات الجيش": a place after في belongs to the conjunct before it
  if (c && isPlace(c) && c.last === j && c.first - 1 > a && toks[c.first - 1].norm === IN) c = actorAt(ai, c.first - 2);
  if (!c || c.last >= x.first || c.id !== null && c.id === x.id) return null;
  // (the conjunct must end right there: "أكثر من X وY" is no subject)
  return c;
}

/** The token before the head of "وقوات [الزعيم] X" when `x` is a person that head's و joins
 *  to what stands before it; else -1. */
export function followerHead(ai: ArgIndex, x: Arg, a: number): number {
  if (x.type !== "PERSON") return -1;
  const toks = ai.toks;
  for (let h = x.first - 1, n = 0; h > a && n <= TITLE_WORDS; h--, n++) {
    const t = toks[h];
    if (t.kind !== "word" || isPrepWord(t)) return -1;
    // (the head may stand alone as a generic actor: "وأنصار" is people)
    const g = ai.at[h];
    if (t.norm.charCodeAt(0) === WAW) return FOLLOWERS.has(bareWord(t)) && (!g || (!g.id && g.first === h && g.last === h)) ? h - 1 : -1;
    if (g) return -1;
  }
  return -1;
}

/** Does `x` open its clause: the sentence's start, a break, a clause opener or أن/إن before it
 *  (past one head of forces the name does not cover: "أن ميليشيات الجبهة وقوات فلان")? */
function opensItsClause(ai: ArgIndex, x: Arg, a: number): boolean {
  let p = x.first - 1;
  while (p >= a && isTransparent(ai.toks[p])) p--;
  if (p > a && !ai.at[p] && FOLLOWERS.has(bareWord(ai.toks[p]))) p--;
  if (p < a) return true;
  const t = ai.toks[p];
  return isBreak(t) || opensClause(t) || OPENERS.has(t.norm);
}
