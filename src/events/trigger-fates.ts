// What became of each trigger candidate in the event stage, for the measurement tool
// eval/trigger-fates.ts (session 23): a missed gold event is lost at one step (no reading, a veto,
// no actor, a role check, a merge, a retelling, a later filter) and the fix belongs to that step.
// The stage calls `fates.sink?.(…)` where it decides; the sink is null unless the tool sets it,
// so extraction pays one null check per decision and its output does not change.
import type { Document } from "../core/document.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";

export type Fate =
  | "no reading" // no reading of the row fits here (trigger-reading.ts)
  | "vetoed" // a veto or a failed guard turned it down (trigger-veto.ts)
  | "turned down" // built no event: `why` names the check
  | "merged" // the same event as one before it in the sentence (`into`)
  | "retold" // a bare mention of an event already told (retelling.ts)
  | "dropped" // built, then removed by a later filter: `why` names it
  | "kept"; // an event in the output (`type` may differ from the row's: retyped)

export type TriggerFate = {
  doc: Document;
  m: PhraseMatch<Trigger>;
  fate: Fate;
  /** The reading's type (null when there was none). */
  type: string | null;
  /** Which check turned it down or dropped it. */
  why?: string;
  /** The candidate it was merged into, or the one it retells: that one's trigger. */
  into?: PhraseMatch<Trigger>;
  /** The type of the event as output (kept). */
  outType?: string;
};

/** The trace hook: set by the measurement tool only; null in extraction. */
export const fates: { sink: ((f: TriggerFate) => void) | null } = { sink: null };
