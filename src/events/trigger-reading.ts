// Which reading of a trigger match stands: a word that is both a verb and a masdar read from the
// words around it, a guarded row's unguarded twin, and what the readings make of it as an act a
// statement is about. Split from find-events.ts so that the choice of reading reads on its own.
import type { Token } from "../core/document.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { type Trigger, supportVerbIndex } from "../lexicon/triggers.ts";
import { bareIn, isBreak, isPrepWord, isTransparent } from "./clause.ts";
import { HOME, PREP_ONLY_B } from "./event-classes.ts";
import type { Ctx } from "./event-context.ts";
import { underAnalysisHead } from "./occurrence.ts";

/** A word that is both a verb and a masdar ("طرد"، "قتل"): a masdar after a preposition, a support
 *  verb or another verb, else the verb. Blockers (type null) win when they match. */
export function chooseReading(ctx: Ctx, m: PhraseMatch<Trigger>): Trigger | null {
  let verb: Trigger | undefined, noun: Trigger | undefined;
  for (const v of m.values) {
    if (!v.type) return null;
    if (v.pos === "noun") noun ??= v; else verb ??= v;
  }
  let p = m.start - 1;
  while (p >= 0 && isTransparent(ctx.toks[p])) p--;
  const prev = ctx.toks[p];
  // "في تصديها": no verb follows a preposition
  if (verb && !noun && underAnalysisHead(ctx.toks, m.start)) return null; // "أكثر تعاونا": an accusative noun, no verb
  if (verb && !noun) return prev && bareIn(prev, PREP_ONLY_B) ? null : verb; // (ما is no preposition)
  if (!verb || !noun) return m.values[0] ?? null;
  // "تضامن بلاده": a verb would agree with its subject (تضامنت بلاده); this is the masdar
  if (HOME.test(nextWord(ctx.toks, m.end)?.norm ?? "")) return noun;
  // "مقتل جندي وجرح اثنين": coordinated with an event noun just before, it is a noun too
  if (/^و/.test(ctx.toks[m.start].norm)) {
    for (let i = m.start - 1; i >= Math.max(0, m.start - 4); i--) {
      if (isBreak(ctx.toks[i])) break;
      const k = ctx.triggerAt[i];
      if (k >= 0 && ctx.matchValues[k].every((v) => v.pos === "noun")) return noun;
    }
  }
  if (!prev || isBreak(prev)) return verb;
  // "أكثر تعاونا"، "إطار عمل تعاون": after a head noun of analysis or frame it is a noun in construct
  if (underAnalysisHead(ctx.toks, m.start)) return noun;
  if (isPrepWord(prev) || ctx.triggerAt[p] >= 0 || supportVerbIndex().matchAt(ctx.toks, p)) return noun;
  return verb;
}

/** "وأسرت" is the row أسر/يأسر (guarded: أسر is also "families") and the row أسرت (a form no noun
 *  shares): when the reading chosen fails its own row's guard (needs, next word, unless), another
 *  reading of the same type and part of speech with no guard of its own stands, else null. */
export function unguardedReading(values: readonly Trigger[], failed: Trigger): Trigger | null {
  const verbal = failed.pos !== "noun";
  for (const v of values) if (v !== failed && v.type === failed.type && (v.pos !== "noun") === verbal && !v.needs && !v.next && !v.unless) return v;
  return null;
}
export const guarded = (v: Trigger): boolean => !!v.type && !!(v.needs || v.next);

/** What the readings of a trigger match make it as an act a statement is about (condemned-act.ts). */
export function nounKind(vs: Trigger[]): 0 | 1 | 2 {
  for (const v of vs) if (v.type && v.pos === "noun") return v.patientGenitive ? 2 : 1;
  return 0;
}

/** The next token that is not transparent (a mark or tatweel), or undefined. */
function nextWord(toks: Token[], i: number): Token | undefined {
  while (i < toks.length && isTransparent(toks[i])) i++;
  return toks[i];
}
