// The roles every trigger's event goes through once its verb or noun reading found them: the
// constructions that fill a missing target (protest, dual parties, meetings, condemnations,
// pronouns), titles resolved to holders, unnamed forces to their state; and the checks that turn
// down an event without the actors its type needs.
import { holderAfterTitle } from "./holder-after-title.ts";
import { protestObject } from "./protest-object.ts";
import { toldWithoutActors } from "./actorless.ts";
import { bothSidesAfter, clashStated } from "./clash-reach.ts";
import { againstWhom, sameActor } from "./arguments.ts";
import { condemnedActor } from "./condemned-act.ts";
import { partnerAfterBa, visitorAfterPlace } from "./consult-roles.ts";
import { arrivalOf, isArrival } from "./arrival.ts";
import { jointRoles, pairBefore } from "./dual-parties.ts";
import { pairAfterDual } from "./dual-adjectives.ts";
import { FORCE, GENERIC_OK, NEED_SOURCE, SPEECH_ACTS, STATEMENTS } from "./event-classes.ts";
import type { Clause, Ctx, Roles } from "./event-context.ts";
import { pronounTarget, titleHolder } from "./implicit-subjects.ts";
import { dualAct } from "./joint-acts.ts";
import { isPluralNoun } from "./occurrence.ts";
import { ownForces, rebelGroup, soldiers } from "./own-forces.ts";
import { bomberGroup } from "./bomber-group.ts";
import { armedFoe } from "./armed-foe.ts";
import { stateBody } from "./state-forces.ts";
import { firstConjunct, pastCoSubject } from "./first-conjunct.ts";
import { airOwner } from "./air-owner.ts";
import { ownLoss } from "./own-losses.ts";
import { otherThanOwnState } from "./own-state.ts";
import { notOutlet } from "./news-outlets.ts";
import { forceAntecedent } from "./force-antecedent.ts";

/** The check that turned a candidate down: a constant returned on the failing path, so naming it
 *  costs extraction nothing; eval/trigger-fates.ts reports it as "role checks: <name>" (session 23). */
export type RoleRefusal =
  | "arrival without a place" // an arrival verb whose person reaches no place of another state (arrival.ts)
  | "plural noun, loose actor" // a plural event noun with no actor tied to it
  | "no actor" // neither a source nor a target, and not an actorless or sideless telling
  | "no source" // a type that needs its doer (NEED_SOURCE) has none
  | "no entity actor"; // only unnamed actors (no entity), for a type that needs a named one (not GENERIC_OK)

