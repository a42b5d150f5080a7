// The source and target of a trigger read as a verb: a circumstantial participle, a passive
// participle, or a verb whose subject may be an event noun, a relative antecedent, a pronoun, or
// the clause's own subject, and whose victims and object follow. Returns null when the verb tells
// no event of its own.
import { type Arg, actorAt, agentPhrase, authorOfObject, fireOf, isPlace, objectAfter, personAfterTitle, prepOf, sameActor, subjectAfter, subjectBefore } from "./arguments.ts";
import { askedOf, asksOf } from "./asked-of.ts";
import { clashWith } from "./clash-side.ts";
import { isBreak, isPrepWord, isTransparent, opensClause } from "./clause.ts";
import { triggerBetween } from "./condemned-act.ts";
import { unnamedVictim } from "./unnamed-victims.ts";
import { carried, coordinatedSubject, speakerFor, titledBefore } from "./context-subjects.ts";
import { NOUN_SUBJECT, describedEvent } from "./described-event.ts";
import { isDualVerb } from "./dual-verbs.ts";
import { JOINT, PRONOUNS, PRONOUN_SUBJECT, SPEECH_ACTS, STATEMENTS, UNREAL_AFTER } from "./event-classes.ts";
import { type Cand, type Clause, type Ctx, type Roles, setActor } from "./event-context.ts";
import { circumstantialSubject, inKanaFrame, isPluralVerb, kanaSubject, pronounAntecedent, pronounBefore, sharedSubject } from "./implicit-subjects.ts";
import { cognateObject } from "./joint-acts.ts";
import { accusativeGroup, countedGroup, objectFollows, objectPrepNext } from "./noun-cases.ts";
import { isImperfect } from "./occurrence.ts";
import { antecedentActor, antecedentTrigger, nounBefore, relativeBefore } from "./relative-clauses.ts";
import { ownerOfForce } from "./owned-force.ts";
import { threatObject } from "./threat-object.ts";
import { appositionEnd, coSubjects, coSubjectsEnd } from "./source-apposition.ts";
import type { PloverType } from "../core/contract.ts";
import { titledSubject } from "./titled-subject.ts";
import { headlineSvo } from "./headline-subject.ts";
import { joinedNext, victimPhrase } from "./victim-phrase.ts";
import { speakerGoesOn } from "./speaker-goes-on.ts";
import { inSeat } from "./meeting-seat.ts";
import { loneCircumstantial } from "./lone-circumstantial.ts";
import { disagrees } from "./verb-agreement.ts";
import { countedBody, nationalBefore, noObjectAfter } from "./counted-victims.ts";
import { casualtyVerb, firstPerson, objectPronoun, passivePerson, victimRole, victimVerb } from "./verb-words.ts";

/** A circumstantial participle closing a clause: that clause's person (or the quote's speaker) acts on the name right after it. */
export function circumstantialRoles(ctx: Ctx, cl: Clause): Roles | null {
  const { ai, isTrigger } = ctx;
  const { m, a, b, speaker } = cl;
  let src: Arg | null = null, tgt: Arg | null = null;
  // "…، داعيا الكونغرس إلى عدم عرقلة النص": the clause's person acts on the name right after
  tgt = objectAfter(ai, m.end, b, null, true, (i) => isTrigger(i) && ctx.triggerAt[i] !== ctx.triggerAt[m.start]);
  // ("مطالبا القوات الأمنية": an unnamed body the lexicon knows, right after it, is a target too; ownForces names its state in role-checks.ts)
  // ("…، متوعدة بالرد": with no name after it, a threat stands with its maker alone: lone-circumstantial.ts)
  if (!tgt || (!tgt.id && (!tgt.role || tgt.first !== m.end)) || tgt.first > m.end + 2) return loneCircumstantial(ctx, cl);
  // (inside a quote the one quoted is who calls or condemns: "وقال X إن …، مناشدا")
  src = speaker ?? circumstantialSubject(ai, m.start, a);
  if (!src || sameActor(src, tgt)) return null;
  return { src, tgt, occurs: true, tie: "tight", mutual: false, svAt: -1 };
}

/** "باريس مهددة من تنظيم داعش": a passive participle and its doer after من (قبل). */
export function passiveRoles(ctx: Ctx, cl: Clause): Roles | null {
  const { ai } = ctx;
  const { m, a, b } = cl;
  let src: Arg | null = null, tgt: Arg | null = null;
  // "باريس مهددة من تنظيم داعش"، "المدينة محاصرة من قبل الجيش": a passive participle — who did it
  // follows من (قبل), what it describes before it suffers it; without a named doer it is no event
  src = agentPhrase(ai, m.end, b);
  if (!src?.id) return null;
  const pre = subjectBefore(ai, m.start, a, 3);
  tgt = pre && !sameActor(pre, src) && !prepOf(ai, pre) ? pre : null;
  return { src, tgt, occurs: true, tie: "tight", mutual: false, svAt: -1 };
}

