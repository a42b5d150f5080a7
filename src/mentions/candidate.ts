// A candidate mention before overlaps are resolved: token range, the character span (a leading
// و ف ب ل ك left outside, fused لل kept, as the contract says), and where it came from. The
// resolver keeps the best non-overlapping set; linking reads `key` and `candidates` to choose
// among homonyms with the whole document in view.
import type { Mention, Reading, Token } from "../core/document.ts";
import type { EntityType, Span } from "../core/contract.ts";

export interface FoundMention extends Mention {
  /** Normalized form that was matched (an alias key, or the pattern's name). */
  key: string;
  /** Knowledge-base ids that share the matched alias, best first (kbId is the first). */
  candidates: string[];
  /** How much of the name is the name itself (pattern mentions: the person's name without title). */
  /** name: a person pattern's name; province: a province's bare name taken on the document's country (find-mentions.ts);
   *  construct: a place named by a known place's bare word and a place_tail (construct-places.ts);
   *  state: a state named by its kind alone, المملكة (state-references.ts): no evidence of the document's places;
   *  area: a place the KB cannot know, named after an area cue (area-names.ts);
   *  facility: a facility's head and proper name (facilities.ts);
   *  title: an office's title standing for the person the document names with it (entities/title-holders.ts): never the entity's name. */
  role?: "name" | "adjective" | "institution" | "province" | "construct" | "state" | "area" | "facility" | "title";
}

/** Proclitics a name may carry in front: conjunctions and prepositions, never the future س. */
export const NAME_PRE = new Set(["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]);

/** Readings of a token under which it can start a name: whole word first, no enclitic. */
export function nameReadings(t: Token): Reading[] {
  return t.readings.filter((r) => r.post === "" && NAME_PRE.has(r.pre));
}

export const isWord = (t: Token | undefined): t is Token => !!t && (t.kind === "word" || t.kind === "latin");

export function makeMention(
  text: string, tokens: Token[], first: Reading, i: number, j: number,
  type: EntityType, via: Mention["via"], score: number, key: string, candidates: string[] = [],
): FoundMention {
  const start = tokens[i].start + first.from; // first: a reading of tokens[i]
  const end = tokens[j - 1].end;
  return mentionOf(start, end, text.slice(start, end), type, candidates[0] ?? null, via, score, { start: i, end: j }, key, candidates, undefined);
}

/**
 * Every FoundMention is made here, its fields in one order and role present (undefined when
 * none): mentions copied by spreading ({ ...m, type }) or given a role later took other maps,
 * and a map first seen late deoptimized combine, modelMentions and the entity stage
 * (bench/PERF.md, session 6).
 */
export function mentionOf(
  start: number, end: number, text: string, type: EntityType, kbId: string | null, via: Mention["via"],
  score: number, tokens: Span, key: string, candidates: string[], role: FoundMention["role"],
): FoundMention {
  return { start, end, text, type: typeConstant(type), kbId, via, score, tokens, key, candidates, role };
}

// The entity types as the code's own string constants: a type read from a KB row is a string of
// its own (not internalized), and a compare such as `type === "PERSON"` first meeting one
// deoptimized the function it sits in ("wrong instance type"); same characters, same output.
const TYPE_CONSTANT = new Map<string, EntityType>(
  (["PERSON", "ORG", "GPE", "LOC", "FAC"] as const).map((t) => [t, t]),
);
export function typeConstant(t: EntityType): EntityType {
  return TYPE_CONSTANT.get(t) ?? t;
}

/** `ms` less the mentions `drop` turns down, in order; `ms` itself when none is (most documents),
 *  so a filter pass at the end of the mention stage allocates nothing then. */
export function withoutWhere(ms: FoundMention[], drop: (m: FoundMention) => boolean): FoundMention[] {
  let out: FoundMention[] | null = null;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k], d = drop(m);
    if (d && out === null) out = ms.slice(0, k);
    else if (!d && out !== null) out.push(m);
  }
  return out ?? ms;
}
