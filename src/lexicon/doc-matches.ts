// The whole-document matches of the lexicons the quote and event finders both read (reporting
// cues, hedges, event triggers, generic actors, anaphors), found in one pass over a document's
// tokens — each token's gate read once for all of them — and kept for that document: the quote
// finder runs first, the event finder takes the same arrays. They are kept per token list (a
// WeakMap: they go with the document), not only for the last one: the pipeline runs its stages
// batch by batch (pipeline/process.ts processBatch: the quote finder over 16 documents, then the
// event finder over the same 16), so a cache of the last document missed for every event pass and
// the whole lexicon pass ran twice per document, its second time on forms long out of the cache
// (bench/PERF.md, session 9). A grown index or a changed length recomputes. The arrays are
// shared: callers read them, never change them.
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

interface Kept { length: number; versions: number[]; matches: DocMatches }
const kept = new WeakMap<Token[], Kept>();

export function docMatches(tokens: Token[]): DocMatches {
  const indexes = [cueIndex(), hedgeIndex(), triggerIndex(), genericActorIndex(), anaphorIndex()] as PhraseIndex<unknown>[];
  const k = kept.get(tokens);
  if (k !== undefined && k.length === tokens.length && indexes.every((ix, i) => ix.version === k.versions[i])) return k.matches;
  const [cues, hedges, triggers, generic, anaphors] = matchAllEach(tokens, indexes) as [PhraseMatch<Cue>[], PhraseMatch<Hedge>[], PhraseMatch<Trigger>[], PhraseMatch<GenericActor>[], PhraseMatch<Anaphor>[]];
  const matches: DocMatches = { cues, hedges, triggers, generic, anaphors };
  kept.set(tokens, { length: tokens.length, versions: indexes.map((ix) => ix.version), matches });
  return matches;
}
