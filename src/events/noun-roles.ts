// The source and target of a trigger read as a noun (a masdar): from the support verb that governs
// it, its genitive, an agent after لـ/من قبل/بين/مع, or a relative clause on it; and whether a verb
// says it happened. Returns null for a masdar that names an event told before or a topic.
import type { PloverType } from "../core/contract.ts";
import { supportVerbIndex } from "../lexicon/triggers.ts";
import { type Arg, RECEIVE, agentPhrase, argAs, between, countedOf, fireOf, genitiveOf, isNisba, isPlace, objectAfter, personAfterTitle, prepOf, sameActor, subjectAfter, subjectBefore, supportVerbBefore } from "./arguments.ts";
import { clashWith } from "./clash-side.ts";
import { clashSides } from "./clash-sides.ts";
import { clashStated, sidesMarkAfter } from "./clash-reach.ts";
import { carried, carriesActor, coordinatedSubject, homeCountry, senderAfter, speakerFor } from "./context-subjects.ts";
import { AGENT_POSSESSOR, FORCE, JOINT, PLACE_GENITIVE, PREP_PRONOUN, TOLD_BEFORE, WITNESS } from "./event-classes.ts";
import type { Cand, Clause, Ctx, Roles } from "./event-context.ts";
import { frameHost } from "./meeting-frame.ts";
import { nisbaDoer } from "./nisba-doer.ts";
import { pairAfterNoun } from "./dual-adjectives.ts";
import { ownerOfForce } from "./owned-force.ts";
import { aidDelivery } from "./aid-carrier.ts";
import { documentState } from "./story-state.ts";
import { lamAgent, lamObjectAfterGenitive, struckAfterGenitive } from "./noun-agents.ts";
import { adjectivesOnly } from "./noun-cases.ts";
import { isPluralNoun } from "./occurrence.ts";
import { isNationality, placeRank, stateOfActor, subtypeOf } from "./places.ts";
import { antecedentActor, relativeBefore, relativeVerbAfter } from "./relative-clauses.ts";
import { attributedDoer } from "./attributed-act.ts";
import { toldByVictimSide } from "./victim-side.ts";
import { ANNOUNCE, bareVerb, isWitness, objectPronoun, possessed, supportVerbAt, verbNear } from "./verb-words.ts";

/** Acts two parties do with each other, whose noun may name both by their adjectives ("الاتفاق الأميركي التركي"). */
const PAIRED = new Set<PloverType>(["CONSULT", "AGREE", "COOPERATE"]);

/** A masdar's roles in the order they bind: its support verb, its genitive, an agent phrase, a
 *  relative clause on it, then an object after it. */
