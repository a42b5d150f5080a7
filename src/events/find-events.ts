// What happened: PLOVER events from trigger words (data/lexicon/event-triggers.tsv) with their
// arguments (arguments.ts), polarity (polarity.ts), date and counts. What makes a trigger an
// event here, beyond the lexicon:
// - it is not a word of a name ("دان دي لوس"، "مجلس التعاون") nor under "أي" (hypothetical);
// - its `needs` word follows it in the clause ("بحث مع"), when the lexicon row has one;
// - it has an actor: a source or a target (an entity, else a generic actor like المتظاهرون);
//   a masdar without its own actor is a mention of an event told elsewhere, not a new one;
// - a verb in a relative clause on a trigger ("التفجير الذي استهدف مسجد…") adds its object to
//   that event instead of making another.
// One event per sentence and type (a verb and its masdar state the same event) and one per
// document for the same type and actors (news repeats its main event paragraph after paragraph).
import type { EventOut, PloverType, Quantity, QuoteOut, Span } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import { docMatches } from "../lexicon/doc-matches.ts";
import { genericActorIndex, type Anaphor, type GenericActor } from "../lexicon/generic-actors.ts";
import type { Hedge } from "../lexicon/hedges.ts";
import { tokenForms, type PhraseMatch } from "../lexicon/phrase-index.ts";
import { isDemanded } from "./demanded.ts";
import { supportVerbIndex, triggerIndex, type Trigger } from "../lexicon/triggers.ts";
import { actorIndex } from "../actors/mentions.ts";
import type { Range } from "../actors/ranges.ts";
import {
  RECEIVE, actorAt, againstWhom, agentPhrase, countedOf, fireOf, authorOfObject, argAs, makeArg, argIndex, isNisba, nisbaHead, personAfterTitle, prepOf, between, genitiveOf, isPlace, objectAfter, sameActor, subjectAfter, subjectBefore,
  supportVerbBefore, isPartitiveWord, type Arg, type ArgIndex,
} from "./arguments.ts";
import { WITNESS_STEMS, isGeneralStatement, isImperfect, isPluralNoun, isPurpose, underAnalysisHead } from "./occurrence.ts";
import { armyNamed, countryCode, isNationality, describedCapital, leadPlace, placeIn, placeMarked, placeRank, stateOf, stateOfActor, statementPlace, subtypeOf } from "./places.ts";
import { eventSentences, sentenceOf, type EventSentences } from "./sentences.ts";
import { bareIn, bareSet, bareWord, isAdverb, isBreak, isHypothetical, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";
import { resolveAnaphors } from "./anaphora.ts";
import { dateIn } from "./dates.ts";
import { carriedSubject, circumstantialSubject, inKanaFrame, isPluralVerb, kanaSubject, pronounAntecedent, pronounBefore, pronounTarget, sharedSubject, titleHolder } from "./implicit-subjects.ts";
import { polarity } from "./polarity.ts";
import { countsIn, isCount, type Counts } from "./quantities.ts";
import { wordClass } from "./word-classes.ts";
import { functionWords } from "../lexicon/function-words.ts";
import { dropEventAdjective } from "./non-actors.ts";
import { lamAgent, struckAfterGenitive } from "./noun-agents.ts";
import { NOUN_SUBJECT, describedEvent } from "./described-event.ts";
import { clashWith } from "./clash-side.ts";
import { nisbaDoer } from "./nisba-doer.ts";
import { threatObject } from "./threat-object.ts";
import { inPartOf } from "./place-parts.ts";
import { isDualVerb } from "./dual-verbs.ts";
import { clashSides } from "./clash-sides.ts";
import { threatOnAnyone } from "./any-object.ts";
import { headsPlaceName } from "./place-word.ts";
import { runningToll } from "./running-toll.ts";
import { armedGroup } from "./expel-fighters.ts";
import { sentOff } from "./send-off.ts";
import { dualPartyAt, dualPronoun, jointRoles, pairBefore } from "./dual-parties.ts";
import { titledSubject } from "./titled-subject.ts";
import { partnerAfterBa, visitorAfterPlace } from "./consult-roles.ts";
import { condemnedActor, triggerBetween, type TriggerReads } from "./condemned-act.ts";
import { aidDelivery } from "./aid-carrier.ts";
import { askedOf, asksOf } from "./asked-of.ts";
import { arrivalOf, isArrival } from "./arrival.ts";

/** An event as published, with the words of its actors (entity or generic) and their spans. */
export interface EventWithActors extends EventOut {
  source_text: string | null; source_span: Span | null;
  target_text: string | null; target_span: Span | null;
}

const SPEECH_ACTS = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"]);
const NEED_SOURCE = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "COOPERATE", "AID", "CONSULT", "AGREE"]);
const GENERIC_OK = new Set<PloverType>(["ASSAULT", "PROTEST", "COERCE", "MOBILIZE"]); // types an unnamed crowd or gunman can carry
const PLACE_GENITIVE = new Set<PloverType>(["CONSULT", "AGREE", "PROTEST"]); // "مؤتمر الرياض": a place, not an actor
const FORCE = new Set<PloverType>(["ASSAULT", "COERCE", "SANCTION"]);
const JOINT = new Set<PloverType>(["REQUEST", "SUPPORT", "ACCUSE", "REJECT", "CONSULT", "AGREE", "AID", "COOPERATE", "CONCEDE", "SANCTION"]); // acts two parties do together ("وطالبا"، "مباحثاتهما")
const TOLD_BEFORE = new Set<PloverType>(["AGREE", "REQUEST", "SUPPORT", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "AID"]);
const STATEMENTS = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT"]); // said somewhere, about something elsewhere
const ON_GROUND = new Set<PloverType>(["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "CONCEDE"]); // acts that happen at a place
const PEOPLE = new Set(["fighters", "soldiers", "civilians", "people", "police", "security forces", "protesters"]);
const PRONOUN_SUBJECT = new Set(["انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه", "لانها"]);
const PERSONAL_PRONOUN = functionWords("personal-pronoun");
const PRONOUNS = new Set([...PRONOUN_SUBJECT, ...PERSONAL_PRONOUN]);
const AGENT_POSSESSOR = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "CONSULT", "AGREE"]); // "إدانتها"، "زيارته": the pronoun acts
const WITNESS = wordClass("witness-verb");
const UNREAL_AFTER = wordClass("unreal-after");
const GROUP_NOUNS = wordClass("group-noun");
const HOME = /^[وف]?[بل]?بلاد(ه|ها|هم)$/;
const PREP_PRONOUN = /^(عن|علي|الي|ل|ب|في|من|مع)(ه|ها|هم|هما)$/;
const PREP_ONLY = new Set(["في", "من", "علي", "الي", "عن", "ضد", "بين", "حول", "خلال", "عبر", "لدي"]);
const PREP_ONLY_B = bareSet(PREP_ONLY);

interface Ctx {
  doc: Document; toks: Token[]; ai: ArgIndex; sents: Range[]; quotes: QuoteOut[]; triggerAt: Int32Array;
  matchValues: Trigger[][]; // the readings of each trigger match, by match index
  isTrigger: (i: number) => boolean;
  hedges: PhraseMatch<Hedge>[]; // hedge, negation and future markers of the whole document
  perSentence: Map<number, SentenceFacts>; // a sentence's counts, date, hedges and described capital, each found once
  docState?: string | null; // the country the document names most (documentState), once asked
  docGroup?: string | null; // the militant group the document names most (documentGroup), once asked
  heading: boolean[];        // per sentence: a headline or subheading (eventSentences)
  es: EventSentences;        // the sentences events are read in (a token's: sentenceOf)
  reads: TriggerReads;       // the trigger matches as condemned-act.ts reads them
  notEvents: Set<number>;    // matches accept() turned down ("تقدم" with no نحو): no event, so no barrier to a support verb
}
/** What a sentence says, whichever trigger in it asks: each found on first use. */
interface SentenceFacts { counts?: Counts; date?: string | null; hedges?: PhraseMatch<Hedge>[]; capital?: string | null }
interface Cand { ev: EventWithActors; src: Arg | null; tgt: Arg | null; sent: number; m: PhraseMatch<Trigger>; trig: Trigger; mutual?: boolean; occurs?: boolean; supportVerb?: boolean; alsoBy?: Arg[] }

/** Where the actor of an event noun came from: tied to it (genitive, support verb, بين, من قبل,
 *  a relative clause on it) or only found near it. */
type Tie = "tight" | "loose";

export function findEvents(doc: Document): EventWithActors[] {
  const toks = doc.tokens;
  if (!toks.length) return [];
  // one pass over the tokens for the trigger, generic-actor, hedge and anaphor lexicons (shared with the quote finder)
  const { triggers: trigs, generic, hedges, anaphors } = docMatches(toks);
  const matches: PhraseMatch<Trigger>[] = [];
  for (const m of trigs) if (hasType(m.values)) matches.push(m);
  // a document without a trigger has no event: nothing else is built for it
  if (!matches.length) return [];
  const triggerAt = triggerBuffer(toks.length);
  try {
    for (let k = 0; k < matches.length; k++) for (let i = matches[k].start; i < matches[k].end; i++) triggerAt[i] = k;
    return eventsOf(doc, toks, matches, triggerAt, generic, hedges, anaphors);
  } finally {
    for (const m of matches) triggerAt.fill(-1, m.start, m.end);
  }
}

const hasType = (vs: Trigger[]): boolean => { for (const v of vs) if (v.type) return true; return false; };

