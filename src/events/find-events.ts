// What happened: PLOVER events from trigger words (data/lexicon/event-triggers.tsv) with their
// arguments (arguments.ts), polarity (polarity.ts), date and counts. What makes a trigger an
// event here, beyond the lexicon:
// - it is not a word of a name ("دان دي لوس"، "مجلس التعاون") nor under "أي" (hypothetical);
// - its `needs` word follows it in the clause ("بحث مع"), when the lexicon row has one;
// - it has an actor: a source or a target (an entity, else a generic actor like المتظاهرون);
//   a masdar without its own actor is a mention of an event told elsewhere, not a new one;
// - a verb in a relative clause on a trigger ("التفجير الذي استهدف مسجد…") adds its object to
//   that event instead of making another.
// One event per sentence and type (a verb and its masdar state the same event); a bare masdar naming
// the same type and actors again tells no new one (retelling.ts: news repeats its main event).
//
// This module runs the steps in order; each lives in its own module: the reading of a trigger
// (trigger-reading.ts), its vetoes (trigger-veto.ts), its roles as a verb or a noun (verb-roles.ts,
// noun-roles.ts), the checks on them (role-checks.ts), the record (event-record.ts) and what is
// kept of the candidates (event-dedupe.ts).
import { actorIndex } from "../actors/mentions.ts";
import type { Document, Token } from "../core/document.ts";
import { docMatches } from "../lexicon/doc-matches.ts";
import type { Anaphor, GenericActor } from "../lexicon/generic-actors.ts";
import type { Hedge } from "../lexicon/hedges.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { fillAdversaries } from "./adversary.ts";
import { carryAttackers } from "./story-attacker.ts";
import { addBackers } from "./backed-attack.ts";
import { resolveAnaphors } from "./anaphora.ts";
import { argIndex, makeArg, sameActor } from "./arguments.ts";
import { type Cand, type Clause, type Ctx, type EventWithActors, setActor } from "./event-context.ts";
import { actorKey, fill, otherGiver, reversed, sameOrOrgan, separateActs, unsure, withoutHeadingEchoes } from "./event-dedupe.ts";
import { eventRecord } from "./event-record.ts";
import { retells } from "./retelling.ts";
import { anotherAct } from "./another-act.ts";
import { toldAnew } from "./told-anew.ts";
import { visitRetold } from "./visit-retold.ts";
import { groundActors, wantsDoer } from "./ground-object.ts";
import { dropEventAdjective } from "./non-actors.ts";
import { nounRoles } from "./noun-roles.ts";
import { settleRoles } from "./role-checks.ts";
import { eventSentences, sentenceOf } from "./sentences.ts";
import { storyPlace } from "./story-state.ts";
import { chooseReading, guarded, nounKind, unguardedReading } from "./trigger-reading.ts";
import { accept } from "./trigger-veto.ts";
import { circumstantialRoles, passiveRoles, verbRoles } from "./verb-roles.ts";
import { casualtyVerb } from "./verb-words.ts";
import { joinedTargets, otherTarget } from "./coordinated-targets.ts";
import { joinedSources, otherSource } from "./coordinated-sources.ts";
import { withoutCondemnedRetellings } from "./condemned-object.ts";
import { fillContextSides } from "./context-sides.ts";
import { blastGroups } from "./blast-group.ts";
import { fates } from "./trigger-fates.ts";

