// Who a killing befell when a count names them together with their body: "قتل 40 من مقاتلي
// الجبهة والحزب"، "سبعة من عناصر الجبهة وقوات الحزب قتلوا"، "جنديا نورستانيا قتل". The nearest
// name to the verb was read as its subject, so the victims' own body (or the second of two) became
// the killer. countedGroup (noun-cases.ts) knew only a count right before the name, or من with one
// word between; here the count may stand before a counted noun ("13 عنصرا من"), a member noun may
// stand for it ("عناصر من"), a member noun or a body's head may follow من ("من عناصر"، "من قوات"),
// and the name may be the second of two joined by و (the first, the group's head, is the target).
// Branch evrole19, SaudiNewsNet 2015-07-24/31 (3,000 records): 10 casualty events had their
// victims' body as source so; 9 of them read right after this module.
import { type Arg, type ArgIndex, isPartitiveWord } from "./arguments.ts";
import { isTransparent, joinedByWa } from "./clause.ts";
import { objectFollows } from "./noun-cases.ts";
import { isCount } from "./quantities.ts";
import { isMemberNoun, nationalOfOne } from "./victim-phrase.ts";
import { wordClass } from "./word-classes.ts";
import type { Token } from "../core/document.ts";

const BODY_HEADS = wordClass("counted-body-head");
/** "قوات"، "وميليشيات": a body's head (counted-body-head), with or without و. */
const bodyHead = (t: Token): boolean => BODY_HEADS.has(t.norm) || (joinedByWa(t) && BODY_HEADS.has(t.norm.slice(1)));

/** How far back from the name the count may stand (counted noun, من, member noun, another name). */
const REACH = 8;

/** The body of the counted group of people the named `src` belongs to, "N [noun] من [member noun]
 *  [X و] src": the first name in it (X, else src), or null when src stands in no such group. */
export function countedBody(ai: ArgIndex, src: Arg): Arg | null {
  if (!src.id || src.first < 0) return null; // (a quote's speaker has no words here)
  const { toks } = ai;
  let i = src.first - 1, joined = joinedByWa(toks[src.first]), body = src;
  for (let n = 0; i >= 0 && n < REACH; i--, n++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (t.kind !== "word") return null;
    if (t.norm === "من") break;
    const a = ai.at[i];
    if (a?.id && a.id !== src.id && a.id !== body.id) {
      // ("من الجبهة وقوات الحزب": the name before the one joined by و heads the group)
      if (!joined) return null;
      body = a; joined = false;
    } else if (!a && !isMemberNoun(t) && !bodyHead(t)) return null; // (a member noun, a body's head or an unnamed actor: "عناصر"، "قوات")
    if (joinedByWa(t)) joined = true;
  }
  if (i < 1 || toks[i].norm !== "من") return null;
  // the count: right before من ("عشرة من"، "عدد من"), before a counted noun ("13 عنصرا من"), or
  // a member noun itself ("عنصرين من"، "عناصر من": members, not the body, are who it befell)
  const q = toks[i - 1];
  return isCount(q) || isPartitiveWord(q) || isMemberNoun(q) || (q.kind === "word" && !ai.at[i - 1]?.id && isCount(toks[i - 2])) ? body : null;
}

/** "جنديا نورستانيا قتل": an indefinite noun and the nationality adjective of its country, before
 *  the verb, is who died (the verb is perfect and has no object: the caller asks). */
export const nationalBefore = (ai: ArgIndex, src: Arg): boolean => src.type === "GPE" && src.first > 0 && nationalOfOne(ai, src, src.first - 1);

/** "قتل 3 من زملائه": a count right after the verb (quote marks aside) is its object, so the verb is active. */
function countAfter(ai: ArgIndex, from: number, end: number): boolean {
  let k = from;
  while (k < end && isTransparent(ai.toks[k])) k++;
  return k < end && isCount(ai.toks[k]);
}

/** Is nothing the verb's object after it: no object word, or another act joined by و ("قتل وجرح اثنان")? */
export function noObjectAfter(ai: ArgIndex, from: number, end: number, isTrigger: (i: number) => boolean): boolean {
  let k = from;
  while (k < end && isTransparent(ai.toks[k])) k++;
  if (k < end && isTrigger(k) && joinedByWa(ai.toks[k])) return true;
  return !countAfter(ai, from, end) && !objectFollows(ai, from, end);
}