// Which trigger match covers each token: one buffer for the process, -1 everywhere between calls
// (a new Int32Array per document costs more than its reads: its store is allocated off the heap);
// reads past the document's last token see -1, as they saw undefined in a fresh array.
let triggerBuf = new Int32Array(0);
function triggerBuffer(n: number): Int32Array {
  if (triggerBuf.length < n + 1) triggerBuf = new Int32Array(Math.max(n + 1, 2 * triggerBuf.length)).fill(-1);
  return triggerBuf;
}

function eventsOf(doc: Document, toks: Token[], matches: PhraseMatch<Trigger>[], triggerAt: Int32Array, generic: PhraseMatch<GenericActor>[], hedges: PhraseMatch<Hedge>[], anaphors: PhraseMatch<Anaphor>[]): EventWithActors[] {
  const es = eventSentences(doc);
  const ix = actorIndex(doc);
  const ctx: Ctx = { doc, toks, ai: argIndex(doc, ix, generic, resolveAnaphors(doc, ix, anaphors)), sents: es.ranges, quotes: doc.quotes ?? [], triggerAt, matchValues: matches.map((m) => m.values), perSentence: new Map(), isTrigger: (i: number) => triggerAt[i] >= 0, hedges, heading: es.heading, es, notEvents: new Set(), reads: { matchAt: (i: number) => (i < toks.length ? triggerAt[i] : -1), nounKind: (k: number) => nounKind(matches[k].values) } };
  const byMatch = new Map<number, Cand>();
  const all: Cand[] = [], out: Cand[] = [];
  const seen = new Map<string, Cand>();
  matches.forEach((m, k) => {
    let trig = chooseReading(ctx, m);
    if (trig?.pos === "noun" && !trig.patientGenitive) dropEventAdjective(ctx.ai, m.start, m.end); // "هجوم مسلح": no actor ("مقتل مسلح": the victim)
    if (!trig) { ctx.notEvents.add(k); return; }
    if (!accept(ctx, m, trig) && !((trig = unguardedReading(m.values, trig)) && accept(ctx, m, trig))) {
      // "وأرسلت الدولة مساعدات": a row whose every reading is guarded (needs, next word) and failed
      // its guard is no trigger here; the words after it keep their support verb and subject
      if (m.values.every(guarded)) ctx.triggerAt.fill(-1, m.start, m.end);
      ctx.notEvents.add(k); // a verb turned down as an event may still govern a masdar after بـ (تقدم بالشكر)
      return;
    }
    const c = build(ctx, m, trig, byMatch);
    if (!c) return;
    byMatch.set(k, c);
    // same sentence and type: the same event told twice (a verb and its masdar) — fill gaps
    // ("مصر تدين … أدانت وزارة الخارجية المصرية": a country and its organ, the organ kept)
    const twin = all.find((o) => o.sent === c.sent && o.ev.type === c.ev.type && (!o.src || !c.src || sameActor(o.src, c.src) || sameOrOrgan(doc, o.src, c.src)));
    if (twin) {
      if (twin.src && c.src && !sameActor(twin.src, c.src)) { twin.src = c.src; setActor(twin.ev, "source", c.src); }
      fill(twin, c); byMatch.set(k, twin); return;
    }
    all.push(c);
    // the same type and actors again: a masdar names an event already told; a verb tells a new
    // one unless the same was told by a verb a few sentences before
    const key = `${c.ev.type}|${actorKey(c.src)}|${actorKey(c.tgt)}`;
    const prev = seen.get(key);
    const isVerb = c.trig.pos !== "noun";
    // (a heading never stands for the body: the body's telling is kept, the heading's dropped below)
    if (prev && !es.heading[prev.sent] && (!isVerb || (prev.trig.pos !== "noun" && c.sent - prev.sent <= 3))) return;
    // a noun naming again the event an actor was said to do ("تأثر بهجمة داعش الأخيرة")
    if (!isVerb && c.src?.id && out.some((o) => o.ev.type === c.ev.type && o.src?.id === c.src!.id && !es.heading[o.sent])) return;
    seen.set(key, c);
    out.push(c);
  });
  for (const c of out) if (c.ev.location === null) c.ev.location = storyPlace(ctx, c);
  const evs: EventWithActors[] = [];
  for (const c of withoutHeadingEchoes(doc, out.filter((c) => !unsure(c, toks)), es.heading)) {
    evs.push(c.ev);
    if (c.mutual && c.src && c.tgt) evs.push(reversed(c));
    if (c.alsoBy) for (const g of c.alsoBy) { const ev: EventWithActors = { ...c.ev, quantities: copyQuantities(c.ev.quantities) }; setActor(ev, "source", g); evs.push(ev); }
  }
  return evs;
}

/** The subject before a verb, or the person its title names ("مسؤولين في الكاميرون ألقوا"). At
 *  module level: a function declared inside build() cost tsx's __name() per trigger (PERF.md, session 11). */
function titledBefore(ai: ArgIndex, x: Arg | null, at: number): Arg | null { return x && personAfterTitle(ai, x, at); }

const TIME_BEFORE_NUMBER = new Set(["الدقيقه", "الساعه", "عام", "العام", "سنه", "في", "منذ", "حتي", "قبل", "بعد"]);
/** Is the word at i right after a number that counts it (not a year, not a time)? */
function countedNoun(toks: Token[], i: number): boolean {
  const n = toks[i - 1];
  if (!n || n.kind !== "number" || /^[وف]/.test(toks[i].norm)) return false;
  const v = Number(n.norm.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  if (!Number.isFinite(v) || (v >= 1900 && v <= 2100)) return false;
  const before = toks[i - 2];
  return !before || !TIME_BEFORE_NUMBER.has(before.norm);
}

/** "قتال"، "بهجمة"، "ويحاصرهم": a force noun no verb says happened, or a verb whose object is a
 *  pronoun, with a named actor and no target, count or date is too often fighting in general, an
 *  actor misread or a victim left unresolved; it is not reported ("الهجمات التي شنها X" and a verb
 *  with no object at all still are). */
function unsure(c: Cand, toks: Token[]): boolean {
  const ev = c.ev;
  if (c.trig.pos === "noun" ? c.occurs : !objectPronoun(toks[c.m.end - 1])) return false;
  return (ev.type === "ASSAULT" || ev.type === "COERCE") && ev.source !== null && ev.target === null && !ev.target_text && !ev.quantities.length && ev.date === null;
}

/** "الاشتباكات بين الجيش ومقاتلي التنظيم": fighting between two sides is an attack by each on the
 *  other (the text's order says nothing of who started it), so both directions are events. */
function reversed(c: Cand): EventWithActors {
  const ev: EventWithActors = { ...c.ev, quantities: copyQuantities(c.ev.quantities) };
  setActor(ev, "source", c.tgt);
  setActor(ev, "target", c.src);
  if (c.src!.start < 0) { ev.target = c.src!.id; ev.target_text = c.src!.text || null; }
  return ev;
}

/** A copy of each quantity, in an array made by one literal: map's result takes its elements kind
 *  from its content (an empty one differs), and a kind first seen late deoptimized build and eventsOf. */
function copyQuantities(qs: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) out.push({ text: q.text, value: q.value, of: q.of });
  return out;
}

/** A heading restates the body: the headline's event when the body tells the same (type and
 *  actors), a subheading's when the next few sentences tell one of its type. */
function withoutHeadingEchoes(doc: Document, cands: Cand[], heading: boolean[]): Cand[] {
  const body = cands.filter((c) => !heading[c.sent]);
  return cands.filter((c) => {
    if (!heading[c.sent]) return true;
    // "مصر تدين" over "أدانت وزارة الخارجية المصرية": a state heads for its ministry or its leader
    if (c.sent === 0) return !body.some((o) => o.ev.type === c.ev.type && sameOrOrgan(doc, c.src, o.src) && actorKey(o.tgt) === actorKey(c.tgt));
    return !body.some((o) => o.ev.type === c.ev.type && o.sent > c.sent && o.sent <= c.sent + 3);
  });
}

/** A word that is both a verb and a masdar ("طرد"، "قتل"): a masdar after a preposition, a support
 *  verb or another verb, else the verb. Blockers (type null) win when they match. */
function chooseReading(ctx: Ctx, m: PhraseMatch<Trigger>): Trigger | null {
  let verb: Trigger | undefined, noun: Trigger | undefined;
  for (const v of m.values) {
    if (!v.type) return null;
    if (v.pos === "noun") noun ??= v; else verb ??= v;
  }
  let p = m.start - 1;
  while (p >= 0 && isTransparent(ctx.toks[p])) p--;
  const prev = ctx.toks[p];
  // "في تصديها": no verb follows a preposition
  if (verb && !noun && underAnalysisHead(ctx.toks, m.start)) return null; // "أكثر تعاونا": an accusative noun, no verb
  if (verb && !noun) return prev && bareIn(prev, PREP_ONLY_B) ? null : verb; // (ما is no preposition)
  if (!verb || !noun) return m.values[0] ?? null;
  // "تضامن بلاده": a verb would agree with its subject (تضامنت بلاده); this is the masdar
  if (HOME.test(nextWord(ctx.toks, m.end)?.norm ?? "")) return noun;
  // "مقتل جندي وجرح اثنين": coordinated with an event noun just before, it is a noun too
  if (/^و/.test(ctx.toks[m.start].norm)) {
    for (let i = m.start - 1; i >= Math.max(0, m.start - 4); i--) {
      if (isBreak(ctx.toks[i])) break;
      const k = ctx.triggerAt[i];
      if (k >= 0 && ctx.matchValues[k].every((v) => v.pos === "noun")) return noun;
    }
  }
  if (!prev || isBreak(prev)) return verb;
  // "أكثر تعاونا"، "إطار عمل تعاون": after a head noun of analysis or frame it is a noun in construct
  if (underAnalysisHead(ctx.toks, m.start)) return noun;
  if (isPrepWord(prev) || ctx.triggerAt[p] >= 0 || supportVerbIndex().matchAt(ctx.toks, p)) return noun;
  return verb;
}