export function nounRoles(ctx: Ctx, cl: Clause, byMatch: Map<number, Cand>): Roles | null {
  const { ai } = ctx;
  const { m, trig, b } = cl;
  const r: Roles = { src: null, tgt: null, occurs: false, tie: "loose", mutual: false, svAt: -1 };
  const supported = supportVerbRoles(ctx, cl, r);
  const gen = genitiveRoles(ctx, cl, r);
  agentRoles(ctx, cl, r, gen, byMatch);
  relativeRoles(ctx, cl, r);
  // "هجوم انتحاري نسب إلى تنظيم X": an attack attributed to X was X's, and is not aimed at it (attributed-act.ts)
  const doer = trig.type === "ASSAULT" ? attributedDoer(ai, m.end, b, ctx.isTrigger) : null;
  if (doer) { r.src = doer; r.tie = "tight"; r.occurs = true; r.attributed = true; if (sameActor(r.tgt, doer) || (r.tgt && r.tgt.first > m.end && r.tgt.first < doer.first)) r.tgt = null; } // (not "نسبته السلطات": who attributes it)
  let { src, occurs, tie } = r;
  let tgt = r.tgt;
  // "مقتل 20 من عناصر داعش": who suffers it is counted as part of a named body
  if (!tgt && trig.patientGenitive) tgt = countedOf(ai, m.end, b);
  tgt ??= objectAfter(ai, src && src.first > m.start ? src.last + 1 : m.end, b, src, false, (i) => i > m.end && ctx.isTrigger(i));
  // "وصلت طائرتان سعوديتان محملة بمساعدات": aid a plane or ship carries was delivered (aid-carrier.ts)
  if (trig.type === "AID") { const d = aidDelivery(ctx.doc, ai, m.start, m.end, cl.a, b, () => documentState(ctx)); if (d) { occurs = true; tie = "tight"; if (!src && d.givers.length) { src = d.givers[0]; r.src = src; r.alsoBy = d.givers.slice(1); } if (d.dest && (!tgt || isPlace(tgt)) && !sameActor(d.dest, src)) tgt = d.dest; r.occurs = occurs; r.tie = tie; } }
  // "قال الوزير خلال لقائه مع نظيره": a framed meeting is the act of whom its clause tells of (meeting-frame.ts)
  if (!src) { const h = frameHost(ctx, cl, tgt); if (h) { src = r.src = h; occurs = r.occurs = true; tie = r.tie = "tight"; } }
  if (trig.type === "COOPERATE" && !supported) return null; // "التعاون بين …" as a topic, not an act
  // "فرصة الاتفاق حول الملف النووي"، "بعد انتقادات كثيرة": a statement or deal named by its noun,
  // with no verb saying it was made and no actor tied to it, is one told before
  if (!occurs && tie === "loose" && TOLD_BEFORE.has(trig.type!)) return null;
  r.tgt = tgt;
  return r;
}

/** "شنت X غارات"، "تلقى X اتصالا من Y": the support verb governing the masdar and its subject;
 *  true when one with a subject governs it. */
function supportVerbRoles(ctx: Ctx, cl: Clause, r: Roles): boolean {
  const { toks, ai, isTrigger, doc } = ctx;
  const { m, trig, sent, a, b } = cl;
  let { src, tgt, occurs } = r;
  let supported = false, svAt = -1;
  // ("وتقدم الوزير بالشكر": a trigger verb turned down as an event may be the support verb of a
  // statement masdar after بـ; news: a verb turned down as "وقع" is no support verb of "لزيارة")
  const viaB = JOINT.has(trig.type!) && toks[m.start].readings.some((r) => r.pre.endsWith("ب"));
  const sv = svAt = supportVerbBefore(ai, m.start, a, viaB ? (i) => isTrigger(i) && !ctx.notEvents.has(ctx.triggerAt[i]) : isTrigger);
  if (sv >= 0) {
    // "جبهة التحرير التي شنت عشرات الهجمات": after a relative pronoun the antecedent is the verb's subject
    // (a named antecedent, and the noun within four words of the verb: "التي منحت لهم … مواجهات" is not its act)
    const rs = m.start - sv <= 4 ? relativeBefore(toks, sv) : -1;
    const ante = rs >= 0 ? antecedentActor(ctx, rs) : null;
    const who = (ante?.id && !prepOf(ai, ante) ? ante : null) ?? subjectAfter(ai, sv + 1, m.start) ?? subjectBefore(ai, sv, a, undefined, false, FORCE.has(trig.type!)) ?? (carriesActor(ctx, sv) ? carried(ctx, sv, a, sent) : null);
    // "شهدت تركيا هجمات"، "تعرضت المدينة لقصف": who witnessed a use of force suffered it
    const giver = RECEIVE.has(bareVerb(toks[sv])) ? senderAfter(ai, m.end, b) : null;
    if (who && FORCE.has(trig.type!) && isWitness(toks[sv])) tgt = who;
    // "تلقى X اتصالا هاتفيا من Y": who received it is the target, who sent it the source
    else if (giver && !sameActor(giver, who)) { src = giver; tgt = who; }
    // "أعلنت الجبهة استشهاد أحد عناصرها"، "برقية تعزية بمقتل X": who tells or mourns a death from the
    // victims' side did not do it (victim-side.ts)
    else if (who && toldByVictimSide(toks, m.start, sv)) { /* no doer from the teller */ }
    else src = who;
    // "وزارة الدفاع الكاردانية تعلن طرد جبهة الوادي": a ministry announcing a use of force tells what its
    // state's forces did; the state is the actor
    if (src && src === who && FORCE.has(trig.type!) && ANNOUNCE.has(bareVerb(toks[sv])) && subtypeOf(src.id) === "ministry") {
      const state = stateOfActor(doc, src);
      if (state) src = argAs(src, state, "GPE");
    }
    supported = who !== null; occurs = true;
  }
  r.src = src; r.tgt = tgt; r.occurs = occurs; r.svAt = svAt;
  return supported;
}

