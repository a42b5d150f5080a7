// "استعادت القوات الموالية للحكومة المدينة من المتمردين بدعم من غارات التحالف"، "تقدم المقاتلون
// بغطاء جوي من الحلفاء": a ground act backed by the fire of another party. The coders record the
// backer as a second attacker of the same enemy (its strikes are an attack of their own), not as
// the doer of the ground act and not as its target. Read after the role finders: a backing phrase
// (event-word-classes.tsv backing-aside: بدعم/بإسناد/بغطاء/بمساندة, or backed-participle: مدعومة
// بـ/المسنودة من) whose words name fire (fire-support: طيران، غارات، ضربات جوية، مدفعية) before the
// first party they name. That party:
// - is no role of the sentence's main attack (a target read inside the phrase, "بقيادة المملكة",
//   is the backer's own camp: cleared, so that adversary.ts gives the act its enemy);
// - strikes the main attack's target (when it is an armed party; else adversary.ts finds the enemy)
//   in an event of its own, unless the sentence tells an attack
//   by it already (then an attack named inside the phrase with no doer takes it as its doer).
// A backing without fire ("بدعم من التحالف") is left alone: support can be money or arms (AID).
import { type Arg, sameActor } from "./arguments.ts";
import { BACKING } from "./backing-aside.ts";
import { bareWord } from "./clause.ts";
import { type Cand, type Ctx, copyQuantities, setActor } from "./event-context.ts";
import { armedBody } from "./adversary.ts";
import { allied, sidesOf } from "./war-sides.ts";
import { wordClass } from "./word-classes.ts";

const BACKED = wordClass("backed-participle");
const FIRE = wordClass("fire-support");

/** Words between the backing word and the backer's name, at most. */
const REACH = 6;

/** A backing phrase: its first token, the backer, and where the phrase ends (the backer's last
 *  token, or the last token of a "بقيادة X" after it). */
export interface Backing { first: number; backer: Arg; end: number }

const fireWord = (n: string): boolean => FIRE.has(n) || (n.length > 3 && (n[0] === "ب" || n[0] === "ل") && FIRE.has(n.slice(1)));

/** The armed backing phrase of tokens [a, b), if one. */
export function backingIn(ctx: Ctx, a: number, b: number): Backing | null {
  const { toks, ai } = ctx;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.kind !== "word") continue;
    const w = bareWord(t);
    const opens = BACKING.has(w) || (BACKED.has(w) && i + 1 < b && (toks[i + 1].norm === "من" || toks[i + 1].norm[0] === "ب"));
    if (!opens) continue;
    let fire = false;
    for (let j = i + 1; j < b && j <= i + REACH; j++) {
      const u = toks[j];
      if (u.kind !== "word") break; // a comma or a stop ends the phrase
      if (fireWord(u.norm)) fire = true;
      const x = ai.at[j];
      if (!x?.id) continue;
      if (!fire || x.type === "PERSON" || x.type === "LOC" || x.type === "FAC") break;
      let end = x.last;
      // "للتحالف بقيادة المملكة": the leader named with the backer is of the backer's camp
      if (end + 2 < b && toks[end + 1].norm === "بقياده" && ai.at[end + 2]?.id) end = ai.at[end + 2]!.last;
      return { first: i, backer: x, end };
    }
  }
  return null;
}

/** An armed body or a party of a war the table knows. */
const party = (x: Arg): boolean => !!x.id && (armedBody(x.id) || sidesOf(x.id) !== null);
const inside = (x: Arg | null, p: Backing): boolean => !!x && x.first >= p.first && x.first <= p.end;
const camp = (x: Arg | null, backer: Arg): boolean => !!x && (sameActor(x, backer) || (!!x.id && !!backer.id && allied(x.id, backer.id)));

/** For each sentence of `told` with an armed backing phrase: its main attack loses a role the
 *  phrase gave it from the backer's camp, and the backer's attack on the same target is added to
 *  `told` (after the main attack). */
export function addBackers(ctx: Ctx, told: Cand[]): void {
  const done = new Set<number>();
  for (let k = 0; k < told.length; k++) {
    const c = told[k];
    if (c.ev.type !== "ASSAULT" || done.has(c.sent)) continue;
    done.add(c.sent);
    const [a, b] = ctx.sents[c.sent];
    const p = backingIn(ctx, a, b);
    if (!p) continue;
    const here = told.filter((o) => o.sent === c.sent && o.ev.type === "ASSAULT");
    const main = here.find((o) => !(o.m.start >= p.first && o.m.start <= p.end) && !(o.src && sameActor(o.src, p.backer)));
    if (!main) continue;
    if (inside(main.tgt, p) && camp(main.tgt, p.backer)) { main.tgt = null; setActor(main.ev, "target", null); }
    if (inside(main.src, p) && camp(main.src, p.backer)) { main.src = null; setActor(main.ev, "source", null); }
    if (here.some((o) => o !== main && o.src && sameActor(o.src, p.backer))) continue;
    // the enemy: the main act's target, or in a clash the side that is not the backer's, when it is
    // a party that fights (a building or a town taken is no target of strikes: adversary.ts then
    // gives the backer its enemy in the war)
    const foe = (x: Arg | null): boolean => !!x && !camp(x, p.backer) && party(x);
    const tgt = (main.mutual ? [main.tgt, main.src].find(foe) : foe(main.tgt) ? main.tgt : null) ?? null;
    const named = here.find((o) => o !== main && o.m.start >= p.first && o.m.start <= p.end && !o.src);
    if (named) { // "بدعم من الغارات الجوية للتحالف": the strikes the phrase names are the backer's
      named.src = p.backer; setActor(named.ev, "source", p.backer);
      if (!named.tgt || camp(named.tgt, p.backer)) { named.tgt = tgt; setActor(named.ev, "target", tgt); }
      continue;
    }
    const t0 = ctx.toks[p.first], t1 = ctx.toks[p.backer.last];
    const ev = { ...main.ev, quantities: copyQuantities([]), fatalities: null, trigger: ctx.doc.text.slice(t0.start, t1.end), trigger_span: { start: t0.start, end: t1.end } };
    setActor(ev, "source", p.backer);
    setActor(ev, "target", tgt);
    told.splice(told.indexOf(main) + 1, 0, { ev, src: p.backer, tgt, sent: main.sent, m: main.m, trig: main.trig });
  }
}