/** "وأسرت" is the row أسر/يأسر (guarded: أسر is also "families") and the row أسرت (a form no noun
 *  shares): when the reading chosen fails its own row's guard (needs, next word, unless), another
 *  reading of the same type and part of speech with no guard of its own stands, else null. */
function unguardedReading(values: readonly Trigger[], failed: Trigger): Trigger | null {
  const verbal = failed.pos !== "noun";
  for (const v of values) if (v !== failed && v.type === failed.type && (v.pos !== "noun") === verbal && !v.needs && !v.next && !v.unless) return v;
  return null;
}
const guarded = (v: Trigger): boolean => !!v.type && !!(v.needs || v.next);

const actorKey = (a: Arg | null) => (a ? a.id ?? `~${a.text}` : "-");
/** The same actor, or a country and a body or person of its state ("مصر" and "وزارة الخارجية المصرية"). */
const sameOrOrgan = (doc: Document, head: Arg | null, body: Arg | null) =>
  actorKey(head) === actorKey(body) || (!!head?.id && !!body?.id && stateOfActor(doc, head) === head.id && stateOfActor(doc, body) === head.id);

function fill(into: Cand, from: Cand): void {
  if (!into.src && from.src && !sameActor(from.src, into.tgt)) { into.src = from.src; setActor(into.ev, "source", from.src); }
  if (!into.tgt && from.tgt && !sameActor(from.tgt, into.src)) { into.tgt = from.tgt; setActor(into.ev, "target", from.tgt); }
  into.ev.location ??= from.ev.location;
}

function factsOf(ctx: Ctx, sent: number): SentenceFacts {
  let f = ctx.perSentence.get(sent);
  if (!f) ctx.perSentence.set(sent, (f = {}));
  return f;
}

function setActor(ev: EventWithActors, role: "source" | "target", a: Arg | null): void {
  // named stores (a key made per call would build a string and a keyed store each time)
  if (role === "source") { ev.source = a?.id ?? null; ev.source_text = a?.text ?? null; ev.source_span = a ? { start: a.start, end: a.end } : null; }
  else { ev.target = a?.id ?? null; ev.target_text = a?.text ?? null; ev.target_span = a ? { start: a.start, end: a.end } : null; }
}

/** "بجهود"، "إلى"، "على": the word after a verb (adverbs and quote marks skipped) opens its object
 *  with a preposition (a ب/ل clitic, إلى or على; not في, which may open an aside before the subject). */
function objectPrepNext(ai: ArgIndex, i: number): boolean {
  const toks = ai.toks;
  while (i < toks.length && (isTransparent(toks[i]) || isAdverb(toks[i]))) i++;
  const t = toks[i];
  if (!t || t.kind !== "word") return false;
  if (OBJECT_PREPS.has(t.norm)) return true;
  // a name is behind a preposition only when its mention carries the clitic ("بمصر"; "بلان"، "لجنة
  // شؤون اللاعبين" are names whose first letter is no clitic)
  const name = ai.at[i];
  if (name) return name.clitic === "ب" || name.clitic === "ل";
  // ("بعض" is a word of its own, not ب + عض)
  return !isPartitiveWord(t) && t.readings.some((r) => /^[وف]?[بل]$/.test(r.pre));
}
const OBJECT_PREPS = new Set(["الي", "علي"]);

/** "وقعت X اتفاقا مع Y": a noun of the verb's own type right after it (two words at most) is its
 *  object, the one it is done with follows; the search for the target goes on past it. */
function cognateObject(ctx: Ctx, i: number, from: number, trig: Trigger): boolean {
  // (statement and diplomatic acts only: "قتلوا في قصف لـX"، "فقتل امرأتين وجرح" are other events)
  if (i > from + 2 || ctx.ai.at[i] || !JOINT.has(trig.type!)) return false;
  const k = ctx.triggerAt[i];
  if (k < 0) return false;
  for (const v of ctx.matchValues[k]) if (v.type === trig.type && v.pos === "noun") return true;
  return false;
}

/** Is the trigger told of two parties at once: a dual verb or one followed by "الجانبان"; a masdar
 *  with هما ("مباحثاتهما"), after a support verb followed by "الطرفان", or followed by "بين الجانبين"? */
function dualAct(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger, verb: boolean, sv: number, b: number): boolean {
  const toks = ctx.toks;
  if (!JOINT.has(trig.type!)) return false; // ("استهدفتا"، "تدميرهما": the two are weapons or targets more often than parties)
  if (verb) return trig.pos === "verb" && (isDualVerb(toks[m.start], trig) || dualPartyAt(toks, m.end, b));
  if (dualPronoun(toks[m.start]) || (sv >= 0 && dualPartyAt(toks, sv + 1, m.start))) return true;
  return m.end < b && toks[m.end].norm === "بين" && dualPartyAt(toks, m.end + 1, b);
}

/** What the readings of a trigger match make it as an act a statement is about (condemned-act.ts). */
function nounKind(vs: Trigger[]): 0 | 1 | 2 {
  for (const v of vs) if (v.type && v.pos === "noun") return v.patientGenitive ? 2 : 1;
  return 0;
}

/** Is token i a word of a trigger match that reads as a REQUEST? */
function isRequestAt(ctx: Ctx, i: number): boolean {
  const k = ctx.triggerAt[i];
  if (k < 0 || ctx.ai.at[i]?.id) return false; // "حزب الدعوة": a word of a name demands nothing
  for (const v of ctx.matchValues[k]) if (v.type === "REQUEST") return true;
  return false;
}

/** Is this trigger occurrence an event mention at all? */
function accept(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger): boolean {
  const { toks, ai } = ctx;
  for (let i = m.start; i < m.end; i++) if (ai.at[i]?.id) return false; // a word of a name
  if (isHypothetical(toks, m.start)) return false;
  // "1500 طالب جامعي"، "أكثر من 500 طالب": after a count the word is the noun counted, not a verb
  // (a year or a minute may stand before a verb: "في 1945 دمر"، "الدقيقة 34 تصدى")
  if (trig.pos === "verb" && countedNoun(toks, m.start)) return false;
  if (trig.pos === "noun" && underAnalysisHead(toks, m.start)) return false;
  // "في مقاطعة ألبرتا": a place word before a place's name, not the event it also means (place-word.ts)
  if (trig.pos === "noun" && m.end - m.start === 1 && headsPlaceName(ai, m.start)) return false;
  // "طرد الحارس في الدقيقة 80": a player sent off in a match report (send-off.ts)
  if (trig.mode === "expel") { const [a, b] = ctx.sents[sentenceOf(ctx.es, m.start)]; if (sentOff(toks, a, b)) return false; }
  // "مقتل 12 ألف شخص منذ 1991": a toll counted since a year or a war's start is no one event (running-toll.ts)
  if (trig.pos === "noun" && trig.type === "ASSAULT" && trig.mode === "killing") { const [a, b] = ctx.sents[sentenceOf(ctx.es, m.start)]; if (runningToll(toks, m.start, m.end, a, b)) return false; }
  // "زعيم المعارضة": with its article the noun names a group
  if (trig.pos === "noun" && m.end - m.start === 1 && toks[m.start].readings.some((r) => r.article && !r.post && GROUP_NOUNS.has(r.bare))) return false;
  // "العقوبات المحتملة"، "الهجوم المرتقب": a possible or proposed event is not one told
  if (trig.pos === "noun" && m.end < toks.length && UNREAL_AFTER.has(toks[m.end].norm)) return false;
  if (isGeneralStatement(toks, m.start, trig)) return false;
  // "وتسيطر جبهة التحرير على الوادي" holds ground; only a heading tells news in the imperfect
  if (stateVerb(trig) && isImperfect(toks[m.start], trig) && !ctx.heading[sentenceOf(ctx.es, m.start)]) return false;
  if (isPurpose(toks, m.start, trig, m.start > 0 && ctx.triggerAt[m.start - 1] >= 0)) return false;
  // "طالب بالإفراج عن"، "دعا إلى وقف الهجمات": the act a demand asks for is the request's content
  if (trig.type !== "REQUEST" && isDemanded(toks, m.start, (i) => isRequestAt(ctx, i), (i) => ctx.triggerAt[i] >= 0 && !ctx.ai.at[i]?.id)) return false;
  if (trig.needs) {
    let ok = false;
    for (let i = m.end, n = 0; i < toks.length && n < 8 && !ok; i++, n++) {
      if (isBreak(toks[i])) break;
      const t = toks[i];
      if (tokenForms(t, "noun").some((f) => trig.needs!.has(f))) ok = true;
      else if (trig.needs.has("ب") && t.readings.some((r) => /ب$/.test(r.pre))) ok = true;
    }
    if (!ok) return false;
  }
  // "أسر 35 آخرين": the row's `next` word (or a number, "#") must come right after it
  if (trig.next) {
    const t = toks[m.end];
    if (!t || !((t.kind === "number" && trig.next.has("#")) || tokenForms(t, "noun").some((f) => trig.next!.has(f)))) return false;
  }
  // "سيطرت فرق الدفاع المدني على الحريق": a word of the row's `unless` in the clause makes it no event
  if (trig.unless) {
    for (let i = m.end, n = 0; i < toks.length && n < 10; i++, n++) {
      if (isBreak(toks[i])) break;
      if (tokenForms(toks[i], "noun").some((f) => trig.unless!.has(f))) return false;
    }
  }
  return true;
}

