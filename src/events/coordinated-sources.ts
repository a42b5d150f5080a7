// "قصف الحوثيون وقوات صالح الأحياء"، "وتشن قوات النظام ومقاتلو الحزب هجمات على المدينة": an attack
// done by several actors joined by و is one event per actor for the coders, as an act aimed at several
// is one per target (coordinated-targets.ts). The role finders keep the first conjunct as the source
// (first-conjunct.ts); this gives the members joined to it by و (a name right after و, or after و and
// a word that heads a name: "وقوات X"، "ومقاتلو X") an event of their own. Not a clash between two
// sides ("اشتباكات بين X وY": the second is whom the first fights, told as a mutual pair), nor a member
// that is a place, the target, or a person joined to a body (a leader named with his group is its head,
// not another attacker).
import { type Arg, isPlace, sameActor } from "./arguments.ts";
import { nextMember } from "./coordinated-targets.ts";
import { type Cand, type Ctx, type EventWithActors, copyQuantities, setActor } from "./event-context.ts";

/** At most this many members after the first ("X وY وZ"). */
const MEMBERS = 3;

/** The actors joined by و to c's source, in order; empty when there are none. */
export function joinedSources(ctx: Ctx, c: Cand): Arg[] {
  const s = c.src;
  if (c.ev.type !== "ASSAULT" || !s?.id || s.first < 0 || c.ev.source !== s.id || c.mutual) return [];
  const end = ctx.sents[c.sent][1];
  const out: Arg[] = [];
  for (let last = s.last; out.length < MEMBERS;) {
    const y = nextMember(ctx, last + 1, end);
    if (!y || isPlace(y) || (y.type === "PERSON") !== (s.type === "PERSON")) break;
    if (sameActor(y, s) || sameActor(y, c.tgt) || out.some((o) => sameActor(o, y))) break;
    out.push(y);
    last = y.last;
  }
  return out;
}

/** c's event done by another of the joined actors. */
export function otherSource(c: Cand, source: Arg): EventWithActors {
  const ev: EventWithActors = { ...c.ev, quantities: copyQuantities(c.ev.quantities) };
  setActor(ev, "source", source);
  return ev;
}