/** "هجوم داعش"، "تضامن بلاده"، "الغزو الأميركي لأفغانستان": the genitive and what it is to the
 *  masdar (doer, sufferer or place); returns the genitive still standing as its own. */
function genitiveRoles(ctx: Ctx, cl: Clause, r: Roles): Arg | null {
  const { toks, ai, doc } = ctx;
  const { m, trig, a, b, quote } = cl;
  const sv = r.svAt;
  let { src, tgt, tie, occurs } = r;
  if (src) tie = "tight";
  // "استهدف آخر هجوم انتحاري …"، "الهجوم نفذه انتحاري": a verb next to the noun says it happened
  if (!occurs && verbNear(ctx, m.start, m.end, a, b)) occurs = true;
  // "أكد الوزير تضامن بلاده": the state the speaker speaks for is the actor
  let gen = genitiveOf(ai, m.end, b);
  // "بعد لقائها الرئيس X"، "زيارته السعودية": a meeting noun carrying a pronoun takes no genitive; the
  // name after it is whom it meets (a nationality adjective describes the noun; news: "منحتها ألمانيا"
  // is a verb, "انتقاداته X" ambiguous, so meetings only)
  if (gen && trig.type === "CONSULT" && !isNisba(gen) && possessed(toks[m.start])) { tgt = gen; gen = null; }
  gen ??= homeCountry(ctx, m.end, a, m.start);
  // "أكدت الخارجية المصرية تضامن مصر مع …"، "أكد الوزير تضامن بلاده": who states the support of
  // the state it speaks for is the one coded as giving it
  const sp = gen && !src && trig.type === "SUPPORT" && quote ? speakerFor(ctx, quote.start, a, gen) : null;
  if (sp) { src = sp; tie = "tight"; gen = null; }
  if (gen && !isPluralNoun(toks[m.start], trig)) tie = "tight"; // "هجوم داعش"; "اجتماعات الرئيس" are many
  // "أعلن الوزير التركي بدء وصول طائرات أميركية": who announces a move of another's forces is not
  // its actor; the masdar's own actor (a nationality adjective or genitive) is
  if (gen && src && sv >= 0 && !trig.patientGenitive && ANNOUNCE.has(bareVerb(toks[sv])) && (isNisba(gen) || gen.type === "GPE") && trig.type === "MOBILIZE") { src = gen; gen = null; }
  // "هجوم تركيا على المقاتلين": a country that strikes someone named after على/ضد (noun-agents.ts)
  const struck = gen && !src && !trig.patientGenitive && FORCE.has(trig.type!) && gen.type === "GPE" && placeRank(gen) === 0 ? struckAfterGenitive(ai, gen, b) : null;
  // "حصار الجيش للمدينة": a genitive followed by a لـ object is the doer (noun-agents.ts)
  const lamObject = gen && !src && !struck && FORCE.has(trig.type!) ? lamObjectAfterGenitive(ai, gen, b) : null;
  if (struck && gen) { src = gen; tgt = struck; tie = "tight"; }
  else if (lamObject && gen) { src = gen; tgt = lamObject; tie = "tight"; }
  else if (gen && !sameActor(gen, src)) {
    let holder: Arg;
    // "تفجير عسير": a place that is not a state is where, not whom
    // ("غارة جوية أميركية"، "بنيران إسرائيلية": a nationality adjective says whose force it was)
    const nationality = /ي$|يه$/.test(gen.text) || (isNationality(doc, gen) && adjectivesOnly(toks, m.end, gen.first));
    if (FORCE.has(trig.type!) && isPlace(gen) && !nationality && placeRank(gen) > 0) { /* location */ }
    // "الغزو الأميركي لأفغانستان"، "الحصار البحري الإسرائيلي": a nationality adjective agreeing
    // with a noun of force whose genitive suffers it says whose force it was (nisba-doer.ts)
    // ("تسليح القوات" arms the forces, a noun of aid's genitive receives it; "التمويل الأميركي": the adjective gives it)
    else if (trig.patientGenitive && !src && (FORCE.has(trig.type!) || trig.type === "AID") && nisbaDoer(ai, m.start, m.end, gen)) src = gen;
    // ("مقتل العشرات من تنظيم داعش": a counted group of a named body is that body)
    else if (trig.patientGenitive || src || (FORCE.has(trig.type!) && isPlace(gen) && !nationality)) tgt = gen.id ? gen : personAfterTitle(ai, gen, b);
    // ("زيارة وزير الخارجية الأميركي فلان إلى القاهرة": a nationality adjective in a genitive title followed
    // by the holder's name is the visitor's, not the place visited: the holder acts)
    else if (trig.type === "CONSULT" && isNisba(gen) && !possessed(toks[m.start]) && gen.first > m.end && (holder = personAfterTitle(ai, gen, b)) !== gen && holder.type === "PERSON") src = holder;
    else if (PLACE_GENITIVE.has(trig.type!) && isPlace(gen)) { if (trig.type === "CONSULT" && gen.type === "GPE") tgt = gen; } // "زيارة طهران"، "مؤتمر الرياض"
    else src = gen;
  }
  r.src = src; r.tgt = tgt; r.tie = tie; r.occurs = occurs;
  return gen;
}