function build(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger, byMatch: Map<number, Cand>): Cand | null {
  const { toks, ai, doc } = ctx;
  const sent = sentenceOf(ctx.es, m.start);
  const [a, b] = ctx.sents[sent];
  if (a === b) return null;
  const verb = trig.pos === "verb" || trig.pos === "participle" || trig.pos === "passive";
  const quote = ctx.quotes.find((q) => q.start <= toks[m.start].start && toks[m.end - 1].end <= q.end);
  const speaker = quote?.speaker ? makeArg(quote.speaker, null, -1, -1, quote.speaker_text ?? "", -1, -1, "", null) : null;
  const isTrigger = ctx.isTrigger;
  let src: Arg | null = null, tgt: Arg | null = null;
  let supported = false, occurs = verb;
  let tie: Tie = verb ? "tight" : "loose";
  let mutual = false; // "الاشتباكات بين X وY": both sides act
  let pron = -1;
  let passive: Arg | null = null; // a person a verb read as passive befell
  let svAt = -1; // the support verb governing a masdar, when one does
  let alsoBy: Arg[] | undefined; // more givers of the same act ("طائرتان سعوديتان وأخرى إماراتية")
  if (trig.pos === "circumstantial") {
    // "…، داعيا الكونغرس إلى عدم عرقلة النص": the clause's person acts on the name right after
    tgt = objectAfter(ai, m.end, b, null, true, (i) => isTrigger(i) && ctx.triggerAt[i] !== ctx.triggerAt[m.start]);
    // ("مطالبا القوات الأمنية": an unnamed body the lexicon knows, right after it, is a target too; ownForces names its state below)
    if (!tgt || (!tgt.id && (!tgt.role || tgt.first !== m.end)) || tgt.first > m.end + 2) return null;
    // (inside a quote the one quoted is who calls or condemns: "وقال X إن …، مناشدا")
    src = speaker ?? circumstantialSubject(ai, m.start, a);
    if (!src || sameActor(src, tgt)) return null;
    occurs = true; tie = "tight";
  } else if (trig.pos === "passive") {
    // "باريس مهددة من تنظيم داعش"، "المدينة محاصرة من قبل الجيش": a passive participle — who did it
    // follows من (قبل), what it describes before it suffers it; without a named doer it is no event
    src = agentPhrase(ai, m.end, b);
    if (!src?.id) return null;
    const pre = subjectBefore(ai, m.start, a, 3);
    tgt = pre && !sameActor(pre, src) && !prepOf(ai, pre) ? pre : null;
  } else if (verb) {
    // "وكانت غارة جوية أميركية استهدفت الفضلي"، "بقصف مدفعي استهدف موكبا": an indefinite event noun
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
      // "جبهة التحرير تهاجم جيش نورستان": a clause that opens with its subject (SVO)
      const pre = subjectBefore(ai, m.start, a, 4);
      // ("وزير الدفاع النورستاني يطالب": a title chain opening the clause ends in its subject: titled-subject.ts)
      const svo = pre && pre.last === m.start - 1 && (pre.first === a || isBreak(toks[pre.first - 1]) || opensClause(toks[pre.first - 1]) || (JOINT.has(trig.type!) && titledSubject(ai, pre, a, isTrigger)));
      // "وكان صالح قد طالب الحكومة": the subject stands between كان and قد, what follows is the object
      const kana = svo ? null : kanaSubject(ai, m.start, a);
      // ("وكانت وحدة نزع الألغام قد اتهمت الميليشيات": an unnamed subject in the كان … قد frame; what follows is the object)
      // ("وأشاد بجهود مصر"، "ودعا إلى وقف": a statement verb whose object preposition follows it
      // names no subject after it; the one who speaks is carried from before, below)
      const objectFirst = SPEECH_ACTS.has(trig.type!) && objectPrepNext(ai, m.end);
      // ("سنطرد الإرهابيين"، "ندين": a first person verb carries its subject; what follows is its object;
      // so does a dual: "وطالبا الأمم المتحدة")
      src = svo ? pre : kana ?? (endsInPrep || objectFirst || isPluralVerb(toks[m.end - 1]) || isDualVerb(toks[m.start], trig) || inKanaFrame(ai, m.start, a) || firstPerson(toks[m.start], trig) ? null : subjectAfter(ai, m.end, b, isTrigger, SPEECH_ACTS.has(trig.type!)));
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
      if (src && (!src.id || src.type === "GPE") && src.first > m.start && (casualtyVerb(trig) || trig.type === "COERCE") && (countedGroup(toks, src) || victimRole(src, trig))) src = null;
      // "وجال وزير الخارجية الإيراني محمد جواد ظريف": the title's adjective stands for the person named next
      if (src && src.first > m.start) src = personAfterTitle(ai, src, b);
      // "واعتقل X في حزيران"، "وقتل القيادي X في غارة": a person named right after a perfect verb of
      // killing or arrest, with no object after the name, suffered it (the verb read as passive)
      if (src?.type === "PERSON" && src.first > m.start && passivePerson(toks[m.start]) && !objectFollows(ai, src.last + 1, b)) { passive = src; src = null; }
      // "هاجموا الثكنة وقتلوا": a coordinated verb without its own subject shares the one before it;
      // "وكان X … قد استولوا": the subject stands between كان and قد
      if (!src && !passive) src = coordinatedSubject(ctx, m, sent, byMatch) ?? kanaSubject(ai, m.start, a) ?? sharedSubject(ai, m.start, a) ?? titledBefore(ai, subjectBefore(ai, m.start, a), m.start) ?? carried(ctx, m.start, a, sent);
      if (accusativeGroup(toks, src)) src = null; // ("قتلت مسلحين وأصابت": the object before a joined verb)
    }
    // "سبعة من مقاتلي جبهة التحرير قتلوا": a counted group before the verb suffered it (the passive reading)
    let victims: Arg | null = passive;
    // "لقي عدد من عناصر داعش مصرعهم"، "استشهد X": an intransitive casualty verb's subject died
    if (src && src.start >= 0 && victimVerb(trig)) { victims = src; src = null; }
    else if (src && src.first < m.start && casualtyVerb(trig) && (countedGroup(toks, src) || victimRole(src, trig))) { victims = src; src = null; }
    // "وأكد البنتاغون أن محسن الفضلي قتل في 8 يوليو": a person before such a verb with no object after it
    else if (src?.type === "PERSON" && src.first < m.start && passivePerson(toks[m.start]) && !objectFollows(ai, m.end, b)) { victims = src; src = null; }
    else if (casualtyVerb(trig) && !src?.id) {
      let p = m.start - 1;
      while (p > a && isTransparent(toks[p])) p--;
      const right = actorAt(ai, p); // "سبعة من مقاتلي X (على الأقل) قتلوا"
      if (right && right.last === p && countedGroup(toks, right)) { victims = right; src = null; }
    }
    // "وأكدت الخارجية المصرية … تضامن مصر مع": as for the masdar below, the speaker for the state
    const objFrom = src && src.first > m.start ? src.last + 1 : m.end;
    if (src && trig.type === "SUPPORT" && quote) src = speakerFor(ctx, quote.start, a, src) ?? src;
    const speech = SPEECH_ACTS.has(trig.type!);
    tgt = objectAfter(ai, objFrom, b, src, true, (i) => (i > m.end || speech) && isTrigger(i) && toks[i].kind === "word" && ctx.triggerAt[i] !== ctx.triggerAt[m.start] && !cognateObject(ctx, i, objFrom, trig));
    // "وطلب الوزير من الحكومة": whom a request verb asks follows من (asked-of.ts)
    if (!tgt && trig.type === "REQUEST" && asksOf(toks[m.start].norm)) tgt = askedOf(ai, m.start, m.end, b, src);
    if (victims) tgt = victims; // (a passive verb has no object of its own)
    // "هدد التنظيم بقتل X": a threat is aimed at whom the act it names would strike (threat-object.ts)
    if (!tgt && trig.type === "THREATEN") tgt = threatObject(ai, objFrom, b, src, isTrigger);
    // "دانت X التصريحات التي صدرت عن Y": a statement about what another said or did is aimed at its author
    if (!tgt && STATEMENTS.has(trig.type!)) { tgt = authorOfObject(ai, objFrom, b, isTrigger); if (sameActor(tgt, src)) tgt = null; }
    // "عقود أبرمت بين العراق وروسيا من قبل الحكومة": a passive names its actor after من قبل
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
  } else {
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
      else src = who;
      // "وزارة الدفاع العراقية تعلن طرد داعش": a ministry announcing a use of force tells what its
      // state's forces did; the state is the actor
      if (src && src === who && FORCE.has(trig.type!) && ANNOUNCE.has(bareVerb(toks[sv])) && subtypeOf(src.id) === "ministry") {
        const state = stateOfActor(doc, src);
        if (state) src = argAs(src, state, "GPE");
      }
      supported = who !== null; occurs = true;
    }
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
    if (struck && gen) { src = gen; tgt = struck; tie = "tight"; }
    else if (gen && !sameActor(gen, src)) {
      // "تفجير عسير": a place that is not a state is where, not whom
      // ("غارة جوية أميركية"، "بنيران إسرائيلية": a nationality adjective says whose force it was)
      const nationality = /ي$|يه$/.test(gen.text) || (isNationality(doc, gen) && adjectivesOnly(toks, m.end, gen.first));
      if (FORCE.has(trig.type!) && isPlace(gen) && !nationality && placeRank(gen) > 0) { /* location */ }
      // "الغزو الأميركي لأفغانستان"، "الحصار البحري الإسرائيلي": a nationality adjective agreeing
      // with a noun of force whose genitive suffers it says whose force it was (nisba-doer.ts)
      else if (trig.patientGenitive && !src && FORCE.has(trig.type!) && nisbaDoer(ai, m.start, m.end, gen)) src = gen;
      // ("مقتل العشرات من تنظيم داعش": a counted group of a named body is that body)
      else if (trig.patientGenitive || src || (FORCE.has(trig.type!) && isPlace(gen) && !nationality)) tgt = gen.id ? gen : personAfterTitle(ai, gen, b);
      else if (PLACE_GENITIVE.has(trig.type!) && isPlace(gen)) { if (trig.type === "CONSULT" && gen.type === "GPE") tgt = gen; } // "زيارة طهران"، "مؤتمر الرياض"
      else src = gen;
    }
    // "قصف جوي للقوات العراقية"، "هجوم للحرس الثوري": an indefinite noun of force names its doer with لـ
    // (an indefinite attack owned by its doer is one attack, told as an occurrence: "صد هجوما لحزب الله")
    if (!src && !gen && FORCE.has(trig.type!)) { src = lamAgent(ai, m.start, m.end, b, trig); if (src) { tie = "tight"; occurs = true; } }
    if (!src) { src = agentPhrase(ai, m.end, b) ?? fireOf(ai, m.end, b) ?? (trig.patientGenitive && trig.type === "ASSAULT" ? clashWith(ai, m.end, b) : null); if (src) tie = "tight"; }
    // "أعلن الجيش مقتل جندي برصاص قناص": who announces a death is not who fired
    else if (trig.patientGenitive && sv >= 0 && ANNOUNCE.has(bareVerb(toks[sv]))) { const fire = fireOf(ai, m.end, b) ?? (trig.type === "ASSAULT" ? clashWith(ai, m.end, b) : null); if (fire && !sameActor(fire, tgt)) src = personAfterTitle(ai, fire, b); }
    if (!src) { const bw = between(ai, m.end, b); if (bw) { src = bw[0]; tgt ??= bw[1]; tie = "tight"; mutual = tgt === bw[1] && tgt !== null; } }
    // "الاشتباكات مع X"، "المواجهات ضد X": a side named after مع/ضد, the armed body before the other (clash-sides.ts)
    if (!src && !tgt) { const cs = clashSides(ai, m.start, m.end, a, b); if (cs) { tie = "tight"; if (cs.against) { src = cs.other; tgt = cs.side; } else if (cs.other) { src = cs.other; tgt = cs.side; mutual = true; } else src = cs.side; } }
    // ("انتقد X المملكة واتهامه لها": joined to an event verb, the pronoun is that verb's subject)
    if (!src && possessed(toks[m.start]) && AGENT_POSSESSOR.has(trig.type!)) { src = coordinatedSubject(ctx, m, sent, byMatch) ?? subjectBefore(ai, m.start, a, 14) ?? speaker; if (src) tie = "tight"; }
    // "التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ"، "الهجوم الذي شنه التحالف"
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
    // "مقتل 20 من عناصر داعش": who suffers it is counted as part of a named body
    if (!tgt && trig.patientGenitive) tgt = countedOf(ai, m.end, b);
    tgt ??= objectAfter(ai, src && src.first > m.start ? src.last + 1 : m.end, b, src, false, (i) => i > m.end && isTrigger(i));
    // "وصلت طائرتان سعوديتان محملة بمساعدات": aid a plane or ship carries was delivered (aid-carrier.ts)
    if (trig.type === "AID") { const d = aidDelivery(doc, ai, m.start, m.end, a, b, () => documentState(ctx)); if (d) { occurs = true; tie = "tight"; if (!src && d.givers.length) { src = d.givers[0]; alsoBy = d.givers.slice(1); } if (d.dest && (!tgt || isPlace(tgt)) && !sameActor(d.dest, src)) tgt = d.dest; } }
    if (trig.type === "COOPERATE" && !supported) return null; // "التعاون بين …" as a topic, not an act
    // "فرصة الاتفاق حول الملف النووي"، "بعد انتقادات كثيرة": a statement or deal named by its noun,
    // with no verb saying it was made and no actor tied to it, is one told before
    if (!occurs && tie === "loose" && TOLD_BEFORE.has(trig.type!)) return null;
  }
  // "تظاهروا احتجاجا على زيارة X": a protest is aimed at whom it is against
  if (trig.type === "PROTEST" && !tgt) { const w = againstWhom(ai, m.end, b); if (w && !sameActor(w, src)) tgt = w; }
  // "وطالبا"، "أكد الجانبان"، "مباحثاتهما"، "بين الطرفين": two parties named together act (dual-parties.ts)
  const pair = dualAct(ctx, m, trig, verb, svAt, b) ? pairBefore(ai, svAt >= 0 ? svAt : m.start) : null;
  if (pair) { ({ src, tgt } = jointRoles(pair, tgt, trig.type!)); tie = "tight"; }
  // "ستزور عدن مبعوثة X"، "التقى X بالرئيس Y"، "اجتماعه برئيس الوزراء": who meets whom (consult-roles.ts)
  if (trig.type === "CONSULT" && verb && src && src.first > m.start) { const v = visitorAfterPlace(ai, src, b); if (v) { tgt = src; src = v; } }
  // "ووصل الوزير فلان إلى سودانيا": a person's arrival is a visit to the place's state (arrival.ts)
  if (trig.type === "CONSULT" && verb && isArrival(trig)) { const v = src?.type === "PERSON" ? arrivalOf(doc, ai, src, src.first > m.start ? src.last + 1 : m.end, b) : null; if (!v) return null; tgt = v.target; }
  if (trig.type === "CONSULT" && !tgt) { const p = partnerAfterBa(ai, src && src.first > m.start ? src.last + 1 : m.end, b); if (p && !sameActor(p, src)) tgt = p; }
  // "أدانت X هجمات Y"، "إدانتها للهجوم الذي شنه Y": a condemnation of an act is aimed at its doer (condemned-act.ts)
  if (!tgt && trig.type === "ACCUSE") { const d = condemnedActor(ai, src && src.first > m.start ? src.last + 1 : m.end, b, ctx.reads, isTrigger); if (d && !sameActor(d, src)) tgt = d; }
  if (!src && speaker && SPEECH_ACTS.has(trig.type!) && tie === "tight") src = speaker;
  // "بحث وزير الدفاع العراقي": a title named with its holder elsewhere in the document is that person
  src = titleHolder(ai, src); tgt = titleHolder(ai, tgt);
  // "وهو ما ردت عليه روسيا بعملية عسكرية"، "تصدت لها": a force aimed at a pronoun is aimed at the
  // actor it takes up (the nearest named one before that is not the doer)
  // ("واتهامه لها بتغذية الإرهاب"، "دعمها له": a statement aimed at a pronoun likewise)
  if (!tgt && (FORCE.has(trig.type!) || trig.type === "THREATEN" || STATEMENTS.has(trig.type!))) tgt = pronounTarget(ai, svAt >= 0 ? svAt : m.start, svAt >= 0 ? svAt + 1 : m.end, src, svAt >= 0);
  const self = ai.at[m.start];
  if (!src && self && !self.id) { src = self; tie = "tight"; } // "المتظاهرون" is both the trigger and its actor
  if (sameActor(src, tgt)) tgt = null;
  // a plural event noun tells an event only with an actor tied to it ("هجمات داعش")
  if (!verb && trig.type !== "PROTEST" && tie === "loose" && isPluralNoun(toks[m.start], trig)) return null;
  // a protest is an event with or without a named crowd, when a verb states it ("اندلعت مظاهرات")
  if (!src && !tgt && !(trig.type === "PROTEST" && occurs)) return null;
  if (!src && NEED_SOURCE.has(trig.type!)) return null;
  if (!src && !tgt) { /* an unnamed protest */ }
  // (demonstrators who demand or condemn are kept: they protest, below)
  if (!src?.id && !tgt?.id && !GENERIC_OK.has(trig.type!) && !(src?.role === "protesters" && SPEECH_ACTS.has(trig.type!))) return null;
  // "قوات الأمن"، "الشرطة"، "الجيش" with no country named: the forces of the state the story is in;
  // "الجنود العراقيين": soldiers of a state whose army the document names are that army
  src = ownForces(ctx, soldiers(ctx, src), a, b); tgt = ownForces(ctx, soldiers(ctx, tgt), a, b);
  // "المتمردين"، "الانقلابيين": rebels named by what they are stand for the document's main militant group
  // (not when it would make the one who acts the one acted on: "الحوثيون … للمتمردين")
  { const s = rebelGroup(ctx, src), t = rebelGroup(ctx, tgt); if (!sameActor(s, tgt)) src = s; if (!sameActor(src, t)) tgt = t; }
  // polarity
  const facts = factsOf(ctx, sent);
  const pol = polarity(toks, m, a, b, triggerIndex(), facts.hedges ??= ctx.hedges.filter((h) => h.start >= a && h.end <= b));
  let type = trig.type!;
  let mode = trig.mode;
  // demonstrators who condemn, demand, refuse or burn are protesting (PLOVER PROTEST)
  if (src?.role === "protesters" && (SPEECH_ACTS.has(type) || type === "ASSAULT") && type !== "THREATEN") { mode = type === "ASSAULT" ? "riot" : "demonstrate"; type = "PROTEST"; }

  if (pol.future && FORCE.has(type)) {
    type = "THREATEN"; mode = null;
    // "سيتم التصدي لها بقوة": force announced for later with no doer named is the speaker's threat
    if (!src && speaker && tgt) src = speaker;
  }
  else if (pol.future) mode = "future";
  // "طرد تنظيم داعش من الحي": an armed group driven out of ground is fought (expel-fighters.ts)
  if (type === "COERCE" && mode === "expel" && armedGroup(tgt)) { type = "ASSAULT"; mode = null; }
  // "توعدوا بالاستيلاء على أي سفينة": force announced against whoever comes is a threat (any-object.ts)
  if (FORCE.has(type) && threatOnAnyone(toks, m.start, m.end, a)) { type = "THREATEN"; mode = null; }
  let placeArg = STATEMENTS.has(type) ? statementPlace(ai, a, b, m, [src, tgt], isTrigger) : placeIn(ai, a, b, m.start, [src, tgt]);
  if ((type === "ASSAULT" || type === "THREATEN") && !tgt && placeArg && placeArg.type === "GPE" && placeRank(placeArg) === 0 && !sameActor(placeArg, src) && !inPartOf(ai, placeArg)) tgt = placeArg; // "هجوم داعش في روسيا"، "هدد بشن هجمات في روسيا"
  // a city attacked or visited is where it happened; its state (when named) is the target
  let tgtId: string | null = null;
  if (tgt && (type === "ASSAULT" || type === "CONSULT") && isPlace(tgt) && placeRank(tgt) >= 2) {
    tgtId = stateOf(doc, tgt);
    if (tgtId) { placeArg = tgt; } else if (!placeArg) placeArg = tgt;
  } else if (tgt && placeArg && isPlace(tgt) && placeRank(tgt) === 0 && placeRank(placeArg) === 0) placeArg = null; // never the target country again
  // "زيارة العبيدي إلى روسيا": a visit happens where it goes
  if (type === "CONSULT" && tgt && isPlace(tgt) && !(placeArg && placeMarked(ai, placeArg))) placeArg = tgt;
  if (!placeArg) placeArg = [src, tgt].find((x) => x && isPlace(x) && x.type !== "GPE") ?? null;
  // "قرب العاصمة الروسية": the capital it describes, not the country (nor nothing)
  const capital = !placeArg || placeRank(placeArg) === 0 ? (facts.capital === undefined ? (facts.capital = describedCapital(doc, ai, a, b)) : facts.capital) : null;
  // "هجوم داعش في روسيا" above "… قرب العاصمة الروسية موسكو": the lead names the heading's city
  if (ctx.heading[sent] && !capital) placeArg = headingPlace(ctx, sent, placeArg, tgt, src) ?? placeArg;
  const found = facts.counts ??= countsIn(doc.text, toks, a, b);
  const date = facts.date === undefined ? (facts.date = dateIn(toks, a, b, doc.published)) : facts.date;
  const counts = { quantities: copyQuantities(found.quantities), fatalities: found.fatalities };
  // an event noun without a named actor is a specific occurrence only when the sentence says
  // how many, where or when ("مقتل ثلاثة أشخاص في انفجار سيارة مفخخة"), and of a type crowds and
  // gunmen carry; else it is talk about such events ("وحصار الميليشيات الظالم")
  if (!verb && !occurs && trig.type !== "PROTEST" && !src?.id && !tgt?.id && !(counts.quantities.length || (placeArg && placeMarked(ai, placeArg)) || date)) return null;
  if (type === "ASSAULT" && mode === "killing" && counts.fatalities === null) {
    const victims = counts.quantities.find((q) => q.of && PEOPLE.has(q.of));
    if (victims) counts.fatalities = victims.value; // "قتل الجيش 14 مقاتلا"
  }
  const ev: EventWithActors = {
    type, source: null, target: null,
    location: capital ?? placeArg?.id ?? null,
    date,
    mode,
    trigger: doc.text.slice(toks[m.start].start, toks[m.end - 1].end),
    trigger_span: { start: toks[m.start].start, end: toks[m.end - 1].end },
    sentence: { start: toks[a].start, end: toks[b - 1].end },
    quantities: counts.quantities,
    fatalities: type === "ASSAULT" ? counts.fatalities : null,
    hedged: pol.hedged || quote?.stance === "alleged",
    negated: pol.negated || quote?.stance === "denied",
    source_text: null, source_span: null, target_text: null, target_span: null,
  };
  setActor(ev, "source", src && src.start >= 0 ? src : null);
  if (src && src.start < 0) { ev.source = src.id; ev.source_text = src.text || null; }
  setActor(ev, "target", tgt);
  if (tgtId) ev.target = tgtId;
  return { ev, src, tgt, sent, m, trig, mutual: mutual && type === "ASSAULT" && !tgtId, occurs, supportVerb: svAt >= 0, alsoBy };
}