/** Settles r in place; null when the roles tell an event, else the check that turned it down. */
export function settleRoles(ctx: Ctx, cl: Clause, r: Roles): RoleRefusal | null {
  const { toks, ai, isTrigger } = ctx;
  const { m, trig, a, b, verb, speaker } = cl;
  const { occurs, svAt } = r;
  let { src, tgt, tie } = r;
  // "تظاهروا احتجاجا على زيارة X": a protest is aimed at whom it is against
  if (trig.type === "PROTEST" && !tgt) { const w = againstWhom(ai, m.end, b) ?? protestObject(ai, m.start, b); if (w && !sameActor(w, src)) tgt = w; } // (protest-object.ts)
  // "وطالبا"، "أكد الجانبان"، "مباحثاتهما"، "بين الطرفين": two parties named together act (dual-parties.ts)
  // ("اتفق الجانبان المصري واليمني": two adjectives right after the dual name the parties: dual-adjectives.ts)
  const pair = dualAct(ctx, m, trig, verb, svAt, b) ? pairAfterDual(ai, svAt >= 0 ? svAt + 1 : m.end, b) ?? pairAfterDual(ai, m.end + 1, b) ?? pairBefore(ai, svAt >= 0 ? svAt : m.start) : null;
  if (pair) { ({ src, tgt } = jointRoles(pair, tgt, trig.type!)); tie = "tight"; }
  // "ستزور عدن مبعوثة X"، "التقى X بالرئيس Y"، "اجتماعه برئيس الوزراء": who meets whom (consult-roles.ts)
  if (trig.type === "CONSULT" && verb && src && src.first > m.start) { const v = visitorAfterPlace(ai, src, b); if (v) { tgt = src; src = v; } }
  // "ووصل الوزير فلان إلى سودانيا": a person's arrival is a visit to the place's state (arrival.ts)
  if (trig.type === "CONSULT" && verb && isArrival(trig)) { const v = src?.type === "PERSON" ? arrivalOf(ctx.doc, ai, src, src.first > m.start ? src.last + 1 : m.end, b) : null; if (!v) return "arrival without a place"; tgt = v.target; }
  if (trig.type === "CONSULT" && !tgt) { const p = partnerAfterBa(ai, src && src.first > m.start ? src.last + 1 : m.end, b); if (p && !sameActor(p, src)) tgt = p; }
  // "أدانت X هجمات Y"، "إدانتها للهجوم الذي شنه Y": a condemnation of an act is aimed at its doer (condemned-act.ts)
  if (!tgt && trig.type === "ACCUSE") { const d = condemnedActor(ai, src && src.first > m.start ? src.last + 1 : m.end, b, ctx.reads, isTrigger); if (d && !sameActor(d, src)) tgt = d; }
  if (!src && speaker && SPEECH_ACTS.has(trig.type!) && tie === "tight") src = speaker;
  // "بحث وزير الدفاع العراقي": a title named with its holder elsewhere in the document is that person
  src = titleHolder(ai, holderAfterTitle(ai, src)); tgt = titleHolder(ai, holderAfterTitle(ai, tgt)); // ("الرئيس المصري X": holder-after-title.ts)
  // "وقال مسؤول لـ«الصحيفة»"، "وأعلنت الوكالة مداهمة": an outlet tells the event, it is no party to it (news-outlets.ts)
  src = notOutlet(src, "source", trig.type!); tgt = notOutlet(tgt, "target", trig.type!);
  // "وهذا ما ردت عليه كاردانيا بحملة"، "تصدت لها": a force aimed at a pronoun is aimed at the
  // actor it takes up (the nearest named one before that is not the doer)
  // ("واتهامه لها بتغذية الإرهاب"، "دعمها له": a statement aimed at a pronoun likewise)
  if (!tgt && (FORCE.has(trig.type!) || trig.type === "THREATEN" || STATEMENTS.has(trig.type!))) tgt = pronounTarget(ai, svAt >= 0 ? svAt : m.start, svAt >= 0 ? svAt + 1 : m.end, src, svAt >= 0);
  const self = ai.at[m.start];
  if (!src && self && !self.id) { src = self; tie = "tight"; } // "المتظاهرون" is both the trigger and its actor
  // "قوات الجيش X … . قامت القوات بمحاصرة": a bare definite force noun is the body of its kind the
  // paragraph named before it (force-antecedent.ts)
  src = forceAntecedent(ctx, src); tgt = forceAntecedent(ctx, tgt);
  if (sameActor(src, tgt)) tgt = null;
  // a plural event noun tells an event only with an actor tied to it ("هجمات داعش")
  // ("ووقع تفجير انتحاري"، "ودمر انفجار حيا": an attack told as having happened, with no actor named: actorless.ts)
  const bare = !src && !tgt && toldWithoutActors(ctx, cl);
  // ("وتدور معارك عنيفة في منطقة X"، "اشتباكات بين الطرفين": a clash told with no side named takes the
  // story's two sides once the document is read: context-sides.ts)
  // (a verb of fighting must say it took place: "بدأت تفر من أراضي المعركة"، "موسم قتال" tell of none)
  const sideless = !src && !tgt && !bare && !verb && trig.type === "ASSAULT" && (clashStated(toks, m.start, m.end, a, b) || bothSidesAfter(toks, m.start, m.end, b));
  if (!verb && trig.type !== "PROTEST" && tie === "loose" && !bare && !sideless && isPluralNoun(toks[m.start], trig)) return "plural noun, loose actor";
  // a protest is an event with or without a named crowd, when a verb states it ("اندلعت مظاهرات")
  if (!src && !tgt && !(trig.type === "PROTEST" && occurs) && !bare && !sideless) return "no actor";
  if (!src && NEED_SOURCE.has(trig.type!)) return "no source";
  if (!src && !tgt) { /* an unnamed protest */ }
  // (demonstrators who demand or condemn are kept: they protest: event-record.ts)
  if (!src?.id && !tgt?.id && !GENERIC_OK.has(trig.type!) && !(src?.role === "protesters" && SPEECH_ACTS.has(trig.type!))) return "no entity actor";
  // "قوات الأمن"، "الشرطة"، "الجيش" with no country named: the forces of the state the story is in;
  // "الجنود العراقيين": soldiers of a state whose army the document names are that army
  src = firstConjunct(ai, src, a, m.start); // "المقاومة والجيش الوطني سيطروا": the first of joined subjects (first-conjunct.ts)
  tgt = pastCoSubject(ai, src, tgt, a, b); // "وقصفت الجبهة وأنصار الزعيم فلان القرى": no target in the second subject (first-conjunct.ts)
  // (a source so given its state is the state's army or forces when the document names that body: state-forces.ts)
  // (a target so given its state likewise: "اشتباكات مع قوات الأمن" after "قوات الأمن التونسية")
  { const s = soldiers(ctx, src); src = stateBody(ctx, s, ownForces(ctx, s, a, b)); }
  { const t = soldiers(ctx, tgt); tgt = stateBody(ctx, t, ownForces(ctx, t, a, b)); }
  // "المتمردين"، "الانقلابيين": rebels named by what they are stand for the document's main militant group
  // (not when it would make the one who acts the one acted on: "الحوثيون … للمتمردين")
  { const s = rebelGroup(ctx, src), t = rebelGroup(ctx, tgt); if (!sameActor(s, tgt)) src = s; if (!sameActor(src, t)) tgt = t; }
  if (trig.type === "ASSAULT") { const s = bomberGroup(ctx, src); if (!sameActor(s, tgt)) src = s; } // "فجر انتحاري نفسه": the story's group (bomber-group.ts)
  src = airOwner(ctx, src, tgt); // "واستهدف الطيران مخازن": the planes of the one owner the document names (air-owner.ts)
  tgt = armedFoe(ctx, trig.type!, src, tgt); // "معارك مع المتمردين": unnamed fighters are the source's enemy (armed-foe.ts)
  if (trig.type === "ASSAULT" && ownLoss(ctx.doc, src, tgt)) src = null; // "أعلن الجيش مقتل جنود من بلده": its own losses (own-losses.ts)
  tgt = otherThanOwnState(ctx, trig.type!, src, tgt, b); // "اتفاق بين تونس والمجر من جانب الحكومة التونسية": not with its own state (own-state.ts)
  r.src = src; r.tgt = tgt; r.tie = tie; r.sideless = sideless && !src && !tgt;
  return null;
}
