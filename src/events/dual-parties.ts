// "وعقدت X وY اجتماعا … وأكد الجانبان …، وطالبا الأمم المتحدة …، في ختام مباحثاتهما": a dual (a
// verb's ending, a possessive هما, or a dual noun for the two sides) stands for two parties named
// together before it. Their joint act is coded as the guidelines' gold codes a joint statement: the
// first named is the source; a meeting or deal between them has the other as its target, a
// statement keeps its own object. Without this the dual's source was whatever actor stood nearest
// (often the second party, or the object of the statement).
import type { Token } from "../core/document.ts";
import { isActorType } from "../actors/mentions.ts";
import { type Arg, type ArgIndex, headsName, isNisba } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

/** "الجانبان"، "الطرفان"، "البلدان": a noun in the dual for two parties named before. */
const DUAL_PARTY = wordClass("dual-party");
const WAW = 0x648;
/** How far back (in tokens) the two parties may be named: about three sentences of news. */
const PAIR_WINDOW = 120;

/** Does token i (quote marks skipped) begin with a dual-party noun ("الجانبان"، "وأكد الطرفان")? */
export function dualPartyAt(toks: Token[], i: number, end: number): boolean {
  while (i < end && isTransparent(toks[i])) i++;
  if (i >= end) return false;
  const t = toks[i];
  return t.kind === "word" && (DUAL_PARTY.has(t.norm) || t.readings.some((r) => DUAL_PARTY.has(r.norm)));
}

/** Does the token carry the dual possessive or object pronoun ("مباحثاتهما"، "ويحثانه" has none)? */
export const dualPronoun = (t: Token): boolean => t.kind === "word" && t.readings.some((r) => r.post === "هما");

/** "ووفد"، "وحكومة": و and a word that heads the name after it (not "وزير": و is its own letter). */
function headAfterWaw(t: Token): boolean {
  const n = t.norm;
  return t.kind === "word" && n.length > 2 && n.charCodeAt(0) === WAW && headsName(n.slice(1)) && !headsName(n);
}

/** A named actor that can be a party: an entity of an actor type, not a nationality adjective. */
const party = (a: Arg | undefined): a is Arg => !!a && a.id !== null && !!a.type && isActorType(a.type) && !isNisba(a);

/** The nearest "X وY" before token `at`: two named actors, the second joined by و (on its own word or
 *  a word of a title or state before it: "ووفد سودانيا"), at most one word between the first and the
 *  و; within PAIR_WINDOW tokens. Returns [X, Y] or null. */
export function pairBefore(ai: ArgIndex, at: number): [Arg, Arg] | null {
  const { toks, doc } = ai;
  for (let i = at - 1; i >= Math.max(1, at - PAIR_WINDOW); i--) {
    const y = ai.at[i];
    if (!party(y) || y.last !== i) continue;
    i = y.first;
    // the و: a letter before the mention inside its first token, or a word of its own before it,
    // or the first letter of one (a title or head) word before the mention
    // (quote marks may stand around either name: "«X» و«Y»")
    let join = -1;
    const t = toks[y.first];
    let p = y.first - 1;
    while (p > 0 && isTransparent(toks[p])) p--;
    if (y.start > t.start && doc.text.charCodeAt(y.start - 1) === WAW) join = y.first;
    else if (p > 0 && !ai.at[p] && (toks[p].norm === "و" || headAfterWaw(toks[p]))) join = p;
    if (join < 0) continue;
    for (let j = join - 1, n = 0; j >= 0 && n < 2; j--) {
      const u = toks[j];
      if (isTransparent(u)) continue;
      n++;
      if (isBreak(u)) break;
      const x = ai.at[j];
      if (x) { if (party(x) && x.last === j && x.id !== y.id) return [x, y]; break; }
    }
  }
  return null;
}

const MEETING = new Set(["CONSULT", "AGREE", "COOPERATE"]);
/** The source and target of an act of two parties together: the first party is the source; a
 *  meeting, deal or cooperation is with the second ("تعاونتا في كتابة … مادوكس": not with a name
 *  after it); any other act keeps a target of its own that is not one of the two. */
export function jointRoles(pair: [Arg, Arg], tgt: Arg | null, type: string): { src: Arg; tgt: Arg | null } {
  const [x, y] = pair;
  const own = tgt && tgt.id !== x.id && tgt.id !== y.id ? tgt : null;
  return { src: x, tgt: MEETING.has(type) ? y : own };
}