/** "غارة جوية أميركية"، "القصف المدفعي الإسرائيلي": only adjectives of the noun's own shape (ـي، ـية)
 *  stand between it and the nationality adjective; in "مقاطعة البضائع الإسرائيلية"، "انفجار ببلدة
 *  تركية" the adjective describes the noun after the event noun. */
function adjectivesOnly(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (t.kind !== "word" || !/..(ي|ية)$/.test(t.text)) return false;
  }
  return true;
}

const PASSIVE_PERSON = wordClass("passive-person");
/** "واعتقل"، "قتلت": a perfect verb of passive-person (without و/ف, or with the feminine ـت). */
function passivePerson(t: Token): boolean {
  const w = bareWord(t);
  return PASSIVE_PERSON.has(w) || (w.endsWith("ت") && PASSIVE_PERSON.has(w.slice(0, -1)));
}

/** Does an object follow at `from` (a noun, not a preposition, clitic ب/ل/ك phrase, adverb, number
 *  or the clause's end)? "قتل X زوجته" has one; "اعتقل X في حزيران"، "قتل X، وهو قيادي" do not. */
function objectFollows(ai: ArgIndex, from: number, end: number): boolean {
  let i = from;
  while (i < end && isTransparent(ai.toks[i])) i++;
  if (i >= end) return false;
  const t = ai.toks[i];
  if (t.kind !== "word" || isBreak(t) || isPrepWord(t) || isAdverb(t) || isRelative(t) || opensClause(t)) return false;
  if (PREP_ONLY_B.has(t.norm)) return false;
  for (const r of t.readings) if (r.pre && /[بلك]$/.test(r.pre)) return false;
  return true;
}

