// A place whose name is also an ordinary word, in a list of places: "إدلب، وحماه، واللاذقية",
// "بحمص وحماه". The word alone needs evidence (hasEvidence: a place cue, its country named); a
// coordination with a place of its country that is no ordinary word is evidence even for a form
// the dictionary files as a particle or verb (hunspell-ar lists حماه "protected him" among its
// stop words; SaudiNewsNet writes the city so about 20 times). The neighbour must be right before
// (after a comma, or with و on the word) or right after (with و on the neighbour).
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import type { NameEntry } from "./gazetteer.ts";
import type { Ctx } from "./words.ts";

const PLACE = new Set(["GPE", "LOC"]);

/** Countries of the clear place names (no ordinary word) by the token they start at and the token after their end. */
export interface PlaceEdges { starts: Map<number, string>; ends: Map<number, string> }

export function placeEdges(raw: readonly FoundMention[], lists: readonly (readonly NameEntry[])[]): PlaceEdges {
  const starts = new Map<number, string>(), ends = new Map<number, string>();
  for (let k = 0; k < raw.length; k++) {
    const e = lists[k][0];
    if (!e || !PLACE.has(e.type) || e.wordKind || !e.country) continue;
    starts.set(raw[k].tokens.start, e.country);
    ends.set(raw[k].tokens.end, e.country);
  }
  return { starts, ends };
}

/** Is the one-word place m coordinated with a clear place of one of its candidates' countries? */
export function coordinatedPlace(c: Ctx, m: FoundMention, cands: readonly NameEntry[], edges: PlaceEdges): boolean {
  if (m.tokens.end - m.tokens.start !== 1 || !edges.starts.size) return false;
  const { tokens } = c;
  const i = m.tokens.start;
  const t = tokens[i];
  const withWa = t.readings.some((r) => r.pre === "و" && r.norm === m.key);
  const countries: string[] = [];
  // before: "إدلب وحماه", "إدلب، وحماه", "إدلب، حماه"
  let before: string | undefined;
  if (withWa || comma(tokens, i - 1)) before = edges.ends.get(i) ?? (comma(tokens, i - 1) ? edges.ends.get(i - 1) : undefined);
  if (before) countries.push(before);
  // after: "حماه وحلب", "حماه، وحلب"
  const n = comma(tokens, i + 1) ? i + 2 : i + 1;
  const after = edges.starts.get(n);
  if (after && tokens[n].readings.some((r) => r.pre === "و")) countries.push(after);
  if (!countries.length) return false;
  for (const e of cands) if (PLACE.has(e.type) && e.country && countries.includes(e.country)) return true;
  return false;
}

// (at module level: a named closure made per call costs tsx's and the bundle's __name() each time,
// an allocation and a defineProperty: bench/PERF.md, session 11)
const comma = (tokens: readonly Token[], k: number): boolean =>
  tokens[k] !== undefined && tokens[k].kind === "punct" && (tokens[k].text === "،" || tokens[k].text === ",");
