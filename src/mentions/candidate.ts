// A candidate mention before overlaps are resolved: token range, the character span (a leading
// و ف ب ل ك left outside, fused لل kept, as the contract says), and where it came from. The
// resolver keeps the best non-overlapping set; linking reads `key` and `candidates` to choose
// among homonyms with the whole document in view.
import type { Mention, Reading, Token } from "../core/document.ts";
import type { EntityType } from "../core/contract.ts";

export interface FoundMention extends Mention {
  /** Normalized form that was matched (an alias key, or the pattern's name). */
  key: string;
  /** Knowledge-base ids that share the matched alias, best first (kbId is the first). */
  candidates: string[];
  /** How much of the name is the name itself (pattern mentions: the person's name without title). */
  role?: "name" | "adjective" | "institution";
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
  return {
    start, end, text: text.slice(start, end), type, kbId: candidates[0] ?? null, via, score,
    tokens: { start: i, end: j }, key, candidates,
  };
}
