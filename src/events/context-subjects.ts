// Subjects found outside the trigger's own clause: a coordinated verb's, one carried from the
// sentence before, a title's holder, the sender after من, the speaker's home country and the
// quote's speaker for a state.
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { type Trigger, supportVerbIndex } from "../lexicon/triggers.ts";
import { type Arg, type ArgIndex, actorAt, makeArg, personAfterTitle, sameActor, subjectAfter } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { HOME } from "./event-classes.ts";
import type { Cand, Ctx } from "./event-context.ts";
import { carriedSubject } from "./implicit-subjects.ts";
import { stateOfActor } from "./places.ts";
import { sentenceOf } from "./sentences.ts";

/** The subject before a verb, or the person its title names ("مسؤولين في الكاميرون ألقوا"). At
 *  module level: a function declared inside build() cost tsx's __name() per trigger (PERF.md, session 11). */
export function titledBefore(ai: ArgIndex, x: Arg | null, at: number): Arg | null { return x && personAfterTitle(ai, x, at); }

/** "(اتصالا هاتفيا أمس) من ملك المغرب الملك محمد السادس": after من within three words, the first
 *  person within six words, else the first named actor; null when no من. */
export function senderAfter(ai: ArgIndex, from: number, end: number): Arg | null {
  let i = from;
  while (i < Math.min(end, from + 3) && ai.toks[i].norm !== "من") { if (isBreak(ai.toks[i]) || ai.at[i]) return null; i++; }
  if (i >= end || ai.toks[i].norm !== "من") return null;
  let first: Arg | null = null;
  for (let k = i + 1; k < Math.min(end, i + 7); k++) {
    if (isBreak(ai.toks[k])) break;
    const a = actorAt(ai, k);
    if (!a?.id) continue;
    if (a.type === "PERSON") return a;
    first ??= a;
    k = a.last;
  }
  return first;
}

/** "شنت غارات" names its actor; "اندلعت اشتباكات"، "جرى بحث" do not (support-verbs.tsv: masdar). */
export function carriesActor(ctx: Ctx, sv: number): boolean {
  const m = supportVerbIndex().matchAt(ctx.toks, sv);
  return !!m && m.values.every((v) => v.masdarObject);
}

/** The subject a sentence-opening verb carries over from the body sentence before (carriedSubject);
 *  `objectNext`: the name after the verb was found to be its object (verb-agreement.ts). */
export function carried(ctx: Ctx, verb: number, a: number, sent: number, objectNext = false): Arg | null {
  if (sent === 0 || ctx.heading[sent] || ctx.heading[sent - 1]) return null;
  const [pa, pb] = ctx.sents[sent - 1];
  return carriedSubject(ctx.ai, verb, a, pa, pb, ctx.isTrigger, objectNext);
}

/** "يهاجمون الثكنة ويقتلون"، "نفذت غارات … واعتقلت": a verb joined by و/ف to an event verb (or a
 *  support verb's masdar) shortly before it in the sentence takes that verb's subject; `masdarOnly`:
 *  only a support verb's (an unnamed noun after the verb was read as its subject). */
export function coordinatedSubject(ctx: Ctx, m: PhraseMatch<Trigger>, sent: number, byMatch: Map<number, Cand>, masdarOnly = false): Arg | null {
  if (!/^[وف]/.test(ctx.toks[m.start].norm)) return null;
  const k = ctx.triggerAt[m.start];
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const c = byMatch.get(j);
    if (!c || c.sent !== sent) continue;
    // ("نفذت غارات … واعتقلت": a masdar under a support verb is that verb's act)
    if ((c.trig.pos === "noun" ? !c.supportVerb : masdarOnly) || m.start - c.m.end > 12) return null;
    return c.src && c.src.start >= 0 ? c.src : null;
  }
  return null;
}

/** "تضامن بلاده"، "وقوف بلاده": the speaker's country — the nearest country named before, in the
 *  sentence (his title: "الناطق باسم الحكومة الأردنية") or the one before it. */
export function homeCountry(ctx: Ctx, at: number, a: number, trigger: number): Arg | null {
  let i = at;
  while (i < ctx.toks.length && isTransparent(ctx.toks[i])) i++;
  if (!HOME.test(ctx.toks[i]?.norm ?? "")) return null;
  const from = ctx.sents[Math.max(0, sentenceOf(ctx.es, a) - 1)][0];
  for (let k = trigger - 1; k >= from; k--) {
    const x = ctx.ai.at[k];
    const state = x?.id ? stateOfActor(ctx.doc, x) : null;
    if (!state) continue;
    return state === x!.id ? x! : makeArg(state, "GPE", -1, -1, "", x!.first, x!.last, x!.clitic, x!.role);
  }
  return null;
}

/** The subject of the reporting verb that opens a quote ("وأكدت الخارجية المصرية … [quote]"):
 *  the first bare actor between the sentence start and the quote, the person after a title's
 *  nationality adjective ("وزير الخارجية الإماراتي عبدالله …"); null when none. */
function quoteSubject(ctx: Ctx, quoteStart: number, a: number): Arg | null {
  let q = a;
  while (q < ctx.toks.length && ctx.toks[q].start < quoteStart) q++;
  const s = subjectAfter(ctx.ai, a, q);
  return s ? personAfterTitle(ctx.ai, s, q) : null;
}

/** The quote's speaker when it speaks for the state `actor` is (or belongs to), else null. */
export function speakerFor(ctx: Ctx, quoteStart: number, a: number, actor: Arg): Arg | null {
  const sp = quoteSubject(ctx, quoteStart, a);
  const state = stateOfActor(ctx.doc, actor);
  return sp && state && !sameActor(sp, actor) && stateOfActor(ctx.doc, sp) === state ? sp : null;
}