/** Acts whose parties named together are each other's partners ("اتفق X وY"، "التقى X وY"). */
const MUTUAL_ACTS = new Set<PloverType>(["CONSULT", "AGREE", "COOPERATE"]);

/** A verb's subject and, when it read as passive, the person it befell. */
interface Subject { src: Arg | null; passive: Arg | null }

/** A verb's roles: its subject (verbSubject), then who it befell, its object and an agent named after it. */
export function verbRoles(ctx: Ctx, cl: Clause, byMatch: Map<number, Cand>): Roles | null {
  const s = verbSubject(ctx, cl, byMatch);
  if (!s) return null;
  const { toks, ai, isTrigger } = ctx;
  const { m, trig, a, b, quote } = cl;
  let src = s.src, tgt: Arg | null = null;
  const passive = s.passive;
  // "سبعة من مقاتلي جبهة التحرير قتلوا": a counted group before the verb suffered it (the passive reading)
  let victims: Arg | null = passive, body: Arg | null = null;
  // "لقي عدد من عناصر داعش مصرعهم"، "استشهد X": an intransitive casualty verb's subject died
  if (src && src.start >= 0 && victimVerb(trig)) { victims = src; src = null; }
  else if (src && src.first < m.start && casualtyVerb(trig) && (countedGroup(toks, src) || victimRole(src, trig) || unnamedVictim(ai, src, m.end, b, m.start, isTrigger))) { victims = src; src = null; } // (unnamed-victims.ts)
  // "سبعة من عناصر الجبهة وقوات الحزب قتلوا"، "جنديا نورستانيا قتل": a body counted among the victims,
  // or a soldier's country, before the verb with no object after it (counted-victims.ts)
  else if (src && src.first < m.start && casualtyVerb(trig) && !isImperfect(toks[m.start], trig) && (body = countedBody(ai, src) ?? (nationalBefore(ai, src) ? src : null)) && noObjectAfter(ai, m.end, b, isTrigger)) { victims = body; src = null; }
  // "وأعلن الجيش أن سامر بلوط قتل في 3 مارس": a person before such a verb with no object after it
  else if (src?.type === "PERSON" && src.first < m.start && passivePerson(toks[m.start]) && !objectFollows(ai, m.end, b)) { victims = src; src = null; }
  else if (casualtyVerb(trig) && !src?.id) {
    let p = m.start - 1;
    while (p > a && isTransparent(toks[p])) p--;
    const right = actorAt(ai, p); // "سبعة من مقاتلي X (على الأقل) قتلوا"
    if (right && right.last === p && countedGroup(toks, right)) { victims = right; src = null; }
  }
  // "وأكدت الخارجية المصرية … تضامن مصر مع": as for the masdar (noun-roles.ts), the speaker for the state
  // ("دعا فلان زعيم حزب X الحكومة": the subject's title and its body come before the object: source-apposition.ts)
  // ("وتتهم بريطانيا وفرنسا النظام": names joined to the subject act with it; a joint act's partner stays: "اتفق X وY")
  let objFrom = src && src.first > m.start ? appositionEnd(ai, src, src.last + 1, b, toks[m.start]) : m.end;
  // ("ونددت كاردانيا وسودانيا بالهجوم": a statement made jointly is made by each of them; the lead's count on
  // R: gold codes one ACCUSE/SUPPORT/REQUEST per party, we coded the first only)
  const jointOf = src, joint = src && src.first > m.start && SPEECH_ACTS.has(trig.type!) ? coSubjects(ai, src, objFrom, b) : [];
  if (src && src.first > m.start && !MUTUAL_ACTS.has(trig.type!)) objFrom = coSubjectsEnd(ai, src, objFrom, b);
  if (src && trig.type === "SUPPORT" && quote) src = speakerFor(ctx, quote.start, a, src) ?? src;
  const speech = SPEECH_ACTS.has(trig.type!);
  tgt = objectAfter(ai, objFrom, b, src, true, (i) => (i > m.end || speech) && isTrigger(i) && toks[i].kind === "word" && ctx.triggerAt[i] !== ctx.triggerAt[m.start] && !cognateObject(ctx, i, objFrom, trig));
  // "واستقبل الوزير في مقر الوزارة نظيره": the body whose seat holds a meeting is where, not whom (meeting-seat.ts)
  for (let n = 0; tgt && trig.type === "CONSULT" && n < 2 && inSeat(ai, tgt); n++) tgt = objectAfter(ai, tgt.last + 1, b, src, true, (i) => (i > m.end || speech) && isTrigger(i) && toks[i].kind === "word" && ctx.triggerAt[i] !== ctx.triggerAt[m.start]);
  // "وطلب الوزير من الحكومة": whom a request verb asks follows من (asked-of.ts)
  if (!tgt && trig.type === "REQUEST" && asksOf(toks[m.start].norm)) tgt = askedOf(ai, m.start, m.end, b, src);
  if (victims) tgt = victims; // (a passive verb has no object of its own)
  // "هدد التنظيم بقتل X": a threat is aimed at whom the act it names would strike (threat-object.ts)
  if (!tgt && trig.type === "THREATEN") tgt = threatObject(ai, objFrom, b, src, isTrigger);
  // "دانت X التصريحات التي صدرت عن Y": a statement about what another said or did is aimed at its author
  if (!tgt && STATEMENTS.has(trig.type!)) { tgt = authorOfObject(ai, objFrom, b, isTrigger); if (sameActor(tgt, src)) tgt = null; }
  // "صفقات وقعت مع شركة أجنبية من قبل الوزارة": a passive names its actor after من قبل
  // ("نددت X بالقصف … من قبل Y": past another event noun, the agent is that act's)
  const agent0 = agentPhrase(ai, m.end, b, false);
  const agent = agent0 && speech && triggerBetween(m.end, agent0.first, ctx.triggerAt[m.start], ctx.reads.matchAt) ? null : agent0;
  if (agent) { src = agent; if (sameActor(tgt, agent)) tgt = null; }
  // "قتل أحد عناصر الشرطة بنيران مسلحين": who fired killed; an unnamed subject of the verb was hit
  else if (!src?.id) {
    const fire = fireOf(ai, m.end, b);
    if (fire && !sameActor(fire, src)) {
      if (src && src.first > m.start && (!tgt || sameActor(tgt, fire))) tgt = src;
      else if (sameActor(tgt, fire)) tgt = null;
      src = personAfterTitle(ai, fire, b);
    }
  }
  // "قتل جنود في اشتباكات مع X": the other side of the clash killed them (clash-side.ts)
  if (!src && casualtyVerb(trig)) { const side = clashWith(ai, m.end, b); if (side && !sameActor(side, tgt)) src = side; }
  // "أوقف العدوان": an arrest verb whose object is an event stops it, arrests no one
  if (trig.mode === "arrest" && isTrigger(m.end) && ctx.triggerAt[m.end] !== ctx.triggerAt[m.start]) return null;
  src ??= ownerOfForce(ctx, cl); // "واصل طيران التحالف شن غاراته" (owned-force.ts)
  // (only while the subject found stands: an agent phrase or the quote's speaker replaced it otherwise)
  const alsoBy = joint.length && src === jointOf ? joint.filter((x) => !sameActor(x, src) && !sameActor(x, tgt)) : [];
  return { src, tgt, occurs: true, tie: "tight", mutual: false, svAt: -1, ...(alsoBy.length && src ? { alsoBy } : {}) };
}

