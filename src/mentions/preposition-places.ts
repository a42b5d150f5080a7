// A GeoNames place of two words or more that is no common phrase, right after a preposition of place
// (في، إلى، من: place_preposition in ner-cues.tsv): "في شرم الشيخ", "إلى رأس تنورة". A one-word
// GeoNames name needs more evidence (find-mentions.ts hasEvidence: it may be an ordinary word), and so
// does a name a given name begins (عبد الله، أبو بكر are also men): a preposition is no evidence there.
import type { FoundMention } from "./candidate.ts";
import type { NameEntry } from "./gazetteer.ts";
import type { Ctx } from "./words.ts";

const TOWN = new Set(["city", "town", "capital"]);

/** Is the KB match m (candidates cands) a place of several words after a preposition of place? */
export function placeAfterPreposition(c: Ctx, m: FoundMention, cands: readonly NameEntry[]): boolean {
  const { tokens, lex } = c;
  if (m.tokens.end - m.tokens.start < 2 || m.tokens.start === 0 || !cands.length) return false;
  // (towns only: a province's bare name is also a phrase, "إلى الحدود الشمالية" "to the northern border")
  for (let i = 0; i < cands.length; i++) if (cands[i].type !== "GPE" || cands[i].wordKind || !TOWN.has(cands[i].subtype)) return false;
  const prev = tokens[m.tokens.start - 1];
  if (prev.sentence !== tokens[m.tokens.start].sentence || !lex.placePrepositions.has(prev.norm)) return false;
  if (m.start !== tokens[m.tokens.start].start) return false; // (a clitic on the name's first word: the preposition is no neighbour)
  for (let k = m.tokens.start; k < m.tokens.end; k++) for (const r of tokens[k].readings) if (lex.firstNames.has(r.norm) || lex.stops.has(r.norm)) return false;
  return true;
}
