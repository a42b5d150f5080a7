// "وقال الوزير خلال لقائه مع نظيره …"، "وكان المبعوث يتحدث أثناء زيارة إلى …": a meeting, visit or
// call named after a word that frames the time of the clause (خلال، أثناء، لدى، عقب، على هامش) is the
// act of the one that clause tells of, though the noun names no actor of its own. News frames
// statements so all the time; without this the meeting had a partner and no one meeting it, and
// was dropped (CONSULT needs a source).
// Who that is, in order: inside quoted content, a person who is the content's subject before the
// frame ("أكد أن الوزير فلان بحث خلال زيارته …"), else the one quoted; outside it, the one quoted in a
// statement whose content opens later in the sentence ("ونقل X عن فلان قوله خلال مكالمة مع Y إن …");
// then the antecedent of a relative clause ("فلان، الذي أكد خلال زيارته …"); then the nearest actor
// before the frame that no preposition governs (the clause's subject or the object that met).
// A noun with neither a partner nor a possessive ("خلال اجتماع") is left alone: whose meeting it
// was is not said.
import type { Token } from "../core/document.ts";
import { type Arg, type ArgIndex, actorAt, isPlace, makeArg, prepOf, titleBefore, sameActor, subjectAfter, subjectBefore } from "./arguments.ts";
import type { Clause, Ctx } from "./event-context.ts";
import { isBreak, isPrepWord, isRelative } from "./clause.ts";
import { subtypeOf } from "./places.ts";
import { UNREAL_AFTER } from "./event-classes.ts";
import { antecedentActor } from "./relative-clauses.ts";
import { possessed } from "./verb-words.ts";
import { wordClass } from "./word-classes.ts";

const FRAME = wordClass("meeting-frame");

const bare = (t: Token): string => t.norm.replace(/^[وف](?=..)/, "");

/** The token index of the frame word right before the noun ("خلال"، "على هامش"), or -1. */
function frameAt(toks: Token[], at: number, start: number): number {
  const f = at - 1;
  if (f < start || toks[f].kind !== "word" || !FRAME.has(bare(toks[f]))) return -1;
  return f;
}

/** The one whose meeting a framed CONSULT noun is, or null (see the header). */
export function frameHost(ctx: Ctx, cl: Clause, tgt: Arg | null): Arg | null {
  const { toks, ai } = ctx;
  const { m, trig, a, b, quote, speaker } = cl;
  if (trig.type !== "CONSULT" || trig.pos !== "noun") return null;
  const f = frameAt(toks, m.start, a);
  const own = possessed(toks[m.start]);
  if (f < 0 || (!tgt && !own)) return null;
  // "خلال اجتماعهما": two parties meeting each other (dual-parties.ts), not a third's meeting
  if (toks[m.start].readings.some((r) => r.post === "هما")) return null;
  // "خلال اجتماع للمنظمة في أغسطس المقبل": a meeting to come is no act
  for (let i = m.end; i < Math.min(b, m.end + 8) && !isBreak(toks[i]); i++) if (AHEAD.has(toks[i].norm) || UNREAL_AFTER.has(toks[i].norm)) return null;
  if (!own && !free(ctx, m.start, m.end)) return null;
  // "خلال اتصال هاتفي مع «الصحيفة»": a call to a newspaper is an interview, no meeting
  if (tgt && RELAYS.has(subtypeOf(tgt.id) ?? "")) return null;
  // ("خلال مؤتمر في مدينة X": a place after في is where, not whom it visits)
  if (tgt && isPlace(tgt)) { const p = prepOf(ai, tgt); if (p && p !== "الي" && p !== "ل") return null; }
  const ok = (x: Arg | null): Arg | null => (x && x.id && !sameActor(x, tgt) ? x : null);
  // "زيارة رسمية يقوم بها الرئيس فلان": the one named after the support verb made it
  const by = performer(ctx, m.end, b);
  if (by) return ok(by);
  // "ونقل X عن فلان قوله خلال مكالمة": the one whose words they are
  if (f - 2 >= a && SAYING.test(toks[f - 1].norm)) { const w = actorAt(ai, f - 2); if (w && w.last === f - 2) return ok(w); }
  if (quote) {
    let qa = a;
    while (qa < f && toks[qa].start < quote.start) qa++;
    const s = subjectBefore(ai, f, qa, 14, true);
    return ok(s?.type === "PERSON" ? s : speaker);
  }
  // a statement whose speaker is named before the noun and whose content opens after it
  const endAt = toks[b - 1].end, after = toks[m.end - 1].end;
  const q = ctx.quotes.find((x) => x.speaker && x.start > after && x.start <= endAt && namedBefore(ai, x.speaker, a, m.start));
  if (q?.speaker) return ok(makeArg(q.speaker, null, -1, -1, q.speaker_text ?? "", -1, -1, "", null));
  // "فلان، الذي أكد خلال زيارته": the verb before the frame opens a relative clause on its actor
  const v = f - 1;
  if (v - 1 >= a && isRelative(toks[v - 1])) { const ante = antecedentActor(ctx, v - 1); if (ante?.id) return ok(ante); }
  const s = subjectBefore(ai, f, a, 14);
  return s && !governed(ctx, s) ? ok(s) : null;
}

/** "محادثات مع نظيره الصيني فلان": a name after its titles and adjectives, governed by a preposition
 *  further back than prepOf looks. */
function governed(ctx: Ctx, x: Arg): boolean {
  const toks = ctx.toks;
  let i = x.first - 1;
  while (i >= 0 && toks[i].kind === "word" && (titleBefore(toks[i]) || NISBA.test(toks[i].norm) || toks[i].norm.startsWith("نظير"))) i--;
  return i >= 0 && isPrepWord(toks[i]);
}
const NISBA = /^(ال)?\S+(ي|يه)$/;
const AHEAD = wordClass("meeting-ahead");

const RELAYS = new Set(["media", "news_agency"]);

/** An unpossessed meeting noun that is ours to give an actor: indefinite ("خلال الاجتماع" is one
 *  told elsewhere, often to come: "خلال الاجتماع المقبل للجنة"), and with no genitive, title or
 *  name right after it ("لقاء وزير الدفاع بالملك"، "مباحثات جمعت الوزير فلان": whose it was is said). */
function free(ctx: Ctx, at: number, end: number): boolean {
  const { toks, ai } = ctx;
  if (toks[at].readings.some((r) => r.article)) return false;
  for (let i = end; i < Math.min(end + 2, toks.length) && !isPrepWord(toks[i]); i++) if ((actorAt(ai, i)?.id && !prepOf(ai, actorAt(ai, i)!)) || titleBefore(toks[i])) return false;
  return true;
}

/** "قوله"، "قولها": the words of the one named right before. */
const SAYING = /^قول(ه|ها|هم|هما)$/;

/** Is the entity `id` named between token `from` and `to`? */
function namedBefore(ai: ArgIndex, id: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ai.at[i]?.id === id) return true;
  return false;
}

const PERFORM = new Set(["يقوم", "تقوم", "قام", "قامت"]);
/** "زيارة (رسمية) يقوم بها X": within two words after the noun, قام + بها/به and its subject. */
function performer(ctx: Ctx, from: number, end: number): Arg | null {
  const { toks, ai } = ctx;
  for (let i = from; i < Math.min(end - 1, from + 3); i++) {
    if (toks[i].kind !== "word") return null;
    if (PERFORM.has(toks[i].norm) && (toks[i + 1].norm === "بها" || toks[i + 1].norm === "به")) return subjectAfter(ai, i + 2, end);
  }
  return null;
}
