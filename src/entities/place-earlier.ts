// An unknown place that neither a known place right after it (nearPlace) nor one a few words before
// it in its sentence (place-before.ts) places is placed by the known place named last before it in
// its sentence or the sentence before, not by the document's most-named place: a story moves from
// place to place ("اشتباكات في منطقة X بمحافظة Y. واستهدف قصف قرية Z"), and the place it names
// last is where it is (K and EH, session 14: the main place put villages of Abyan and Saada at Aden).
// A place named after a compass word ("شمال العاصمة صنعاء") is a point of reference, not where
// the story is: another place its sentence names before it comes first.
import type { Geo } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import type { NameEntry } from "../mentions/gazetteer.ts";
import { geoOf } from "./geocode.ts";

/** How many sentences back, besides the mention's own, a known place still places it. */
const SENTENCES_BACK = 1;

/** The known place (not a country or a region of several; after a compass word only when its sentence names no other) named last before the first mention, in its sentence or the one before. */
export function placeEarlier(mentions: readonly { tokens: { start: number } }[], near: Map<number, NameEntry>, tokens: Document["tokens"], compass: ReadonlySet<string>): Geo | undefined {
  const from = firstMention(mentions).tokens.start;
  const last = tokens[from].sentence - SENTENCES_BACK;
  // a place after a compass word places it only when its sentence names no other place before it
  // ("حي X" after "جنوب غربي مدينة Y" in one sentence is still near Y)
  let reference: NameEntry | undefined, referenceSentence = -1;
  for (let k = from - 1; k >= 0 && tokens[k].sentence >= last; k--) {
    if (reference && tokens[k].sentence < referenceSentence) break;
    const e = near.get(k);
    // (a continent or sea places nothing: "سكان أفريقيا ... القصر الرئاسي")
    if (!e || !e.country) continue;
    if (!((k > 0 && afterCompass(tokens[k - 1], compass)) || (k > 1 && afterCompass(tokens[k - 2], compass)))) return geoOf(placeInProvince(e, k, near, tokens));
    if (!reference) { reference = e; referenceSentence = tokens[k].sentence; }
  }
  if (reference) return geoOf(reference);
  return undefined;
}

/** The mention that comes first in the text. */
export function firstMention<M extends { tokens: { start: number } }>(mentions: readonly M[]): M {
  let first = mentions[0];
  for (const m of mentions) if (m.tokens.start < first.tokens.start) first = m;
  return first;
}

/**
 * A province named right after a place of its own names where that place is ("مدينة الرمادي بمحافظة
 * الأنبار", "الفلوجة ثاني أكبر مدن الأنبار"): the place is the nearer guess than the province's middle.
 */
function placeInProvince(e: NameEntry, k: number, near: Map<number, NameEntry>, tokens: Document["tokens"]): NameEntry {
  if (e.subtype !== "province") return e;
  for (let j = k - 1; j >= 0 && j >= k - IN_PROVINCE && tokens[j].sentence === tokens[k].sentence; j--) {
    const p = near.get(j);
    if (p && p.country === e.country && p.subtype !== "province") return p;
  }
  return e;
}
/** How far back (tokens) a place still stands before its province. */
const IN_PROVINCE = 4;

/** Is the token a compass word, bare or with a clitic (بشمال، وغرب)? */
function afterCompass(t: Document["tokens"][number], compass: ReadonlySet<string>): boolean {
  for (const r of t.readings) if (r.post === "" && compass.has(r.norm)) return true;
  return false;
}