/** An actor named by a construction after the masdar (لـ، من قبل، بنيران، بين، مع) or by its
 *  possessive pronoun. */
function agentRoles(ctx: Ctx, cl: Clause, r: Roles, gen: Arg | null, byMatch: Map<number, Cand>): void {
  const { toks, ai } = ctx;
  const { m, trig, sent, a, b, speaker } = cl;
  const sv = r.svAt;
  let { src, tgt, tie, occurs, mutual } = r;
  // "قصف جوي للقوات العراقية"، "هجوم للحرس الثوري": an indefinite noun of force names its doer with لـ
  // (an indefinite attack owned by its doer is one attack, told as an occurrence: "صد هجوما لحزب الله")
  if (!src && !gen && FORCE.has(trig.type!)) { src = lamAgent(ai, m.start, m.end, b, trig); if (src) { tie = "tight"; occurs = true; } }
  if (!src) { src = agentPhrase(ai, m.end, b) ?? fireOf(ai, m.end, b) ?? (trig.patientGenitive && trig.type === "ASSAULT" ? clashWith(ai, m.end, b) : null); if (src) tie = "tight"; }
  // "أعلن الجيش مقتل جندي برصاص قناص": who announces a death is not who fired
  else if (trig.patientGenitive && sv >= 0 && ANNOUNCE.has(bareVerb(toks[sv]))) { const fire = fireOf(ai, m.end, b) ?? (trig.type === "ASSAULT" ? clashWith(ai, m.end, b) : null); if (fire && !sameActor(fire, tgt)) src = personAfterTitle(ai, fire, b); }
  if (!src) { const bw = between(ai, m.end, b); if (bw) { src = bw[0]; tgt ??= bw[1]; tie = "tight"; mutual = tgt === bw[1] && tgt !== null; } }
  // "الاتفاق الأميركي التركي"، "التعاون الفرنسي - اللبناني": two nationality adjectives name a joint act's parties (dual-adjectives.ts)
  if (!src && !tgt && PAIRED.has(trig.type!)) { const p = pairAfterNoun(ai, m.end, b); if (p) { [src, tgt] = p; tie = "tight"; } }
  // "الاشتباكات مع X"، "المواجهات ضد X": a side named after مع/ضد, the armed body before the other (clash-sides.ts)
  // ("اندلعت اشتباكات عنيفة، صباح الأحد، بين X وY": the sides past a gap of manner, time and place: clash-reach.ts)
  const far = !src && !tgt ? sidesMarkAfter(ai, m.start, m.end, b, ctx.isTrigger) : -1;
  if (!occurs && clashStated(toks, m.start, m.end, a, b)) occurs = true; // "وتدور معارك"، "اشتباكات دارت"
  if (far >= 0 && toks[far].norm === "بين") { const bw = between(ai, far, b); if (bw) { src = bw[0]; tgt = bw[1]; tie = "tight"; mutual = tgt !== null; } }
  if (!src && !tgt) { const cs = clashSides(ai, m.start, m.end, a, b, far >= 0 ? far : m.end); if (cs) { tie = "tight"; if (cs.against) { src = cs.other; tgt = cs.side; } else if (cs.other) { src = cs.other; tgt = cs.side; mutual = true; } else src = cs.side; } }
  // ("انتقد X المملكة واتهامه لها": joined to an event verb, the pronoun is that verb's subject)
  if (!src && possessed(toks[m.start]) && AGENT_POSSESSOR.has(trig.type!)) { src = coordinatedSubject(ctx, m, sent, byMatch) ?? subjectBefore(ai, m.start, a, 14) ?? speaker; if (src) tie = "tight"; }
  if (!src && (src = ownerOfForce(ctx, cl))) tie = "tight"; // "وضاعفت الحركة هجماتها" (owned-force.ts)
  r.src = src; r.tgt = tgt; r.tie = tie; r.occurs = occurs; r.mutual = mutual;
}

