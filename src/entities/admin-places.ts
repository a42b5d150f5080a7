// A place named once with its administrative or place word and once without: "محافظة تعز" and
// "تعز", "مديرية لودر" and "لودر", "محافظة عدن" and "عدن". The press means one place (a
// governorate and the city it is named after, a district and its town); the gold of the project's
// articles lists them as one entity. The longer form's group joins the group of the bare place
// when the document names that place on its own. The word is a place cue of the lexicon
// (place_cue, settlement_cue) or an administrative word (محافظة، مديرية: admin_word), not a
// direction ("شمال سيناء" is a governorate of its own) nor the countryside ("ريف دمشق": the gold of
// K and O lists it apart from دمشق, as ريف حماة apart from حماة); the longer form is a province or a name the
// KB lacks, never a region the KB knows ("جنوب لبنان", "غرب أفريقيا").
import type { Lexicons } from "../mentions/lexicons.ts";
import type { Group, WordsOf } from "./link-entities.ts";

const PLACE_TYPES = new Set(["GPE", "LOC"]);

/** Moves each "cue + place" group into the group of the place it names, when there is one (in place). */
export function joinAdminPlaces(groups: Map<string, Group>, wordsOf: WordsOf, lex: Lexicons): void {
  let places: Map<string, Group> | null = null;
  for (const g of groups.values()) {
    if (!PLACE_TYPES.has(g.type) || !g.entry || g.entry.subtype === "province") continue;
    for (const m of g.mentions) {
      const ws = wordsOf(m);
      if (ws.length && !lex.placeCues.has(ws[0]) && !lex.settlementCues.has(ws[0])) (places ??= new Map()).set(ws.join(" "), g);
    }
  }
  if (!places) return;
  for (const [id, g] of groups) {
    // a region the KB knows ("جنوب لبنان", "غرب أفريقيا") is its own place; a province or a name the KB lacks joins
    if (g.type === "PERSON" || (g.entry && g.entry.subtype !== "province")) continue;
    let target: Group | undefined;
    for (const m of g.mentions) {
      const ws = wordsOf(m);
      // (nor the countryside: "ريف دمشق" is a governorate apart from the city, place16)
      const cue = !lex.directions.has(ws[0]) && !lex.countryside.has(ws[0]) && placeCueWord(ws[0], lex);
      if (ws.length < 2 || !cue) { target = undefined; break; }
      const t = places.get(ws.slice(1).join(" "));
      if (!t || t === g || (target && t !== target) || (g.entry?.country && t.entry?.country !== g.entry.country)) { target = undefined; break; }
      target = t;
    }
    if (!target) continue;
    for (const m of g.mentions) target.mentions.push(m);
    groups.delete(id);
  }
}

/** A word that names a kind of place before its name: a place or settlement cue, or an administrative word (محافظة، مديرية). */
export const placeCueWord = (w: string, lex: Lexicons): boolean => lex.placeCues.has(w) || lex.settlementCues.has(w) || lex.adminWords.has(w);
