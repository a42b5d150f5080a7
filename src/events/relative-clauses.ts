// Relative clauses around a trigger: the verb of one on a masdar, the relative pronoun before a
// verb, the event noun or actor a clause hangs on. They decide when a verb tells more about an
// event already named instead of a new one.
import type { Token } from "../core/document.ts";
import { type Trigger, supportVerbIndex } from "../lexicon/triggers.ts";
import { type Arg, isPlace } from "./arguments.ts";
import { isBreak, isRelative, isTransparent } from "./clause.ts";
import type { Cand, Ctx } from "./event-context.ts";
import { OBJECT_POST } from "./verb-words.ts";

/** The verb of a relative clause on a masdar ("التفجير (الإرهابي) الذي استهدف"), or -1. An
 *  indefinite noun takes its relative clause without الذي: a support verb carrying the noun as its
 *  object pronoun right after it (and its adjectives) is one ("غارات جوية نفذتها طائرات التحالف"،
 *  "هجوم شنه مسلحون"). */
export function relativeVerbAfter(ctx: Ctx, from: number, end: number): number {
  for (let i = from; i < Math.min(end - 1, from + 3); i++) {
    const t = ctx.toks[i];
    if (isBreak(t)) return -1;
    if (isRelative(t)) { let v = i + 1; while (v < end && (ctx.toks[v].norm === "تم" || ctx.toks[v].norm === "قد")) v++; return v < end ? v : -1; }
    if (supportVerbObject(t) && !namedBetween(ctx, from, i)) return i;
  }
  return -1;
}

const namedBetween = (ctx: Ctx, from: number, to: number): boolean => { for (let i = from; i < to; i++) if (ctx.ai.at[i]) return true; return false; };

/** "شنها"، "نفذته": a support verb with an object pronoun (no و/ف before it: a joined verb is a clause of its own). */
function supportVerbObject(t: Token): boolean {
  if (/^[وف]/.test(t.norm)) return false;
  for (const r of t.readings) if (OBJECT_POST.has(r.post) && supportVerbIndex().hasFirst(r.norm)) return true;
  return false;
}

/** Index of a relative pronoun right before the verb (an adverb may stand between), or -1. */
export function relativeBefore(toks: Token[], at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    if (isRelative(toks[i])) return i;
    if (toks[i].norm !== "تم" && toks[i].norm !== "قد" && !isTransparent(toks[i])) return -1;
  }
  return -1;
}

/** "غارة جوية أميركية استهدفت": the match index of an event noun of the verb's type right before
 *  it (only adjectives of its shape, ـي/ـية, and quote marks between; the verb without و/ف) whose
 *  event is its own (not merged into another told in the sentence), or -1. */
export function nounBefore(ctx: Ctx, verb: number, trig: Trigger, byMatch: Map<number, Cand>): number {
  const k = eventNounBefore(ctx, verb, trig);
  const c = k >= 0 ? byMatch.get(k) : undefined;
  return c && ctx.triggerAt[c.m.start] === k ? k : -1;
}
function eventNounBefore(ctx: Ctx, verb: number, trig: Trigger): number {
  if (/^[وف]/.test(ctx.toks[verb].norm)) return -1;
  for (let i = verb - 1, n = 0; i >= 0 && n < 3; i--) {
    const t = ctx.toks[i];
    if (isTransparent(t)) continue;
    const k = ctx.triggerAt[i];
    if (k >= 0) return ctx.matchValues[k].every((v) => v.pos === "noun" && v.type === trig.type) ? k : -1;
    if (t.kind !== "word" || !/..(ي|ية)$/.test(t.text)) return -1;
    n++;
  }
  return -1;
}

/** The trigger a relative clause hangs on: "التفجير (الإرهابي) الذي …" → its match index, or -1. */
export function antecedentTrigger(ctx: Ctx, rel: number): number {
  for (let i = rel - 1; i >= Math.max(0, rel - 3); i--) {
    if (isBreak(ctx.toks[i])) return -1;
    if (ctx.triggerAt[i] >= 0) return ctx.triggerAt[i];
  }
  return -1;
}

export function antecedentActor(ctx: Ctx, rel: number): Arg | null {
  for (let i = rel - 1; i >= Math.max(0, rel - 3); i--) {
    if (isBreak(ctx.toks[i]) && ctx.toks[i].text !== "،") return null;
    const a = ctx.ai.at[i];
    if (a && (a.type === null || !isPlace(a) || a.type === "GPE")) return a;
  }
  return null;
}