export type { EventWithActors } from "./event-context.ts";

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
    if (!trig) { ctx.notEvents.add(k); fates.sink?.({ doc, m, fate: "no reading", type: null }); return; }
    if (!accept(ctx, m, trig) && !((trig = unguardedReading(m.values, trig)) && accept(ctx, m, trig))) {
      // "وأرسلت الدولة مساعدات": a row whose every reading is guarded (needs, next word) and failed
      // its guard is no trigger here; the words after it keep their support verb and subject
      if (m.values.every(guarded)) ctx.triggerAt.fill(-1, m.start, m.end);
      ctx.notEvents.add(k); // a verb turned down as an event may still govern a masdar after بـ (تقدم بالشكر)
      fates.sink?.({ doc, m, fate: "vetoed", type: m.values[0].type, why: m.values.every(guarded) ? "guard" : "veto" });
      return;
    }
    const c = build(ctx, m, trig, byMatch);
    if (!c) return;
    if (wantsDoer(trig)) { const g = groundActors(ctx.ai, m.end, c.src, c.tgt); if (!g) { fates.sink?.({ doc, m, fate: "turned down", type: trig.type, why: "ground object" }); return; } setActor(c.ev, "target", c.tgt = g.tgt); } // ground-object.ts
    byMatch.set(k, c);
    // same sentence and type: the same event told twice (a verb and its masdar) — fill gaps
    // ("مصر تدين … أدانت وزارة الخارجية المصرية": a country and its organ, the organ kept)
    // (not two statements or meetings aimed at two named parties: event-dedupe.ts separateActs)
    // ("بينما دمرت غارة أخرى": another act of the type is no twin and no retelling: another-act.ts)
    const another = anotherAct(toks, c) && !!(c.src || c.tgt); // (with no actor of its own it is still filled in)
    const twin = another ? undefined : all.find((o) => !anotherAct(toks, o) && o.sent === c.sent && o.ev.type === c.ev.type && (!o.src || !c.src || sameActor(o.src, c.src) || sameOrOrgan(doc, o.src, c.src)) && !separateActs(doc, o, c));
    if (twin) {
      if (twin.src && c.src && !sameActor(twin.src, c.src)) { twin.src = c.src; setActor(twin.ev, "source", c.src); }
      fill(twin, c); byMatch.set(k, twin); fates.sink?.({ doc, m, fate: "merged", type: trig.type, into: twin.m }); return;
    }
    // "شنت مقاتلات كاردانية غارات على الجبهة وبدأت حملة على الحركة": an attack kept apart from the one
    // before it by its own target (event-dedupe.ts separateActs) has that one's doer when it names none
    if (!c.src && c.ev.type === "ASSAULT") {
      const before = all.find((o) => o.sent === c.sent && o.ev.type === "ASSAULT" && !!o.src && !sameActor(o.src, c.tgt) && separateActs(doc, o, c));
      if (before) { c.src = before.src; setActor(c.ev, "source", before.src); }
    }
    all.push(c);
    // the same type and actors again: a bare masdar names an event already told (retelling.ts)
    const key = `${c.ev.type}|${actorKey(c.src)}|${actorKey(c.tgt)}`;
    const prev = seen.get(key);
    if (!another && !toldAnew(ctx, c) && retells(toks, c, prev, out, es.heading)) { fates.sink?.({ doc, m, fate: "retold", type: trig.type, into: prev?.m }); return; } // told-anew.ts: a new clash, blast or delivery
    if (visitRetold(doc, c, out, es.heading)) { fates.sink?.({ doc, m, fate: "retold", type: trig.type, why: "visit told again" }); return; } // "وصل الوزير إلى X" after "زيارة الوزير إلى X": one trip (visit-retold.ts)
    seen.set(key, c);
    out.push(c);
  });
  for (const c of out) if (c.ev.location === null) c.ev.location = storyPlace(ctx, c);
  const evs: EventWithActors[] = [];
  // ("ودانت كاردانيا التفجير الذي استهدف المسجد وأودى بحياة": the act a statement is about, told once: condemned-object.ts)
  const sure = out.filter((c) => !unsure(c, toks)), notCondemned = withoutCondemnedRetellings(ctx, sure);
  const told = withoutHeadingEchoes(doc, notCondemned, es.heading);
  addBackers(ctx, told); // "بدعم من غارات التحالف": the backer strikes the same enemy (backed-attack.ts)
  carryAttackers(ctx, told); // "وأسفرت الغارات عن مقتل عشرة": the attacker of the sentence before (story-attacker.ts)
  // (adversary.ts: an attack that names no one is aimed at the other side of the war; not one the press
  // attributes to its doer, "هجوم نسب إلى X": a bombing of a crowd, the text names no side it struck)
  fillAdversaries(doc, told.filter((c) => !c.attributed), casualtyVerb);
  // ("وتدور معارك عنيفة في منطقة X": a clash with no side named is between the story's two sides,
  // read from its attacks as told and completed by the adversaries: context-sides.ts)
  blastGroups(ctx, told); // "وأسفر التفجير عن مقتل": a doer-less blast is the story's militant group's (blast-group.ts)
  const kept = fillContextSides(doc, told);
  if (fates.sink) traceOutcomes(doc, out, [[sure, "unsure"], [notCondemned, "condemned retelling"], [told, "heading echo"], [kept, "context sides"]]);
  for (const c of kept) {
    evs.push(c.ev);
    if (c.mutual && c.src && c.tgt) evs.push(reversed(c));
    if (c.alsoBy) for (const g of c.alsoBy) evs.push(otherGiver(c, g));
    for (const t of joinedTargets(ctx, c)) evs.push(otherTarget(c, t)); // "يزور قطر والكويت": one event per actor joined by و (coordinated-targets.ts)
    for (const s of joinedSources(ctx, c)) evs.push(otherSource(c, s)); // "قصف الحوثيون وقوات صالح": one event per attacker joined by و (coordinated-sources.ts)
  }
  return evs;
}

function build(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger, byMatch: Map<number, Cand>): Cand | null {
  const toks = ctx.toks;
  const sent = sentenceOf(ctx.es, m.start);
  const [a, b] = ctx.sents[sent];
  if (a === b) { fates.sink?.({ doc: ctx.doc, m, fate: "turned down", type: trig.type, why: "empty sentence" }); return null; }
  const verb = trig.pos === "verb" || trig.pos === "participle" || trig.pos === "passive";
  const quote = ctx.quotes.find((q) => q.start <= toks[m.start].start && toks[m.end - 1].end <= q.end);
  const speaker = quote?.speaker ? makeArg(quote.speaker, null, -1, -1, quote.speaker_text ?? "", -1, -1, "", null) : null;
  const cl: Clause = { m, trig, sent, a, b, verb, quote, speaker };
  const r = trig.pos === "circumstantial" ? circumstantialRoles(ctx, cl) : trig.pos === "passive" ? passiveRoles(ctx, cl) : verb ? verbRoles(ctx, cl, byMatch) : nounRoles(ctx, cl, byMatch);
  const refused = r ? settleRoles(ctx, cl, r) : null; // the check that said no (role-checks.ts), null when settled
  const c = r && !refused ? eventRecord(ctx, cl, r) : null;
  if (!c) fates.sink?.({ doc: ctx.doc, m, fate: "turned down", type: trig.type, why: !r ? "no roles" : refused ? `role checks: ${refused}` : "record" });
  return c;
}

// (trigger-fates.ts) each built candidate kept, or dropped by the first filter it did not pass
function traceOutcomes(doc: Document, out: Cand[], filters: [Cand[], string][]): void {
  for (const c of out) {
    const lost = filters.find(([passed]) => !passed.includes(c));
    fates.sink!(lost ? { doc, m: c.m, fate: "dropped", type: c.trig.type, why: lost[1] } : { doc, m: c.m, fate: "kept", type: c.trig.type, outType: c.ev.type });
  }
}
