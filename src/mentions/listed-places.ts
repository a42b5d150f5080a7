// A KB place whose name is also an ordinary word, listed with a place the recognizer already took:
// "بين جدة والطائف", "مدن حديثة وهيت والقائم", "محافظتي الضالع وإب". coordinated-places.ts takes
// such a word beside a name that is no ordinary word at all; a list of towns of one country often
// has ordinary words only (جدة "grandmother", هيت, إب), so a neighbour the recognizer accepted on
// its own evidence (a cue, a preposition, the document's country) vouches for the next one, and
// that one for the next: the pass runs until no word is added. The neighbour must be a town,
// city or province (a country in a list is as often "اليمن والمنطقة", "مصر والعالم") and a
// candidate of the word must lie in the neighbour's country.
import type { FoundMention } from "./candidate.ts";
import type { NameEntry } from "./gazetteer.ts";
import type { Ctx } from "./words.ts";
import { coordinatedPlace, type PlaceEdges } from "./coordinated-places.ts";

const PLACE = new Set(["GPE", "LOC"]);
const LISTED = new Set(["city", "town", "capital", "district", "province"]);

/**
 * Indices (into raw) of the doubtful KB matches that a list with an accepted place licenses.
 * `doubtful`: matches turned down for want of evidence; `accepted`: the KB mentions taken so far.
 */
export function listedPlaces(c: Ctx, raw: readonly FoundMention[], lists: readonly (readonly NameEntry[])[], doubtful: readonly number[], accepted: readonly FoundMention[]): number[] {
  const out: number[] = [];
  if (!doubtful.length) return out;
  const edges: PlaceEdges = { starts: new Map(), ends: new Map() };
  for (const m of accepted) addEdge(c, edges, m);
  if (!edges.starts.size) return out;
  const left = doubtful.filter((k) => candidatePlace(c, raw[k], lists[k]));
  for (let added = true; added && left.length; ) {
    added = false;
    for (let x = 0; x < left.length; x++) {
      const k = left[x];
      if (!coordinatedPlace(c, raw[k], lists[k], edges)) continue;
      out.push(k);
      addEdge(c, edges, raw[k]);
      left.splice(x--, 1);
      added = true;
    }
  }
  return out;
}

/** A one-word KB place that is no generic place word (المنطقة), no given name, and no particle unless written as the place's name. */
function candidatePlace(c: Ctx, m: FoundMention, cands: readonly NameEntry[]): boolean {
  if (m.tokens.end - m.tokens.start !== 1 || !cands.length) return false;
  if (c.lex.genericPlaces.has(m.key) || c.lex.firstNames.has(m.key)) return false;
  if ((c.lex.stops.has(m.key) || c.lex.connectors.has(m.key)) && !writtenAsNamed(m, cands)) return false;
  for (let i = 0; i < cands.length; i++) if (!PLACE.has(cands[i].type)) return false;
  return true;
}

/**
 * Is the word written letter for letter as a candidate's name, hamza included, where that name has
 * one? Folding makes "إب" (Ibb) the stop word "آب" (August); the written hamza tells them apart.
 */
function writtenAsNamed(m: FoundMention, cands: readonly NameEntry[]): boolean {
  for (let i = 0; i < cands.length; i++) if (HAMZA.test(cands[i].name) && cands[i].name === m.text) return true;
  return false;
}
const HAMZA = /[أإآ]/;

/** Mark the accepted place m (a town, city or province) as a list neighbour of its country. */
function addEdge(c: Ctx, edges: PlaceEdges, m: FoundMention): void {
  if (!PLACE.has(m.type) || !m.candidates.length) return;
  const e = c.gaz.byId(m.candidates[0]);
  if (!e || !e.country || !LISTED.has(e.subtype)) return;
  edges.starts.set(m.tokens.start, e.country);
  edges.ends.set(m.tokens.end, e.country);
}

/** The list neighbours among the mentions found (towns, cities and provinces of the KB), for inPlaceList. */
export function placeListEdges(c: Ctx, found: readonly FoundMention[]): PlaceEdges {
  const edges: PlaceEdges = { starts: new Map(), ends: new Map() };
  for (const m of found) if (m.via === "kb") addEdge(c, edges, m);
  return edges;
}

/**
 * Is the one-word KB place m listed with another KB place of its country ("مدن مكة المكرمة والطائف",
 * "تبوك وأبها وحائل")? The tagger reads a few words around each name and often takes such a name for
 * an ordinary word; the list is the evidence it does not weigh (model-mentions.ts combine).
 */
export function inPlaceList(c: Ctx, m: FoundMention, edges: PlaceEdges): boolean {
  const cands = c.gaz.lookup(m.key);
  return !!cands && candidatePlace(c, m, cands) && coordinatedPlace(c, m, cands, edges);
}
