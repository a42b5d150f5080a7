// A known place's name written without its article and followed by a definite word is the first
// noun of another name, not the known place: the KB (GeoNames' aliases) lists "ظهران" for الظهران
// and "رياض" for الرياض, but "ظهران الجنوب" is a governorate 1,000 km from Dhahran, "رياض الخبراء"
// a town, "وادي الدواسر" not الوادي, "صينية الطعام" a tray. Arabic writes a name whose article is
// part of it with the article (الظهران، الرياض); dropped, the word heads a construct (idafa) with
// the definite word after it. When that word continues a place's name (place_tail: a direction or
// age, الجنوب، الشرقية، الجديدة), or a place cue stands before (محافظة وادي الفرع، قرى وادي الريش),
// the two words are one place of their own, unknown to the KB; the KB's knowledge is the evidence,
// so the tagger's doubt does not drop it (model-mentions.ts). Otherwise the match is dropped.
import type { FoundMention } from "./candidate.ts";
import { isWord, mentionOf } from "./candidate.ts";
import type { NameEntry } from "./gazetteer.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";

const PLACE = new Set(["GPE", "LOC", "FAC"]);

/**
 * For a one-word KB place match m with candidates `cands`: undefined when the rule does not apply
 * (keep m), null to drop it, or the two-word unknown place that replaces it.
 */
export function constructPlace(c: Ctx, m: FoundMention, cands: readonly NameEntry[]): FoundMention | null | undefined {
  if (m.tokens.end - m.tokens.start !== 1 || !cands.length) return undefined;
  const written = normalize(m.text);
  if (written.startsWith("ال") || written.startsWith("لل")) return undefined;
  // a cue word (مدينة، of المدينة) heads the place after it: "مدينة الرياض" is الرياض
  if (c.lex.placeCues.has(written) || c.lex.settlementCues.has(written) || c.lex.genericPlaces.has(written)) return undefined;
  // every candidate is a place the KB names "ال" + the written word (an alias of its own, أميركا of
  // الولايات المتحدة, is the press's name for it and stands)
  const definite = "ال" + written;
  for (let i = 0; i < cands.length; i++) if (!PLACE.has(cands[i].type) || !namedSo(cands[i], definite)) return undefined;
  const next = c.tokens[m.tokens.end];
  if (!isWord(next) || next.sentence !== c.tokens[m.tokens.start].sentence) return undefined;
  const w = next.readings[0].norm;
  if (!w.startsWith("ال") || w.length < 4 || c.lex.stops.has(w) || c.gaz.adjective(w)) return undefined;
  if (!c.lex.placeTails.has(w) && !afterPlaceCue(c, m.tokens.start)) return null;
  const end = next.end;
  const text = c.text.slice(m.start, end);
  return mentionOf(m.start, end, text, m.type, null, "pattern", m.score, { start: m.tokens.start, end: m.tokens.end + 1 }, normalize(text), [], "construct");
}

function namedSo(e: NameEntry, n: string): boolean {
  if (normalize(e.name) === n) return true;
  for (let i = 0; i < e.aliases.length; i++) if (normalize(e.aliases[i]) === n) return true;
  return false;
}

/** A place or settlement cue (محافظة، منطقة، قرى) right before token i, in its sentence. */
function afterPlaceCue(c: Ctx, i: number): boolean {
  const t = c.tokens[i - 1];
  if (!isWord(t) || t.sentence !== c.tokens[i].sentence) return false;
  for (const r of t.readings) if (r.post === "" && (c.lex.placeCues.has(r.norm) || c.lex.settlementCues.has(r.norm))) return true;
  return false;
}
