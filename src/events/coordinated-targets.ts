// "سيلتقي نظيريه الأميركي X والسعودي Y"، "يزور قطر والكويت والعراق"، "فرض حظرا على يوتيوب وتويتر"،
// "قاتلت الكتيبة جماعة الوادي وحلفاءها": an act aimed at several actors joined by و is
// one event per actor for the coders (one source, one target each); the role finders stop at the
// first. The members after it: a named actor right after و, or after و and a few words that head a
// name (a title, "نظيره"، "قوات"، "حكومة"); of the target's kind (people with people, bodies and
// states together), none of them the source. An act of force or on the ground takes no place as a
// further target ("قصفت مواقع في صنعاء وعدن": where, not whom).
import { type Arg, actorAt, headsName, isPlace, personAfterTitle, prepOf, sameActor, titleBefore } from "./arguments.ts";
import type { Token } from "../core/document.ts";
import { isBreak, isPrepWord, isRelative, isTransparent, joinedByWa, opensClause } from "./clause.ts";
import type { PloverType } from "../core/contract.ts";
import { ON_GROUND } from "./event-classes.ts";
import { type Cand, type Ctx, type EventWithActors, copyQuantities, setActor } from "./event-context.ts";
import { genericActorIndex } from "../lexicon/generic-actors.ts";

/** Acts the coders record once per party aimed at (not a withdrawal or release: "تخليه عن X وY"
 *  lets players go; nor protests, deployments or refusals, whose object is seldom a party list). */
const MANY_TARGETS = new Set<PloverType>(["CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "ACCUSE", "REQUEST", "SANCTION", "COERCE", "ASSAULT", "THREATEN"]);
/** At most this many members after the first ("قطر والكويت والعراق والأردن"). */
const MEMBERS = 4;
/** Words of a title or head noun between و and the member's name ("ووزير الدفاع X"). */
const HEAD_WORDS = 3;

/** The actors joined to c's target by و, in order; empty when there are none. */
export function joinedTargets(ctx: Ctx, c: Cand): Arg[] {
  const t = c.tgt;
  if (!t?.id || t.first < 0 || c.ev.target !== t.id || c.mutual || !MANY_TARGETS.has(c.ev.type)) return [];
  // (a name after لـ is often no target at all — "رشى لاتحاد X"، "قمة تخصص لفلسطين" — nor a list after it)
  if (prepOf(ctx.ai, t) === "ل") return [];
  const end = ctx.sents[c.sent][1];
  const out: Arg[] = [];
  for (let last = t.last; out.length < MEMBERS;) {
    const y = nextMember(ctx, last + 1, end);
    if (!y || !sameKind(t, y) || (isPlace(y) && ON_GROUND.has(c.ev.type))) break;
    if (sameActor(y, c.src) || sameActor(y, t) || out.some((o) => sameActor(o, y))) break;
    out.push(y);
    last = y.last;
  }
  return out;
}

/** People go with people; organizations and states with either. */
const sameKind = (a: Arg, b: Arg): boolean => (a.type === "PERSON") === (b.type === "PERSON");

/** The named actor joined by و at token i: the name itself carries the و, or a word that heads a
 *  name does ("وقوات X"، "ونظيره X"، "ووزير الدفاع X"); null otherwise. */
export function nextMember(ctx: Ctx, i: number, end: number): Arg | null {
  const { ai, toks } = ctx;
  while (i < end && isTransparent(toks[i])) i++;
  if (i >= end || toks[i].kind !== "word" || !joinedByWa(toks[i])) return null;
  const y = actorAt(ai, i);
  // ("والسعودي عادل الجبير": a nationality adjective and the name after it, the person)
  // (the و a conjunction before the name, not its first letter: "وادي الريح")
  if (y) return y.id && y.first === i && y.start > toks[i].start && !prepOf(ai, y) ? personAfterTitle(ai, y, end) : null;
  // the word after و heads the name that follows it within a few words ("ووزير"، not "وزير" itself)
  if (!headAfterWa(toks[i]) && !genericActorIndex().matchAt(toks, i)) return null;
  for (let j = i + 1; j < Math.min(end, i + 1 + HEAD_WORDS); j++) {
    const w = toks[j];
    if (isTransparent(w)) continue;
    if (isBreak(w) || isPrepWord(w) || isRelative(w) || opensClause(w) || joinedByWa(w)) return null;
    const x = actorAt(ai, j);
    if (x) return x.id && !prepOf(ai, x) ? personAfterTitle(ai, x, end) : null;
  }
  return null;
}

/** c's event aimed at another of the joined actors. */
export function otherTarget(c: Cand, target: Arg): EventWithActors {
  const ev: EventWithActors = { ...c.ev, quantities: copyQuantities(c.ev.quantities) };
  setActor(ev, "target", target);
  return ev;
}

/** A title or a noun that heads a name, read after a conjunction و ("ووزير الدفاع"، "وقوات"، "ونظيره"). */
function headAfterWa(t: Token): boolean {
  for (const r of t.readings) {
    if (r.pre !== "و") continue;
    if (headsName(r.norm) || titleBefore({ ...t, norm: r.norm })) return true;
  }
  return false;
}
