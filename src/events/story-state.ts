// What the whole document is about, found once per document: the state it names most, the militant
// group it names most, a sentence's state, and the place a ground act or a heading takes from them.
import type { Token } from "../core/document.ts";
import { type Arg, isPlace } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import { ON_GROUND } from "./event-classes.ts";
import type { Cand, Ctx } from "./event-context.ts";
import { countryCode, leadPlace, placeRank, stateOf, stateOfActor, subtypeOf } from "./places.ts";
import { wordClass } from "./word-classes.ts";

/** The militant group (knowledge-base subtype) the document names most: at least twice, and half
 *  again as often as any other ("المقاومة الشعبية" is one too, and Yemeni stories name it less than
 *  the Houthis they fight); else null. */
export function documentGroup(ctx: Ctx): string | null {
  if (ctx.docGroup !== undefined) return ctx.docGroup;
  let best: string | null = null, n = 0, next = 0;
  for (const e of ctx.doc.entities) {
    if (e.type !== "ORG" || subtypeOf(e.id) !== "militant_group") continue;
    const c = e.mentions.length;
    if (c > n) { next = n; best = e.id; n = c; } else if (c > next) next = c;
  }
  return (ctx.docGroup = n >= 2 && 2 * n >= 3 * next ? best : null);
}

export function sentenceState(ctx: Ctx, a: number, b: number): string | null {
  for (let i = a; i < b; i++) {
    const p = ctx.ai.at[i];
    if (!p?.id || !isPlace(p)) continue;
    if (backerBefore(ctx.toks, p.first)) { i = p.last; continue; }
    const s = stateOfActor(ctx.doc, p) ?? stateOf(ctx.doc, p);
    if (s) return s;
    i = p.last;
  }
  return null;
}

const BACKER = wordClass("backer-word");
/** "القوات المدعومة من إيران"، "الموالية لإيران": a state named as a body's backer is not the state
 *  the body's own forces belong to. */
function backerBefore(toks: Token[], first: number): boolean {
  const t1 = toks[first - 1], t2 = toks[first - 2];
  if (!t1 || t1.kind !== "word") return false;
  if (BACKER.has(bareWord(t1))) return true;
  return t1.norm === "من" && !!t2 && t2.kind === "word" && BACKER.has(bareWord(t2));
}

/** The country the document names most often (its mentions, cities and bodies counted for it). */
export function documentState(ctx: Ctx): string | null {
  if (ctx.docState !== undefined) return ctx.docState;
  const counts = new Map<string, number>();
  for (const m of ctx.ai.ix.mentions) {
    const arg = ctx.ai.at[m.first];
    if (!arg?.id) continue;
    const s = stateOfActor(ctx.doc, arg) ?? stateOf(ctx.doc, arg);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // a digest of stories from many countries has no one state: the first must be named twice as often as the next
  let best: string | null = null, n = 0, next = 0;
  for (const [s, c] of counts) { if (c > n) { next = n; best = s; n = c; } else if (c > next) next = c; }
  return (ctx.docState = n >= 3 && n >= 2 * next ? best : null);
}

/** "وأعلن التحالف هدنة": an act on the ground with no place in its sentence (nor its twin's)
 *  happened in the country the story is about; not when the doer is that state by name (its strikes
 *  land elsewhere: "قصفت روسيا") nor when the one it is done to belongs to another state ("يهاجمون
 *  الجنود العراقيين" in a story about Russia). */
export function storyPlace(ctx: Ctx, c: Cand): string | null {
  if (!ON_GROUND.has(c.ev.type)) return null;
  const st = documentState(ctx), code = countryCode(st);
  const ts = countryCode(c.tgt?.id ?? null);
  return code && c.src?.id !== st && (!ts || ts === code) ? st : null;
}

/** A heading's country (its place, or the country it names as target) made specific by the
 *  sentence after it: the lead's place when that lies in the country, else null. */
export function headingPlace(ctx: Ctx, sent: number, place: Arg | null, tgt: Arg | null, src: Arg | null): Arg | null {
  const country = place ? (placeRank(place) === 0 ? place : null) : tgt && isPlace(tgt) && placeRank(tgt) === 0 ? tgt : null;
  if (!country) return null;
  let k = sent + 1;
  while (k < ctx.sents.length && ctx.heading[k]) k++;
  if (k >= ctx.sents.length) return null;
  return leadPlace(ctx.ai, ctx.sents[k][0], ctx.sents[k][1], country, [src]);
}