/** "31 شخصا"، "عشرة أشخاص"، "سبعة من مقاتلي X": an actor that is a count or stands after one. */
function countedGroup(toks: Token[], a: Arg): boolean {
  const count = (t: Token | undefined) => isCount(t) && t!.norm !== "الاثنين"; // (Monday, not "the two")
  if (count(toks[a.first]) || count(toks[a.first - 1])) return true;
  // "تسعة جنود أفغان"، "42 جنديا باكستانيا": a nationality adjective on a counted noun is that count
  if (a.type === "GPE" && a.first === a.last && a.first >= 2 && toks[a.first - 1].kind === "word" && count(toks[a.first - 2])) return true;
  // "عشرة من (مقاتلي) جبهة التحرير": من after the count, a head noun may stand between
  const p = toks[a.first - 1]?.norm === "من" ? a.first - 1 : toks[a.first - 2]?.norm === "من" && toks[a.first - 1].kind === "word" ? a.first - 2 : -1;
  return p > 0 && count(toks[p - 1]);
}

/** "مسلحين"، "المتظاهرين": a generic actor's sound masculine plural in its accusative/genitive form
 *  (the lexicon also lists its nominative "مسلحون"), which cannot be a verb's subject. */
function accusativePlural(t: Token): boolean {
  for (const r of t.readings) if (r.bare.length > 4 && r.bare.endsWith("ين") && genericActorIndex().hasFirst(r.bare.slice(0, -2) + "ون")) return true;
  return false;
}

/** An unnamed group in the accusative, so no subject: not after a count ("ثلاثة انتحاريين" is a
 *  subject) nor right after إن/أن/لكن, whose noun is the subject in the accusative ("أن مسلحين هاجموا"). */
function accusativeGroup(toks: Token[], x: Arg | null): boolean {
  if (!x || x.start < 0 || !(x.id ? nisbaPlural(x) : accusativePlural(toks[x.first])) || countedGroup(toks, x)) return false;
  // ("إن «الانتحاريين فجرا"، "أن مسلحين مجهولين"، "بأن جنودا متمردين": quotes and the rest of the
  // group may stand between)
  for (let p = x.first - 1, n = 0; p >= 0 && n < 3; p--) {
    if (toks[p].kind !== "word") { if (isBreak(toks[p]) && toks[p].text !== "«" && toks[p].text !== "\"") break; continue; }
    if (INNA.has(toks[p].norm)) return false;
    n++;
  }
  return true;
}
const INNA = new Set(["ان", "بان", "لان", "وان", "فان", "لكن", "ولكن"]);
/** "فتيين فلسطينيين"، "الأطفال الفلسطينيين": a people named by a nationality adjective in ـيين is in
 *  the accusative or genitive (the nominative is ـيون, the dual ـيان), so never a verb's subject. */
const nisbaPlural = (x: Arg): boolean => x.type === "GPE" && x.first === x.last && /^(ال)?[^\s]{2,}يين$/.test(x.text.replace(/[\u064B-\u0652]/g, "").replace(/[أإآ]/g, "ا"));

const CASUALTY = [...wordClass("casualty-verb")];
const VICTIM_VERBS = [...wordClass("victim-verb")];
const STATE_VERBS = [...wordClass("state-verb")];
/** A row whose imperfect tells a state outside a heading ("تسيطر على"): state-verb class. */
const stateVerb = (trig: Trigger): boolean => !!trig.perfect && STATE_VERBS.some((w) => trig.perfect!.has(w));
/** "لقي مصرعه"، "استشهد"، "سقط قتلى": a verb whose subject is who died (victim-verb). */
const victimVerb = (trig: Trigger): boolean => trig.type === "ASSAULT" && !!trig.perfect && VICTIM_VERBS.some((w) => trig.perfect!.has(w));
/** "قتل"، "أصيب": a verb whose counted subject suffered it (casualty-verb), not "هاجم" or "فجر". */
const casualtyVerb = (trig: Trigger): boolean => trig.type === "ASSAULT" && !!trig.perfect && CASUALTY.some((w) => trig.perfect!.has(w));

