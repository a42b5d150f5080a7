// The whole-document matches of the lexicons the quote and event finders both read (reporting
// cues, hedges, event triggers, generic actors, anaphors), found in one pass over a document's
// tokens — each token's gate read once for all of them — and kept for that document: the quote
// finder runs first, the event finder takes the same arrays. Only the last document is kept (the
// pipeline runs every stage on one document before the next); a grown index or another token
// list recomputes. The arrays are shared: callers read them, never change them.
import type { Token } from "../core/document.ts";
import { cueIndex, type Cue } from "./cues.ts";
import { anaphorIndex, genericActorIndex, type Anaphor, type GenericActor } from "./generic-actors.ts";
import { hedgeIndex, type Hedge } from "./hedges.ts";
import { matchAllEach, type PhraseIndex, type PhraseMatch } from "./phrase-index.ts";
import { triggerIndex, type Trigger } from "./triggers.ts";

export interface DocMatches {
  cues: PhraseMatch<Cue>[];
  hedges: PhraseMatch<Hedge>[];
  triggers: PhraseMatch<Trigger>[];
  generic: PhraseMatch<GenericActor>[];
  anaphors: PhraseMatch<Anaphor>[];
}

let last: { tokens: Token[]; length: number; versions: number[]; matches: DocMatches } | null = null;

export function docMatches(tokens: Token[]): DocMatches {
  const indexes = [cueIndex(), hedgeIndex(), triggerIndex(), genericActorIndex(), anaphorIndex()] as PhraseIndex<unknown>[];
  if (last && last.tokens === tokens && last.length === tokens.length && indexes.every((ix, k) => ix.version === last!.versions[k])) return last.matches;
  const [cues, hedges, triggers, generic, anaphors] = matchAllEach(tokens, indexes) as [PhraseMatch<Cue>[], PhraseMatch<Hedge>[], PhraseMatch<Trigger>[], PhraseMatch<GenericActor>[], PhraseMatch<Anaphor>[]];
  const matches: DocMatches = { cues, hedges, triggers, generic, anaphors };
  last = { tokens, length: tokens.length, versions: indexes.map((ix) => ix.version), matches };
  return matches;
}