/** "الهجوم الذي شنه التحالف"، "الذي استهدف مسجدا": a relative clause on the masdar. */
function relativeRoles(ctx: Ctx, cl: Clause, r: Roles): void {
  const { toks, ai, isTrigger } = ctx;
  const { m, b } = cl;
  let { src, tgt, tie, occurs } = r;
  // "الانفجار الذي استهدف مقرا لشرطة المرفأ"، "الهجوم الذي شنه التحالف"
  const rv = relativeVerbAfter(ctx, m.end, b);
  // "التهديدات التي حذر منها الرئيس": a trigger verb of its own taking the noun after a
  // preposition tells of the event, not who did it or to whom
  if (rv >= 0 && isTrigger(rv) && PREP_PRONOUN.test(toks[rv + 1]?.norm ?? "")) { /* not tied */ }
  else if (rv >= 0) {
    // "الذي تعرض له مسجد"، "التي شهدتها روسيا": who suffered it or where; "الذي شنه التحالف": who did
    // it; "الذي استهدف مسجدا": the noun is the subject, what follows the object
    const after = subjectAfter(ai, rv + 1, b, isTrigger);
    if (WITNESS.has(bareVerb(toks[rv]))) { if (after && !isPlace(after)) { tgt ??= after; tie = "tight"; } }
    else {
      // "الهجمات التي شنها التحالف": the verb's object is the noun, what follows its subject
      // ("الهجوم الذي تبناه X"، "الذي نفذه X": a support verb with the noun as its pronoun says it happened)
      if (objectPronoun(toks[rv], toks[rv + 1])) { src ??= after; if (after && supportVerbAt(toks[rv])) occurs = true; }
      else tgt ??= objectAfter(ai, rv + 1, b, src, true, (i) => i > rv + 1 && isTrigger(i));
      // "الهجمات التي شنها التحالف" ties the noun to its actor; "التهديدات التي تواجه نورستان" does not
      if ((after || tgt) && (isTrigger(rv) || objectPronoun(toks[rv], toks[rv + 1]) || supportVerbIndex().matchAt(toks, rv))) tie = "tight";
    }
  }
  r.src = src; r.tgt = tgt; r.tie = tie; r.occurs = occurs;
}