/** "وقتل مدنيون"، "قتل شخص": civilians and people named by no more than their kind are who a
 *  killing befell (the unvocalized verb read as passive), not who killed. */
const victimRole = (a: Arg, trig: Trigger): boolean => !a.id && casualtyVerb(trig) && (a.role === "civilians" || a.role === "people");

const ANNOUNCE = wordClass("announce-verb");

/** "(اتصالا هاتفيا أمس) من ملك المغرب الملك محمد السادس": after من within three words, the first
 *  person within six words, else the first named actor; null when no من. */
function senderAfter(ai: ArgIndex, from: number, end: number): Arg | null {
  let i = from;
  while (i < Math.min(end, from + 3) && ai.toks[i].norm !== "من") { if (isBreak(ai.toks[i]) || ai.at[i]) return null; i++; }
  if (i >= end || ai.toks[i].norm !== "من") return null;
  let first: Arg | null = null;
  for (let k = i + 1; k < Math.min(end, i + 7); k++) {
    if (isBreak(ai.toks[k])) break;
    const a = actorAt(ai, k);
    if (!a?.id) continue;
    if (a.type === "PERSON") return a;
    first ??= a;
    k = a.last;
  }
  return first;
}

/** "شنت غارات" names its actor; "اندلعت اشتباكات"، "جرى بحث" do not (support-verbs.tsv: masdar). */
function carriesActor(ctx: Ctx, sv: number): boolean {
  const m = supportVerbIndex().matchAt(ctx.toks, sv);
  return !!m && m.values.every((v) => v.masdarObject);
}

/** The subject a sentence-opening verb carries over from the body sentence before (carriedSubject). */
function carried(ctx: Ctx, verb: number, a: number, sent: number): Arg | null {
  if (sent === 0 || ctx.heading[sent] || ctx.heading[sent - 1]) return null;
  const [pa, pb] = ctx.sents[sent - 1];
  return carriedSubject(ctx.ai, verb, a, pa, pb, ctx.isTrigger);
}

/** "يهاجمون الثكنة ويقتلون"، "نفذت غارات … واعتقلت": a verb joined by و/ف to an event verb (or a
 *  support verb's masdar) shortly before it in the sentence takes that verb's subject; `masdarOnly`:
 *  only a support verb's (an unnamed noun after the verb was read as its subject). */
function coordinatedSubject(ctx: Ctx, m: PhraseMatch<Trigger>, sent: number, byMatch: Map<number, Cand>, masdarOnly = false): Arg | null {
  if (!/^[وف]/.test(ctx.toks[m.start].norm)) return null;
  const k = ctx.triggerAt[m.start];
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const c = byMatch.get(j);
    if (!c || c.sent !== sent) continue;
    // ("نفذت غارات … واعتقلت": a masdar under a support verb is that verb's act)
    if ((c.trig.pos === "noun" ? !c.supportVerb : masdarOnly) || m.start - c.m.end > 12) return null;
    return c.src && c.src.start >= 0 ? c.src : null;
  }
  return null;
}

const POSSESSIVE_POST = new Set(["ه", "ها", "هم", "هما", "هن"]);
const OBJECT_POST = new Set(["ه", "ها", "هم", "هما"]);

/** "إدانتها"، "زيارته": the masdar carries a possessive pronoun (its actor was named before). */
function possessed(t: Token): boolean {
  if (t.text.endsWith("ة")) return false;
  const idx = triggerIndex();
  for (const r of t.readings) if (POSSESSIVE_POST.has(r.post) && (idx.hasFirst(r.norm) || idx.hasFirst(r.bare))) return true;
  return false;
}

/** The verb of a relative clause on a masdar ("التفجير (الإرهابي) الذي استهدف"), or -1. An
 *  indefinite noun takes its relative clause without الذي: a support verb carrying the noun as its
 *  object pronoun right after it (and its adjectives) is one ("غارات جوية نفذتها طائرات التحالف"،
 *  "هجوم شنه مسلحون"). */
function relativeVerbAfter(ctx: Ctx, from: number, end: number): number {
  for (let i = from; i < Math.min(end - 1, from + 3); i++) {
    const t = ctx.toks[i];
    if (isBreak(t)) return -1;
    if (isRelative(t)) { let v = i + 1; while (v < end && (ctx.toks[v].norm === "تم" || ctx.toks[v].norm === "قد")) v++; return v < end ? v : -1; }
    if (supportVerbObject(t) && !namedBetween(ctx, from, i)) return i;
  }
  return -1;
}

const namedBetween = (ctx: Ctx, from: number, to: number): boolean => { for (let i = from; i < to; i++) if (ctx.ai.at[i]) return true; return false; };

/** "شنها"، "نفذته": a support verb with an object pronoun (no و/ف before it: a joined verb is a clause of its own). */
function supportVerbObject(t: Token): boolean {
  if (/^[وف]/.test(t.norm)) return false;
  for (const r of t.readings) if (OBJECT_POST.has(r.post) && supportVerbIndex().hasFirst(r.norm)) return true;
  return false;
}

/** Index of a relative pronoun right before the verb (an adverb may stand between), or -1. */
function relativeBefore(toks: Token[], at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    if (isRelative(toks[i])) return i;
    if (toks[i].norm !== "تم" && toks[i].norm !== "قد" && !isTransparent(toks[i])) return -1;
  }
  return -1;
}

/** "غارة جوية أميركية استهدفت": the match index of an event noun of the verb's type right before
 *  it (only adjectives of its shape, ـي/ـية, and quote marks between; the verb without و/ف) whose
 *  event is its own (not merged into another told in the sentence), or -1. */
function nounBefore(ctx: Ctx, verb: number, trig: Trigger, byMatch: Map<number, Cand>): number {
  const k = eventNounBefore(ctx, verb, trig);
  const c = k >= 0 ? byMatch.get(k) : undefined;
  return c && ctx.triggerAt[c.m.start] === k ? k : -1;
}
function eventNounBefore(ctx: Ctx, verb: number, trig: Trigger): number {
  if (/^[وف]/.test(ctx.toks[verb].norm)) return -1;
  for (let i = verb - 1, n = 0; i >= 0 && n < 3; i--) {
    const t = ctx.toks[i];
    if (isTransparent(t)) continue;
    const k = ctx.triggerAt[i];
    if (k >= 0) return ctx.matchValues[k].every((v) => v.pos === "noun" && v.type === trig.type) ? k : -1;
    if (t.kind !== "word" || !/..(ي|ية)$/.test(t.text)) return -1;
    n++;
  }
  return -1;
}

/** The trigger a relative clause hangs on: "التفجير (الإرهابي) الذي …" → its match index, or -1. */
function antecedentTrigger(ctx: Ctx, rel: number): number {
  for (let i = rel - 1; i >= Math.max(0, rel - 3); i--) {
    if (isBreak(ctx.toks[i])) return -1;
    if (ctx.triggerAt[i] >= 0) return ctx.triggerAt[i];
  }
  return -1;
}

function antecedentActor(ctx: Ctx, rel: number): Arg | null {
  for (let i = rel - 1; i >= Math.max(0, rel - 3); i--) {
    if (isBreak(ctx.toks[i]) && ctx.toks[i].text !== "،") return null;
    const a = ctx.ai.at[i];
    if (a && (a.type === null || !isPlace(a) || a.type === "GPE")) return a;
  }
  return null;
}

/** "وأعلن التحالف هدنة": an act on the ground with no place in its sentence (nor its twin's)
 *  happened in the country the story is about; not when the doer is that state by name (its strikes
 *  land elsewhere: "قصفت روسيا") nor when the one it is done to belongs to another state ("يهاجمون
 *  الجنود العراقيين" in a story about Russia). */
function storyPlace(ctx: Ctx, c: Cand): string | null {
  if (!ON_GROUND.has(c.ev.type)) return null;
  const st = documentState(ctx), code = countryCode(st);
  const ts = countryCode(c.tgt?.id ?? null);
  return code && c.src?.id !== st && (!ts || ts === code) ? st : null;
}

/** A heading's country (its place, or the country it names as target) made specific by the
 *  sentence after it: the lead's place when that lies in the country, else null. */
function headingPlace(ctx: Ctx, sent: number, place: Arg | null, tgt: Arg | null, src: Arg | null): Arg | null {
  const country = place ? (placeRank(place) === 0 ? place : null) : tgt && isPlace(tgt) && placeRank(tgt) === 0 ? tgt : null;
  if (!country) return null;
  let k = sent + 1;
  while (k < ctx.sents.length && ctx.heading[k]) k++;
  if (k >= ctx.sents.length) return null;
  return leadPlace(ctx.ai, ctx.sents[k][0], ctx.sents[k][1], country, [src]);
}

/** "نقاتل"، "وسنطرد": the row's first person plural, and not a 3rd person form that is written alike. */
const firstPerson = (t: Token, trig: Trigger): boolean => !!trig.firstPerson && tokenForms(t, "verb").some((f) => trig.firstPerson!.has(f)) && !otherPersonForm(t, trig);
const otherPersonForm = (t: Token, trig: Trigger): boolean => tokenForms(t, "verb").some((f) => !trig.firstPerson!.has(f) && (trig.perfect!.has(f) || trig.imperfect!.has(f)));
const bareVerb = (t: Token) => t.norm.replace(/^[وف]/, "");
/** "شهدت"، "تعرضت": a verb whose subject undergoes the event it governs. */
const isWitness = (t: Token) => WITNESS.has(bareVerb(t)) || t.readings.some((r) => WITNESS_STEMS.has(r.norm));

