// Unnamed forces given their state: soldiers of a state whose army the document names, security
// forces and authorities of the state the story is in, rebels as the document's main militant group.
import { type Arg, argAs, isNisba, nisbaHead } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import type { Ctx } from "./event-context.ts";
import { armyNamed } from "./places.ts";
import { LOYAL } from "./affiliated-forces.ts";
import { sentenceOf } from "./sentences.ts";
import { documentGroup, documentState, sentenceState } from "./story-state.ts";
import { wordClass } from "./word-classes.ts";

const SOLDIERS = wordClass("soldier");
export function soldiers(ctx: Ctx, x: Arg | null): Arg | null {
  if (!x || !isNisba(x)) return x;
  const h = nisbaHead(ctx.ai, x);
  if (h < 0 || !SOLDIERS.has(bareWord(ctx.toks[h]))) return x;
  const army = armyNamed(ctx.doc, x);
  return army ? argAs(x, army, "ORG") : x;
}

const OWN_FORCES = wordClass("own-army");
const OWN_AUTHORITY = wordClass("own-authority");
const OWN_ADJECTIVE = wordClass("own-forces-adjective");
/** An unnamed security body ("قوات الأمن"، "الشرطة"), "الجيش" or "السلطات" alone, or forces with a
 *  state's own adjective ("القوات المسلحة"، "القوات الحكومية"), given the id of the state
 *  the places of its sentence (or the one before) belong to, else of the country the document
 *  names far more than any other; unchanged when there is none. Its words stay the actor's text. */
export function ownForces(ctx: Ctx, x: Arg | null, a: number, b: number): Arg | null {
  if (!x || x.id) return x;
  const next = ctx.toks[x.last + 1];
  // "القوات المسلحة"، "القوات الحكومية": forces named by a state's own adjective are the state's
  const stateAdj = !!next && next.kind === "word" && OWN_ADJECTIVE.has(bareWord(next));
  // ("قوات الجيش": a force head and the army word, one actor ending in the army word: army-of-force.ts)
  const one = x.first === x.last || OWN_FORCES.has(bareWord(ctx.toks[x.last])) ? bareWord(ctx.toks[x.last]) : "";
  if (!(x.role === "security" || OWN_FORCES.has(one) || OWN_AUTHORITY.has(one) || (stateAdj && SOLDIERS.has(one)))) return x;
  // "رجلا الأمن الأوكرانيان": a nationality the knowledge base does not know names another state;
  // "الجزء «الآمن»" (safe) is not "الأمن" (security), though they fold alike
  // ("الجيش الموالي للشرعية": a word of loyalty is no nationality)
  if ((next && !stateAdj && !ctx.ai.at[x.last + 1] && !LOYAL.has(bareWord(next)) && /^ال\S+(ي|يه|يان|يين|يون)$/.test(next.norm)) || x.text.includes("آ")) return x;
  const sa = sentenceOf(ctx.es, a);
  const prev = sa > 0 ? ctx.sents[sa - 1] : null;
  const state = sentenceState(ctx, a, b) ?? (prev ? sentenceState(ctx, prev[0], prev[1]) : null) ?? documentState(ctx);
  return state ? argAs(x, state, x.type) : x;
}

/** A definite generic actor of the `rebels` role (generic-actors.tsv: "المتمردين"، "الإرهابيين") with
 *  the id of the militant group the document names most (documentGroup); unchanged otherwise. */
export function rebelGroup(ctx: Ctx, x: Arg | null): Arg | null {
  if (!x || x.id || x.role !== "rebels" || x.first !== x.last || !ctx.toks[x.first].readings.some((r) => r.article)) return x;
  const g = documentGroup(ctx);
  return g ? argAs(x, g, "ORG") : x;
}
