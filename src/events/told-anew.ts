// Whether an event noun tells a new act though its type and actors were told before
// (retelling.ts would drop it as the same event named again). A noun the sentence says happened —
// a verb states it ("واندلعت اشتباكات بين X وY"، "انفجارا وقع")، a carrier brought it ("نقلت
// طائرات سعودية مساعدات": aid-carrier.ts) — is one more act of the kind news tells one by one
// (clashes, raids, blasts, deliveries), when the kind is an act on the ground (ON_GROUND, less a
// truce: a deal, a sanction or a truce is named again and again after it was told once). Not so
// under a statement ("أدانت التفجير الذي استهدف"، "إدانتها للهجوم": a condemnation names the attack
// the story is about), nor under an imperfect support verb ("ويشن التحالف غارات منذ": a habit,
// retelling.ts). News (1,500 SaudiNewsNet records of 2015-07-26): see the commit message.
import type { PloverType } from "../core/contract.ts";
import { ON_GROUND } from "./event-classes.ts";
import type { Cand, Ctx } from "./event-context.ts";
import { bareVerb } from "./verb-words.ts";

const ACTS = new Set<PloverType>([...ON_GROUND].filter((t) => t !== "CONCEDE"));

/** Is c an act on the ground its sentence tells as happening, outside a statement about it? */
export function toldAnew(ctx: Ctx, c: Cand): boolean {
  if (!c.occurs || c.trig.pos !== "noun" || !ACTS.has(c.ev.type)) return false;
  if (c.svAt !== undefined && c.svAt >= 0 && bareVerb(ctx.toks[c.svAt]).startsWith("ي")) return false;
  return !statementBefore(ctx, ctx.sents[c.sent][0], c.m.start);
}

/** A trigger of a statement type within the eight words before i in its sentence ("وأدانت الإمارات الجريمة"). */
function statementBefore(ctx: Ctx, a: number, i: number): boolean {
  for (let k = i - 1; k >= a && k >= i - 8; k--) {
    const t = ctx.triggerAt[k];
    if (t >= 0 && ctx.matchValues[t].some((v) => v.type && !ON_GROUND.has(v.type))) return true;
  }
  return false;
}
