// A KB place named with its place word ("محافظة صلاح الدين", "ولاية سيدي بوزيد") against a person
// pattern that starts inside it: the given name after محافظة is the province's name, not a person's
// ("صلاح الدين شمال غرب بغداد" was read as one person, longer than the province, and won). A person
// name does not follow a place word; the place word says what the name is.
import type { FoundMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";

const PLACES = new Set(["GPE", "LOC"]);

/** The candidates without person patterns (no KB id) that start inside a KB place opening with a place word. */
export function withoutPersonsInCuedPlaces(c: Ctx, all: FoundMention[], kb: readonly FoundMention[]): FoundMention[] {
  let cued: FoundMention[] | null = null;
  for (const m of kb) if (PLACES.has(m.type) && m.tokens.end - m.tokens.start > 1 && opensWithPlaceWord(c, m)) (cued ??= []).push(m);
  if (!cued) return all;
  return all.filter((p) => !(p.type === "PERSON" && !p.kbId && p.via === "pattern" && cued!.some((m) => p.tokens.start > m.tokens.start && p.tokens.start < m.tokens.end)));
}

/** Is the mention's first word a place word as written (no enclitic), the name right after it? */
function opensWithPlaceWord(c: Ctx, m: FoundMention): boolean {
  const t = c.tokens[m.tokens.start];
  for (const r of t.readings) if (r.post === "" && m.start === t.start + r.from && c.lex.placeCues.has(r.norm)) return true;
  return false;
}