/** "شنه"، "أعلنتها"، "أعلن عنها": a verb carrying an object pronoun, or followed by a preposition
 *  that carries it (the subject is then named after it). */
function objectPronoun(t: Token, next?: Token): boolean {
  if (next && PREP_PRONOUN.test(next.norm)) return true;
  for (const r of t.readings) if (OBJECT_POST.has(r.post) && (triggerIndex().hasFirst(r.norm) || supportVerbIndex().hasFirst(r.norm) || WITNESS.has(r.norm) || defectiveSupport(r.norm))) return true;
  return false;
}

/** "نفذه"، "تبناه": a support verb (its stem, with or without the pronoun written after it). */
function supportVerbAt(t: Token): boolean {
  for (const r of t.readings) if (supportVerbIndex().hasFirst(r.norm) || defectiveSupport(r.norm)) return true;
  return false;
}

/** "تبناه"، "أجراها": a support verb whose last letter ى is written ا before the pronoun (not one of
 *  receiving: "الاتصال الذي تلقاه X" names who received it, read elsewhere). */
function defectiveSupport(stem: string): boolean {
  if (stem.length < 3 || !stem.endsWith("ا")) return false;
  const v = stem.slice(0, -1) + "ي";
  return supportVerbIndex().hasFirst(v) && !RECEIVE.has(v);
}

/** "تضامن بلاده"، "وقوف بلاده": the speaker's country — the nearest country named before, in the
 *  sentence (his title: "الناطق باسم الحكومة الأردنية") or the one before it. */
function homeCountry(ctx: Ctx, at: number, a: number, trigger: number): Arg | null {
  let i = at;
  while (i < ctx.toks.length && isTransparent(ctx.toks[i])) i++;
  if (!HOME.test(ctx.toks[i]?.norm ?? "")) return null;
  const from = ctx.sents[Math.max(0, sentenceOf(ctx.es, a) - 1)][0];
  for (let k = trigger - 1; k >= from; k--) {
    const x = ctx.ai.at[k];
    const state = x?.id ? stateOfActor(ctx.doc, x) : null;
    if (!state) continue;
    return state === x!.id ? x! : makeArg(state, "GPE", -1, -1, "", x!.first, x!.last, x!.clitic, x!.role);
  }
  return null;
}

/** The subject of the reporting verb that opens a quote ("وأكدت الخارجية المصرية … [quote]"):
 *  the first bare actor between the sentence start and the quote, the person after a title's
 *  nationality adjective ("وزير الخارجية الإماراتي عبدالله …"); null when none. */
function quoteSubject(ctx: Ctx, quoteStart: number, a: number): Arg | null {
  let q = a;
  while (q < ctx.toks.length && ctx.toks[q].start < quoteStart) q++;
  const s = subjectAfter(ctx.ai, a, q);
  return s ? personAfterTitle(ctx.ai, s, q) : null;
}

/** The quote's speaker when it speaks for the state `actor` is (or belongs to), else null. */
function speakerFor(ctx: Ctx, quoteStart: number, a: number, actor: Arg): Arg | null {
  const sp = quoteSubject(ctx, quoteStart, a);
  const state = stateOfActor(ctx.doc, actor);
  return sp && state && !sameActor(sp, actor) && stateOfActor(ctx.doc, sp) === state ? sp : null;
}

const SOLDIERS = wordClass("soldier");
function soldiers(ctx: Ctx, x: Arg | null): Arg | null {
  if (!x || !isNisba(x)) return x;
  const h = nisbaHead(ctx.ai, x);
  if (h < 0 || !SOLDIERS.has(bareWord(ctx.toks[h]))) return x;
  const army = armyNamed(ctx.doc, x);
  return army ? argAs(x, army, "ORG") : x;
}

const OWN_FORCES = wordClass("own-army");
const OWN_AUTHORITY = wordClass("own-authority");
const OWN_ADJECTIVE = wordClass("own-forces-adjective");
/** An unnamed security body ("قوات الأمن"، "الشرطة"), "الجيش" or "السلطات" alone, or forces with a
 *  state's own adjective ("القوات المسلحة"، "القوات الحكومية"), given the id of the state
 *  the places of its sentence (or the one before) belong to, else of the country the document
 *  names far more than any other; unchanged when there is none. Its words stay the actor's text. */
function ownForces(ctx: Ctx, x: Arg | null, a: number, b: number): Arg | null {
  if (!x || x.id) return x;
  const next = ctx.toks[x.last + 1];
  // "القوات المسلحة"، "القوات الحكومية": forces named by a state's own adjective are the state's
  const stateAdj = !!next && next.kind === "word" && OWN_ADJECTIVE.has(bareWord(next));
  const one = x.first === x.last ? bareWord(ctx.toks[x.first]) : "";
  if (!(x.role === "security" || OWN_FORCES.has(one) || OWN_AUTHORITY.has(one) || (stateAdj && SOLDIERS.has(one)))) return x;
  // "رجلا الأمن الأوكرانيان": a nationality the knowledge base does not know names another state;
  // "الجزء «الآمن»" (safe) is not "الأمن" (security), though they fold alike
  if ((next && !stateAdj && !ctx.ai.at[x.last + 1] && /^ال\S+(ي|يه|يان|يين|يون)$/.test(next.norm)) || x.text.includes("آ")) return x;
  const sa = sentenceOf(ctx.es, a);
  const prev = sa > 0 ? ctx.sents[sa - 1] : null;
  const state = sentenceState(ctx, a, b) ?? (prev ? sentenceState(ctx, prev[0], prev[1]) : null) ?? documentState(ctx);
  return state ? argAs(x, state, x.type) : x;
}

/** A definite generic actor of the `rebels` role (generic-actors.tsv: "المتمردين"، "الإرهابيين") with
 *  the id of the militant group the document names most (documentGroup); unchanged otherwise. */
function rebelGroup(ctx: Ctx, x: Arg | null): Arg | null {
  if (!x || x.id || x.role !== "rebels" || x.first !== x.last || !ctx.toks[x.first].readings.some((r) => r.article)) return x;
  const g = documentGroup(ctx);
  return g ? argAs(x, g, "ORG") : x;
}

/** The militant group (knowledge-base subtype) the document names most: at least twice, and half
 *  again as often as any other ("المقاومة الشعبية" is one too, and Yemeni stories name it less than
 *  the Houthis they fight); else null. */
function documentGroup(ctx: Ctx): string | null {
  if (ctx.docGroup !== undefined) return ctx.docGroup;
  let best: string | null = null, n = 0, next = 0;
  for (const e of ctx.doc.entities) {
    if (e.type !== "ORG" || subtypeOf(e.id) !== "militant_group") continue;
    const c = e.mentions.length;
    if (c > n) { next = n; best = e.id; n = c; } else if (c > next) next = c;
  }
  return (ctx.docGroup = n >= 2 && 2 * n >= 3 * next ? best : null);
}

function sentenceState(ctx: Ctx, a: number, b: number): string | null {
  for (let i = a; i < b; i++) {
    const p = ctx.ai.at[i];
    if (!p?.id || !isPlace(p)) continue;
    if (backerBefore(ctx.toks, p.first)) { i = p.last; continue; }
    const s = stateOfActor(ctx.doc, p) ?? stateOf(ctx.doc, p);
    if (s) return s;
    i = p.last;
  }
  return null;
}

const BACKER = wordClass("backer-word");
/** "القوات المدعومة من إيران"، "الموالية لإيران": a state named as a body's backer is not the state
 *  the body's own forces belong to. */
function backerBefore(toks: Token[], first: number): boolean {
  const t1 = toks[first - 1], t2 = toks[first - 2];
  if (!t1 || t1.kind !== "word") return false;
  if (BACKER.has(bareWord(t1))) return true;
  return t1.norm === "من" && !!t2 && t2.kind === "word" && BACKER.has(bareWord(t2));
}

/** The country the document names most often (its mentions, cities and bodies counted for it). */
function documentState(ctx: Ctx): string | null {
  if (ctx.docState !== undefined) return ctx.docState;
  const counts = new Map<string, number>();
  for (const m of ctx.ai.ix.mentions) {
    const arg = ctx.ai.at[m.first];
    if (!arg?.id) continue;
    const s = stateOfActor(ctx.doc, arg) ?? stateOf(ctx.doc, arg);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // a digest of stories from many countries has no one state: the first must be named twice as often as the next
  let best: string | null = null, n = 0, next = 0;
  for (const [s, c] of counts) { if (c > n) { next = n; best = s; n = c; } else if (c > next) next = c; }
  return (ctx.docState = n >= 3 && n >= 2 * next ? best : null);
}

/** The next token that is not transparent (a mark or tatweel), or undefined. */
function nextWord(toks: Token[], i: number): Token | undefined {
  while (i < toks.length && isTransparent(toks[i])) i++;
  return toks[i];
}

/** A trigger verb or support verb within three words of an event noun, in its clause. */
function verbNear(ctx: Ctx, start: number, end: number, a: number, b: number): boolean {
  for (let i = start - 1; i >= Math.max(a, start - 3); i--) { if (isBreak(ctx.toks[i])) break; if (verbAt(ctx, i, start)) return true; }
  for (let i = end; i < Math.min(b, end + 3); i++) { if (isBreak(ctx.toks[i])) break; if (verbAt(ctx, i, start)) return true; }
  return false;
}

function verbAt(ctx: Ctx, i: number, self: number): boolean {
  const k = ctx.triggerAt[i];
  if (k >= 0 && k !== ctx.triggerAt[self]) return ctx.matchValues[k].some((v) => v.pos === "verb");
  return supportVerbIndex().matchAt(ctx.toks, i) !== null;
}
