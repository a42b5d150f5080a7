// The event record for a trigger whose actors are settled: its polarity and final type (a future
// use of force is a threat, demonstrators protest), its place, date and counts, and the published
// fields with their spans. Null for an unnamed event noun the sentence gives nothing specific of.
import { triggerIndex } from "../lexicon/triggers.ts";
import { threatOnAnyone } from "./any-object.ts";
import { isPlace, sameActor } from "./arguments.ts";
import { dateIn } from "./dates.ts";
import { FORCE, PEOPLE, SPEECH_ACTS, STATEMENTS } from "./event-classes.ts";
import { type Cand, type Clause, type Ctx, type EventWithActors, type Roles, copyQuantities, factsOf, setActor } from "./event-context.ts";
import { courtSentence } from "./court-sentence.ts";
import { armedGroup } from "./expel-fighters.ts";
import { localPlace } from "./local-places.ts";
import { inPartOf } from "./place-parts.ts";
import { describedCapital, placeIn, placeMarked, placeRank, stateOf, statementPlace } from "./places.ts";
import { polarity } from "./polarity.ts";
import { countsIn } from "./quantities.ts";
import { headingPlace } from "./story-state.ts";

export function eventRecord(ctx: Ctx, cl: Clause, r: Roles): Cand | null {
  const { toks, ai, doc, isTrigger } = ctx;
  const { m, trig, sent, a, b, verb, quote, speaker } = cl;
  const { occurs, mutual, svAt } = r;
  let { src, tgt } = r;
  // polarity
  const facts = factsOf(ctx, sent);
  const pol = polarity(toks, m, a, b, triggerIndex(), facts.hedges ??= ctx.hedges.filter((h) => h.start >= a && h.end <= b));
  let type = trig.type!;
  let mode = trig.mode;
  // demonstrators who condemn, demand, refuse or burn are protesting (PLOVER PROTEST)
  if (src?.role === "protesters" && (SPEECH_ACTS.has(type) || type === "ASSAULT") && type !== "THREATEN") { mode = type === "ASSAULT" ? "riot" : "demonstrate"; type = "PROTEST"; }

  if (courtSentence(toks, trig, m.start, a)) { type = "COERCE"; mode = null; } // "قضت بإعدامه" (court-sentence.ts)
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
  if (localPlace(src)) src = null; // "تشهد المدينة هجمات": a town is where, not who (local-places.ts)
  let placeArg = STATEMENTS.has(type) ? statementPlace(ai, a, b, m, [src, tgt], isTrigger) : placeIn(ai, a, b, m.start, [src, tgt]);
  if ((type === "ASSAULT" || type === "THREATEN") && !tgt && placeArg && placeArg.type === "GPE" && placeRank(placeArg) === 0 && !sameActor(placeArg, src) && !inPartOf(ai, placeArg)) tgt = placeArg; // "هجوم داعش في روسيا"، "هدد بشن هجمات في روسيا"
  // a city attacked or visited is where it happened; its state (when named) is the target
  let tgtId: string | null = null;
  if (tgt && (type === "ASSAULT" || type === "CONSULT") && isPlace(tgt) && placeRank(tgt) >= 2) {
    tgtId = stateOf(doc, tgt);
    if (tgtId) { placeArg = tgt; } else if (!placeArg) placeArg = tgt;
  } else if (tgt && placeArg && isPlace(tgt) && placeRank(tgt) === 0 && placeRank(placeArg) === 0) placeArg = null; // never the target country again
  // "وجهت الحكومة السفن بالرسو في عدن"، "طالبت الحكومة … ليبيا وشعبها": no actor is its own target
  // (a town of its own state is where it acts; a body and its state read as one id are one party).
  // In 3,000 news records 13 events had one id on both sides, none right; 10 not of force (session 23).
  // (force keeps its own rules: own-losses.ts, victim-side.ts)
  if (src?.id && (tgtId ?? tgt?.id) === src.id && !FORCE.has(type)) { tgt = null; tgtId = null; }
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
  return { ev, src, tgt, sent, m, trig, mutual: mutual && type === "ASSAULT" && !tgtId, occurs, supportVerb: svAt >= 0, svAt, alsoBy: r.alsoBy, attributed: r.attributed, sideless: r.sideless };
}
