// What happened: PLOVER events from trigger words (data/lexicon/event-triggers.tsv) and
// argument rules over the sentence that states them. Arabic word order decides the actors: a
// verb's subject follows it ("أدانت مصر التفجير") or precedes it ("التحالف نفذ غارات"); a masdar's
// actor is its genitive ("زيارة العبيدي") or "من قبل X"; the target follows a preposition
// (ضد، على، مع، من، لـ، إلى) or the subject. Events inside a quotation inherit its hedging, and
// statements (accusations, demands, support) made in a quote are the speaker's.
import type { EventOut, PloverType, QuoteOut } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import { hedgeIndex } from "../lexicon/hedges.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { triggerIndex, type Trigger } from "../lexicon/triggers.ts";
import { lexicon } from "../lexicon/load.ts";
import { normalize } from "../text/normalize.ts";
import { actorIndex, isActorType, isPlaceType, type ActorIndex, type ActorMention } from "../quotes/actors.ts";
import { sentenceRanges, type Range } from "../quotes/tokens.ts";
import { dateIn } from "./dates.ts";
import { countsIn } from "./quantities.ts";

const SPEECH_ACTS = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"]);
const FORCE = new Set<PloverType>(["ASSAULT", "COERCE", "SANCTION"]);
const TARGET_PREPS = new Set(["ضد", "علي", "مع", "من", "الي", "بين", "تجاه", "لصالح"]);
const PLACE_PREPS = new Set(["في", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بالقرب", "محيط", "ضواحي", "مدينه", "منطقه", "محافظه"]);
const PEOPLE = new Set(["fighters", "soldiers", "civilians", "people", "police", "security forces", "protesters"]);
const VS_WINDOW = 5, TARGET_WINDOW = 8, LOOKBACK = 8;

interface Ctx { doc: Document; toks: Token[]; ix: ActorIndex; sents: Range[]; quotes: QuoteOut[] }

export function findEvents(doc: Document): EventOut[] {
  if (!doc.tokens.length) return [];
  const ctx: Ctx = { doc, toks: doc.tokens, ix: actorIndex(doc), sents: sentenceRanges(doc), quotes: doc.quotes ?? [] };
  const out: EventOut[] = [];
  const seen = new Set<string>();
  for (const m of triggerIndex().matchAll(ctx.toks)) {
    const trig = m.values.find((v) => v.type) ?? null;
    if (!trig?.type) continue; // a blocker phrase
    const ev = build(ctx, m, trig);
    if (!ev || (!ev.source && !ev.target)) continue;
    // one event per sentence and type (a verb and its masdar state the same event), and one per
    // document for the same type and actors (news repeats its main event paragraph after paragraph)
    const keys = [`${ev.sentence.start}|${ev.type}|${trig.pos === "verb" ? ev.source : "*"}`, `${ev.type}|${ev.source}|${ev.target}`];
    if (keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push(ev);
  }
  return out;
}

function build(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger): EventOut | null {
  const { toks, doc } = ctx;
  const sent = toks[m.start].sentence;
  const [a, b] = ctx.sents[sent];
  if (a === b) return null;
  const verb = trig.pos === "verb";
  const quote = ctx.quotes.find((q) => q.start <= toks[m.start].start && toks[m.end - 1].end <= q.end);
  // polarity
  const pol = polarity(ctx, m, a, b);
  let type = trig.type!;
  let mode = trig.mode;
  if (pol.future && FORCE.has(type)) { type = "THREATEN"; mode = null; }
  else if (pol.future) mode = "future";
  // actors
  let source = verb ? after(ctx, m.end, b, null) ?? before(ctx, m.start, a) : genitive(ctx, m.end, b) ?? byAgent(ctx, m.end, b) ?? supported(ctx, m.start, a, b);
  if (quote?.speaker && SPEECH_ACTS.has(type) && (!source || !verb)) source = { id: quote.speaker } as ActorMention;
  const target = targetOf(ctx, m.end, b, source?.id ?? null);
  const location = placeOf(ctx, a, b, [source?.id, target?.id]);
  const counts = countsIn(doc.text, toks, a, b);
  if (type === "ASSAULT" && mode === "killing" && counts.fatalities === null) {
    const victims = counts.quantities.find((q) => q.of && PEOPLE.has(q.of));
    if (victims) counts.fatalities = victims.value; // "قتل الجيش 14 مقاتلا"
  }
  return {
    type,
    source: source?.id ?? null,
    target: target?.id ?? null,
    location,
    date: dateIn(toks, a, b, doc.published),
    mode,
    trigger: doc.text.slice(toks[m.start].start, toks[m.end - 1].end),
    trigger_span: { start: toks[m.start].start, end: toks[m.end - 1].end },
    sentence: { start: toks[a].start, end: toks[b - 1].end },
    quantities: counts.quantities,
    fatalities: type === "ASSAULT" ? counts.fatalities : null,
    hedged: pol.hedged || quote?.stance === "alleged",
    negated: pol.negated || quote?.stance === "denied",
  };
}

// ---------- polarity ----------

function polarity(ctx: Ctx, m: PhraseMatch<Trigger>, a: number, b: number) {
  let hedged = false, negated = false, future = false;
  for (const h of hedgeIndex().matchAll(ctx.toks, a, b)) {
    for (const v of h.values) {
      if ((v.kind === "alleged" || v.kind === "modal") && v.scope === "sentence") hedged = true;
      const close = h.end <= m.start && m.start - h.end <= 2;
      if (v.kind === "negation" && close) negated = true;
      if (v.kind === "negation" && h.end <= m.start && /^(نفي|نفت|ينفي|تنفي|نافيا)/.test(ctx.toks[h.start].norm.replace(/^[وف]/, ""))) negated = true;
      if (v.kind === "future" && h.end <= m.start && m.start - h.end <= 3) future = true;
    }
  }
  if (futureVerb(ctx.toks, m.start)) future = true;
  const prev = ctx.toks[m.start - 1];
  if (prev && (prev.norm === "لن")) { future = true; negated = true; }
  return { hedged, negated, future };
}

/** "سيزور"، "ستفرض": the trigger matches only through a reading with the future prefix س. */
function futureVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  const withS = t.readings.filter((r) => r.pre.includes("س"));
  if (!withS.length) return false;
  const idx = triggerIndex();
  const only = (rs: Token["readings"]) => { const copy = [...toks]; copy[i] = { ...t, readings: rs }; return idx.matchAt(copy, i) !== null; };
  return only(withS) && !only(t.readings.filter((r) => !r.pre.includes("س")));
}

// ---------- actors ----------

const actorAt = (ctx: Ctx, i: number) => { const mm = ctx.ix.atToken[i]; return mm && isActorType(mm.type) ? mm : undefined; };

/** The subject after a verb (VSO): the first actor within a few tokens, not inside a prepositional phrase. */
function after(ctx: Ctx, from: number, end: number, exclude: string | null): ActorMention | null {
  for (let i = from; i < Math.min(end, from + VS_WINDOW); i++) {
    if (ctx.toks[i].kind === "punct") break;
    const mm = actorAt(ctx, i);
    if (mm && mm.id !== exclude && !afterPrep(ctx, mm)) return mm;
    if (TARGET_PREPS.has(ctx.toks[i].norm)) break;
  }
  return null;
}

/** The subject before the trigger (SVO, or the clause's actor for a masdar). */
function before(ctx: Ctx, at: number, start: number): ActorMention | null {
  for (let i = at - 1; i >= Math.max(start, at - LOOKBACK); i--) {
    const mm = actorAt(ctx, i);
    if (mm && !afterPrep(ctx, mm)) return mm;
  }
  return null;
}

/** A masdar's actor across a support verb: "شن التحالف غارات"، "التحالف شن غارات". */
function supported(ctx: Ctx, at: number, a: number, b: number): ActorMention | null {
  const sv = lexicon<true>("support-verbs.tsv", () => true);
  for (let i = at - 1; i >= Math.max(a, at - LOOKBACK); i--) {
    if (!sv.matchAt(ctx.toks, i)) continue;
    return after(ctx, i + 1, b, null) ?? before(ctx, i, a);
  }
  return null;
}

/** A masdar's genitive: the actor right after it ("زيارة العبيدي"، "هجوم داعش"). */
function genitive(ctx: Ctx, from: number, end: number): ActorMention | null {
  for (let i = from; i < Math.min(end, from + 2); i++) {
    const mm = actorAt(ctx, i);
    if (mm && !afterPrep(ctx, mm)) return mm;
    if (ctx.toks[i].kind === "punct") break;
  }
  return null;
}

/** "من قبل X"، "شنها X". */
function byAgent(ctx: Ctx, from: number, end: number): ActorMention | null {
  for (let i = from; i + 2 < Math.min(end, from + TARGET_WINDOW); i++) {
    if (ctx.toks[i].norm === "من" && ctx.toks[i + 1].norm === "قبل") return actorAt(ctx, i + 2) ?? actorAt(ctx, i + 3) ?? null;
  }
  return null;
}

/** Against / with whom: an actor after a preposition, or the object after the subject. */
function targetOf(ctx: Ctx, from: number, end: number, source: string | null): ActorMention | null {
  let fallback: ActorMention | null = null;
  for (let i = from; i < Math.min(end, from + TARGET_WINDOW); i++) {
    const mm = actorAt(ctx, i);
    if (!mm || mm.id === source) continue;
    const prep = prepBefore(ctx, mm);
    if (prep && TARGET_PREPS.has(prep)) return mm;
    if (!prep && mm.type !== "GPE") return mm;
    if (!prep) fallback ??= mm;
  }
  return fallback;
}

/** Where: a place after في/قرب/شمال…, else any place the sentence names that is not an actor. */
function placeOf(ctx: Ctx, a: number, b: number, actors: (string | undefined)[]): string | null {
  let any: string | null = null;
  for (const mm of ctx.ix.mentions) {
    if (mm.first < a) continue;
    if (mm.first >= b) break;
    if (!isPlaceType(mm.type) || isNisba(mm)) continue;
    const prep = prepBefore(ctx, mm);
    if (prep && (PLACE_PREPS.has(prep) || prep === "ب")) return mm.id;
    if (!actors.includes(mm.id)) any ??= mm.id;
  }
  return any;
}

/** The preposition governing a mention: a separate token before it or a clitic ب/ل on it. */
function prepBefore(ctx: Ctx, mm: ActorMention): string | null {
  const t = ctx.toks[mm.first];
  const clitic = ctx.doc.text.slice(t.start, mm.start);
  if (/[ب]$/.test(clitic)) return "ب";
  if (/ل$/.test(clitic)) return "ل";
  for (let i = mm.first - 1; i >= Math.max(0, mm.first - 2); i--) {
    const n = ctx.toks[i].norm.replace(/^و/, "");
    if (TARGET_PREPS.has(n) || PLACE_PREPS.has(n)) return n;
    if (ctx.toks[i].kind === "punct") break;
  }
  return null;
}

const afterPrep = (ctx: Ctx, mm: ActorMention) => { const p = prepBefore(ctx, mm); return p !== null && p !== "بين"; };
const isNisba = (mm: ActorMention) => mm.type === "GPE" && /^ال.+(ي|يه|يين|يون)$/.test(normalize(mm.text));
