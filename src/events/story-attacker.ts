// Who struck when a sentence tells the blow of an attack the sentence before named the attacker of:
// "شنت طائرات التحالف غارات على مواقع في صعدة. وأسفرت الغارات عن مقتل عشرة"، "وأوضح أن القصف استهدف
// مخزنا". News names the attacker once and then tells what the attack did, calling it again by a
// definite noun of force (الغارات، القصف، الهجوم، إحدى الضربات); coders key those blows to the same
// attacker. So an attack with no actor named in its sentence (not even an unnamed one: "مسلحون")
// whose sentence names an attack again by such a definite noun takes the source of the last attack
// of the sentence before, when that source is an armed party (a body the knowledge base types as
// armed, or a party of a war data/kb/war-sides.tsv knows) and the target is not that party or its ally.
// A blow told without a definite noun ("وقتل 20 شخصا في اشتباكات") may be another front's, and is left
// alone; so is a denied one, and one in a sentence that turns to another front ("من جهة أخرى").
import type { Token } from "../core/document.ts";
import type { Cand, Ctx } from "./event-context.ts";
import { armedBody } from "./adversary.ts";
import { allied, sidesOf } from "./war-sides.ts";
import { wordClass } from "./word-classes.ts";

const ASIDE_HEAD = wordClass("aside-head");
const ASIDE_OTHER = wordClass("aside-other");

/** Give the sourceless attacks of `kept` the attacker of the sentence before (see above). */
export function carryAttackers(ctx: Ctx, kept: readonly Cand[]): void {
  let last: Cand | null = null;
  for (const c of [...kept].sort((x, y) => x.m.start - y.m.start)) {
    const ev = c.ev;
    if (ev.type !== "ASSAULT") continue;
    if (ev.source) { last = c; continue; }
    if (!last || last.sent !== c.sent - 1 || ev.source_text || ev.negated) continue;
    const s = last.ev.source!;
    if (!armed(s) || (ev.target && (ev.target === s || allied(s, ev.target)))) continue;
    if (!recallsAttack(ctx, c.sent) || turnsAside(ctx, c.sent)) continue;
    // (an actor the sentence does not name: no span, as for an implied source)
    ev.source = s; ev.source_text = last.ev.source_text; ev.source_span = null;
  }
}

const armed = (id: string): boolean => armedBody(id) || sidesOf(id) !== null;

/** Does sentence `sent` name an attack by a definite noun of force ("الغارات"، "القصف")? Not one
 *  counted after من ("سلسلة من الهجمات"، "عدد من الغارات": new attacks, not the one told before). */
function recallsAttack(ctx: Ctx, sent: number): boolean {
  const [a, b] = ctx.sents[sent];
  for (let i = a; i < b; i++) {
    const k = ctx.triggerAt[i];
    if (k < 0 || !ctx.matchValues[k].some((v) => v.type === "ASSAULT" && v.pos === "noun")) continue;
    if (definite(ctx.toks[i]) && !(i > a && ctx.toks[i - 1].norm === "من")) return true;
  }
  return false;
}

/** Does sentence `sent` open by turning to another matter ("من جهة أخرى"، "في سياق آخر")? */
function turnsAside(ctx: Ctx, sent: number): boolean {
  const [a, b] = ctx.sents[sent];
  for (let i = a; i + 1 < Math.min(b, a + 5); i++) {
    if (hasBare(ctx.toks[i], ASIDE_HEAD) && hasBare(ctx.toks[i + 1], ASIDE_OTHER)) return true;
  }
  return false;
}

const hasBare = (t: Token, words: ReadonlySet<string>): boolean => t.readings.some((r) => words.has(r.bare));

/** The token reads with the article and no possessive pronoun ("الغارات", not "غاراتها"). */
const definite = (t: Token): boolean => t.readings.some((r) => r.article && r.post === "");