/** The verb's subject; null when the verb only tells more of an event already named (its object
 *  then goes to that event). */
function verbSubject(ctx: Ctx, cl: Clause, byMatch: Map<number, Cand>): Subject | null {
  const { toks, ai, isTrigger } = ctx;
  const { m, trig, a, b, speaker } = cl;
  let src: Arg | null = null, pron = -1;
  // "وكانت ضربة جوية استهدفت بلوط"، "بقصف مدفعي استهدف موكبا": an indefinite event noun
  // takes its relative clause without الذي; the verb tells more about that event (its object is
  // the event's target), and the noun is its subject
  const host = nounBefore(ctx, m.start, trig, byMatch);
  const h = host >= 0 ? byMatch.get(host) : undefined;
  if (h && !h.tgt) {
    const obj = objectAfter(ai, m.end, b, h.src);
    if (obj && !sameActor(obj, h.src)) { h.tgt = obj; setActor(h.ev, "target", obj); return null; }
  }
  const rel = host >= 0 ? -1 : relativeBefore(toks, m.start);
  // "تحذر من سياسات إيران": what follows a verb's own preposition is its object, not its subject
  const endsInPrep = isPrepWord(toks[m.end - 1]) || /^(من|علي|الي|عن|مع|ب)$/.test(toks[m.end - 1].norm);
  // "هجوما للجماعة استهدف القنصلية": a verb describing an indefinite event noun (described-event.ts)
  const described = rel < 0 && !endsInPrep ? describedEvent(ai, m.start, a, ctx.triggerAt, ctx.matchValues, toks[m.start].norm.startsWith("ت") && isImperfect(toks[m.start], trig)) : -1;
  if (described >= 0 || described === NOUN_SUBJECT) {
    const host = described >= 0 ? byMatch.get(described) : undefined;
    const obj = objectAfter(ai, m.end, b, host?.src ?? null, true, (i) => isTrigger(i) && ctx.triggerAt[i] !== ctx.triggerAt[m.start]);
    // (a place that witnessed it gives way to what was hit: "شهدت نيروبي هجوما استهدف السفارة")
    if (host) { if (obj && !sameActor(obj, host.src) && (!host.tgt || (isPlace(host.tgt) && !isPlace(obj)))) { host.tgt = obj; setActor(host.ev, "target", obj); } return null; }
    // a noun told as possible ("هجمات محتملة تستهدف") is no event, nor what describes it
    for (let i = m.start - 1; i >= Math.max(a, m.start - 4) && ctx.triggerAt[i] !== described; i--) if (UNREAL_AFTER.has(toks[i].norm)) return null;
    if (described === NOUN_SUBJECT && !obj) return null; // ("حملة تستهدف" with no one named: nothing to tell)
  } else if (rel >= 0) {
    // "التفجير الذي استهدف مسجدا": the verb tells more about an event already named
    const ante = antecedentTrigger(ctx, rel);
    if (ante >= 0) {
      const host = byMatch.get(ante);
      const obj = objectAfter(ai, m.end, b, host?.src ?? null);
      if (host && obj && !host.tgt && !sameActor(obj, host.src)) { host.tgt = obj; setActor(host.ev, "target", obj); }
      return null;
    }
    // "تركيا التي تعارض": an imperfect verb in a relative clause describes its antecedent
    if (isImperfect(toks[m.start], trig)) return null;
    // the antecedent is the subject, unless the verb carries the object pronoun ("التي شنها التحالف")
    src = antecedentActor(ctx, rel) ?? (endsInPrep || !objectPronoun(toks[m.end - 1], toks[m.end]) ? null : subjectAfter(ai, m.end, b, isTrigger));
  } else if (host >= 0) {
    // (the event noun is the verb's subject: its actor, if it has one, did it)
    src = h?.src ?? null;
  } else if ((pron = pronounBefore(toks, m.start, PRONOUNS)) >= 0) {
    // "ادعى أنه أسقط طائرة روسية"، "وهم (الآن) يهاجمون": the pronoun is the subject, what follows
    // the object; it stands for the speaker of a quote ("أنه") or the clause's actor before it
    src = (PRONOUN_SUBJECT.has(toks[pron].norm) ? speaker : null) ?? subjectBefore(ai, pron, a, 14, true) ?? pronounAntecedent(ai, pron, a);
  } else {
    return plainSubject(ctx, cl, byMatch, endsInPrep);
  }
  return { src, passive: null };
}

