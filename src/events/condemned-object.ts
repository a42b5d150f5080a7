// "ودانت كاردانيا التفجير الإرهابي الذي استهدف المسجد"، "أعربت عن إدانتها للهجوم": a force noun that
// is the object of a condemnation or an accusation is the act the statement is about. The statement
// is the event there (ACCUSE, aimed at the act's doer: condemned-act.ts); the act is told once: where
// the story tells it outright, else at its first condemnation. After a bombing the press prints one
// such sentence for every state and body that condemned it, each read before as the bombing again.
// (K/EH/O/P: 10 attacks predicted in the sentence of a condemnation, none a gold event; the
// development gold codes the attack in a story that only condemns it. SaudiNewsNet 2015-08-07, 1,473
// records, a day after a mosque bombing: 17 attacks dropped, 17 condemned acts the story tells elsewhere.)
import type { Token } from "../core/document.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { isAdverb, isBreak, isPrepWord, isTransparent } from "./clause.ts";
import { FORCE } from "./event-classes.ts";
import type { Cand, Ctx } from "./event-context.ts";

/** Words between the statement and its object: the subject (a name counts as one word), an adverb. */
const REACH = 6;

/** Is the force noun m (an attack, an arrest, a sanction) the object of an ACCUSE trigger before it in
 *  its clause? Only the statement's subject (a name counts as one word) and adverbs may stand between;
 *  a preposition of its own ("لانتقاداته خلال اجتماعاته") puts the noun outside the object. */
export function condemnedObject(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger): boolean {
  if (trig.pos !== "noun" || !FORCE.has(trig.type!)) return false;
  const { toks, ai } = ctx;
  const own = ctx.triggerAt[m.start];
  for (let i = m.start - 1, n = 0; i >= 0 && n < REACH; i--) {
    const t: Token = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isPrepWord(t)) return false;
    const k = ctx.triggerAt[i];
    if (k >= 0 && k !== own) return ctx.matchValues[k].some((v) => v.type === "ACCUSE");
    const a = ai.at[i];
    if (a) { i = Math.min(i, a.first); n++; continue; }
    if (!isAdverb(t)) n++;
  }
  return false;
}

/** cands without the condemned acts told again: a condemned force event is dropped when the body of the
 *  document tells an event of its type outright, or condemned in an earlier sentence (a heading's event
 *  is left to withoutHeadingEchoes). Its actors are not compared: the statement names the act with
 *  other words than its telling ("الهجوم الذي طال سوق المدينة" for "أطلق مسلح النار على
 *  المتسوقين"), and a blind annotator codes a condemned act in no case of K/EH/O/P. */
export function withoutCondemnedRetellings(ctx: Ctx, cands: Cand[]): Cand[] {
  const condemned = cands.map((c) => condemnedObject(ctx, c.m, c.trig));
  if (!condemned.includes(true)) return cands;
  return cands.filter((c, i) => !condemned[i] || !cands.some((o, j) => j !== i && o.ev.type === c.ev.type && !ctx.heading[o.sent] && (!condemned[j] || o.sent < c.sent)));
}
