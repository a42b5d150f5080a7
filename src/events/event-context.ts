// The state one document's event finding shares between its modules (the trigger index, the
// argument index, each sentence's facts found once) and the records they pass along: a candidate
// event, the trigger clause being built, the roles found for it. Plain data, no behaviour beyond
// the setters every stage uses.
import type { Range } from "../actors/ranges.ts";
import type { EventOut, Quantity, QuoteOut, Span } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import type { Hedge } from "../lexicon/hedges.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import type { Arg, ArgIndex } from "./arguments.ts";
import type { TriggerReads } from "./condemned-act.ts";
import type { Counts } from "./quantities.ts";
import type { EventSentences } from "./sentences.ts";

/** An event as published, with the words of its actors (entity or generic) and their spans. */
export interface EventWithActors extends EventOut {
  source_text: string | null; source_span: Span | null;
  target_text: string | null; target_span: Span | null;
}

/** One document's event-finding state: built once in eventsOf, read by every step. */
export interface Ctx {
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
/** A candidate event: its record, its actors as arguments, its sentence and trigger reading. */
export interface Cand { ev: EventWithActors; src: Arg | null; tgt: Arg | null; sent: number; m: PhraseMatch<Trigger>; trig: Trigger; mutual?: boolean; occurs?: boolean; supportVerb?: boolean; svAt?: number; alsoBy?: Arg[]; attributed?: boolean; sideless?: boolean }

/** Where the actor of an event noun came from: tied to it (genitive, support verb, بين, من قبل,
 *  a relative clause on it) or only found near it. */
type Tie = "tight" | "loose";

/** The trigger being built and what build() reads once for it: its sentence's bounds, whether it
 *  reads as a verb, the quote it stands in and that quote's speaker. */
export interface Clause { m: PhraseMatch<Trigger>; trig: Trigger; sent: number; a: number; b: number; verb: boolean; quote: QuoteOut | undefined; speaker: Arg | null }
/** The actors found for one trigger and how: whether a verb says it happened (occurs), how tied
 *  the actor is (tie), both sides acting ("الاشتباكات بين X وY": mutual), the support verb governing
 *  a masdar (svAt, -1 when none). */
export interface Roles { src: Arg | null; tgt: Arg | null; occurs: boolean; tie: Tie; mutual: boolean; svAt: number; alsoBy?: Arg[]; attributed?: boolean; sideless?: boolean }

/** A copy of each quantity, in an array made by one literal: map's result takes its elements kind
 *  from its content (an empty one differs), and a kind first seen late deoptimized build and eventsOf. */
export function copyQuantities(qs: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) out.push({ text: q.text, value: q.value, of: q.of });
  return out;
}

export function factsOf(ctx: Ctx, sent: number): SentenceFacts {
  let f = ctx.perSentence.get(sent);
  if (!f) ctx.perSentence.set(sent, (f = {}));
  return f;
}

export function setActor(ev: EventWithActors, role: "source" | "target", a: Arg | null): void {
  // named stores (a key made per call would build a string and a keyed store each time)
  if (role === "source") { ev.source = a?.id ?? null; ev.source_text = a?.text ?? null; ev.source_span = a ? { start: a.start, end: a.end } : null; }
  else { ev.target = a?.id ?? null; ev.target_text = a?.text ?? null; ev.target_span = a ? { start: a.start, end: a.end } : null; }
}