/** The subject of a verb in a clause of its own: before it (SVO, كان … قد), after it, or carried. */
function plainSubject(ctx: Ctx, cl: Clause, byMatch: Map<number, Cand>, endsInPrep: boolean): Subject {
  const { toks, ai, isTrigger } = ctx;
  const { m, trig, sent, a, b } = cl;
  let src: Arg | null = null;
  let passive: Arg | null = null; // a person a verb read as passive befell
  // "جبهة التحرير تهاجم جيش نورستان": a clause that opens with its subject (SVO)
  const pre = subjectBefore(ai, m.start, a, 4);
  // ("وزير الدفاع النورستاني يطالب": a title chain opening the clause ends in its subject: titled-subject.ts)
  const svo = pre && pre.last === m.start - 1 && (pre.first === a || isBreak(toks[pre.first - 1]) || opensClause(toks[pre.first - 1]) || (JOINT.has(trig.type!) && titledSubject(ai, pre, a, isTrigger)));
  // "وكان صالح قد طالب الحكومة": the subject stands between كان and قد, what follows is the object
  const kana = svo ? null : kanaSubject(ai, m.start, a);
  // ("وكانت وحدة نزع الألغام قد اتهمت الميليشيات": an unnamed subject in the كان … قد frame; what follows is the object)
  // ("وأشاد بجهود مصر"، "ودعا إلى وقف": a statement verb whose object preposition follows it
  // names no subject after it; the one who speaks is carried from before, below)
  // ("القيادة تهنئ رئيس النيجر": a headline's subject stands before its verb; the name after is its object: headline-subject.ts)
  const objectFirst = SPEECH_ACTS.has(trig.type!) && (objectPrepNext(ai, m.end) || headlineSvo(ctx, cl));
  // ("سنطرد الإرهابيين"، "ندين": a first person verb carries its subject; what follows is its object;
  // so does a dual: "وطالبا الأمم المتحدة")
  src = svo ? pre : kana ?? (endsInPrep || objectFirst || isPluralVerb(toks[m.end - 1]) || isDualVerb(toks[m.start], trig) || inKanaFrame(ai, m.start, a) || firstPerson(toks[m.start], trig) ? null : subjectAfter(ai, m.end, b, isTrigger, SPEECH_ACTS.has(trig.type!)));
  // "وطالب الحكومة بوقف"، "ودعت حزب X إلى": a name right after a singular verb that disagrees with it in
  // gender is its object; the subject is carried, as below (verb-agreement.ts)
  const objectNext = !!src && src.first > m.start && disagrees(ai, m.end, toks[m.start], isImperfect(toks[m.start], trig), src);
  if (objectNext) src = null;
  // "نفذت غارات … واعتقلت عناصر": after a coordinated verb an unnamed noun is its object; the
  // subject is the one of the verb it is joined to
  if (src && !src.id && src.first > m.start) src = coordinatedSubject(ctx, m, sent, byMatch, true) ?? src;
  // "أن وحدة من الجيش قتلت مسلحين": a sound plural in ـين (not after a count) is accusative, the
  // verb's object, never its subject
  if (accusativeGroup(toks, src)) src = null;
  // "قتل 31 شخصا": a counted group after a casualty verb is who suffered it (its object, or the
  // subject of the passive), never who did it; "هاجم عشرات المسلحين" is active
  // ("واعتقلت عشرة أشخاص"، "تطرد آلاف المهاجرين": after an arrest or expulsion verb, who it befell;
  // "واعتقل ثلاثة فلسطينيين": a counted people named by its country is a group of its people)
  if (src && (!src.id || src.type === "GPE") && src.first > m.start && (casualtyVerb(trig) || trig.type === "COERCE") && (countedGroup(toks, src) || victimRole(src, trig) || (casualtyVerb(trig) && unnamedVictim(ai, src, src.last + 1, b, m.start, isTrigger)))) src = null;
  // "قتلت الطائرات 40 من مقاتلي الجبهة والحزب": a body counted among the victims after the verb is
  // none of its doers; the doer is sought before the verb, as for a verb with no subject after it (counted-victims.ts)
  if (src && src.first > m.start && casualtyVerb(trig) && countedBody(ai, src)) src = null;
  // "قتل أحد مسلحي X"، "قتل شرطي تركي": X's men, or one of the country's, suffered it (victim-phrase.ts)
  if (src && src.first > m.start && (casualtyVerb(trig) || passivePerson(toks[m.start])) && victimPhrase(ai, src, m.end) && (joinedNext(ai, src.last + 1) || !objectFollows(ai, src.last + 1, b))) { passive = src; src = null; }
  // "وتحدث وزير الداخلية الكارداني سامر بلوط": the title's adjective stands for the person named next
  if (src && src.first > m.start) src = personAfterTitle(ai, src, b);
  // "واعتقل X في حزيران"، "وقتل القيادي X في غارة": a person named right after a perfect verb of
  // killing or arrest, with no object after the name, suffered it (the verb read as passive)
  if (src?.type === "PERSON" && src.first > m.start && passivePerson(toks[m.start]) && !objectFollows(ai, src.last + 1, b)) { passive = src; src = null; }
  // ("وقال X إن …، ودعا": a statement verb joined right after a quote is its speaker's: speaker-goes-on.ts)
  // "هاجموا الثكنة وقتلوا": a coordinated verb without its own subject shares the one before it;
  // "وكان X … قد استولوا": the subject stands between كان and قد
  if (!src && !passive) src = coordinatedSubject(ctx, m, sent, byMatch) ?? kanaSubject(ai, m.start, a) ?? sharedSubject(ai, m.start, a) ?? titledBefore(ai, subjectBefore(ai, m.start, a), m.start) ?? speakerGoesOn(ctx, m, trig, a) ?? carried(ctx, m.start, a, sent, objectNext);
  if (accusativeGroup(toks, src)) src = null; // ("قتلت مسلحين وأصابت": the object before a joined verb)
  return { src, passive };
}
