// A place named inside the name of one of its bodies ("محكمة جنايات القاهرة", "مديرية أمن شمال
// سيناء", "مجلس قضاء الخالدية", "رئاسة إقليم كردستان", "حكومة مصر") is named by the text: the
// gold of the development sets lists it as an entity of its own (K, EH, O: 7 such places the
// document names nowhere else, none left out). Only a body whose head makes the place its
// jurisdiction (court, council, government, police, directorate, office: jurisdiction_head in
// ner-cues.tsv): a university, club, paper or company named by a city (جامعة بوسطن، نادي موناكو،
// زين السعودية) is a brand, and inside a facility's name the gold is split ("مطار عدن" with and
// without عدن), so those are left alone. The place is a KB place of note (a country, a province, a
// region, a capital or a city of 100,000, or a hand-written row), no ordinary or generic word and
// no country adjective ("الحكومة السعودية"). It joins the document's group of that place (or of
// the place named with its cue, "إقليم كردستان"), or becomes one: the resolved mentions never
// overlap, so this is where the inner name comes back. The actor index keeps the outer mention at
// its tokens (actors/mentions.ts sorts a longer mention first): quotes and events read the body
// (K, EH, O: their outputs unchanged).
import type { Document } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import { mentionOf } from "../mentions/candidate.ts";
import { isProminentPlace, type Gazetteer, type NameEntry } from "../mentions/gazetteer.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { chooseCandidate, type PlaceContext } from "./geocode.ts";
import type { Group } from "./link-entities.ts";
import { placeCueWord } from "./admin-places.ts";

/** The longest place name read inside an organization's name, in words. */
const MAX_WORDS = 2;

/** Adds the places named inside organizations' names to `groups` (in place). */
export function addNestedPlaces(groups: Map<string, Group>, tokens: Document["tokens"], text: string, gaz: Gazetteer, lex: Lexicons, ctx: PlaceContext): void {
  let found: [FoundMention, NameEntry][] | null = null;
  for (const g of groups.values()) {
    if (g.type !== "ORG") continue;
    for (const m of g.mentions) {
      if (m.tokens.end - m.tokens.start < 2 || !jurisdictionHead(tokens[m.tokens.start], lex)) continue;
      const p = innerPlace(m, tokens, text, gaz, lex, ctx);
      if (p) (found ??= []).push(p);
    }
  }
  // the document's group of the place, or of a place it names with a cue ("إقليم كردستان" for كردستان)
  if (found) addPlaceMentions(groups, found, (m, e) => groups.get(e.id) ?? cuedGroup(groups, m.key));
}

/** Adds each found place mention to the group `groupOf` gives, or to a new group of its entry. */
export function addPlaceMentions(groups: Map<string, Group>, found: [FoundMention, NameEntry][], groupOf: (m: FoundMention, e: NameEntry) => Group | undefined): void {
  for (const [m, e] of found) {
    const g = groupOf(m, e);
    if (g) { g.mentions.push(m); continue; }
    groups.set(e.id, { id: e.id, type: e.type, entry: e, key: m.key, mentions: [m] });
  }
}

/** A place group one of whose mentions is the key after one more word ("إقليم كردستان"). */
function cuedGroup(groups: Map<string, Group>, key: string): Group | undefined {
  const tail = " " + key;
  for (const g of groups.values()) {
    if (g.type !== "GPE" && g.type !== "LOC") continue;
    for (const x of g.mentions) if (x.key.endsWith(tail) && x.key.indexOf(" ") === x.key.length - tail.length) return g;
  }
  return undefined;
}

/** The first KB place of note inside the organization mention m (after its first word), as a mention, or null. */
function innerPlace(m: FoundMention, tokens: Document["tokens"], text: string, gaz: Gazetteer, lex: Lexicons, ctx: PlaceContext): [FoundMention, NameEntry] | null {
  for (let i = m.tokens.start + 1; i < m.tokens.end; i++) {
    // the place word before it inside the name is part of it ("مجلس قضاء الخالدية", "رئاسة إقليم كردستان"),
    // and makes any KB place of the name the place (a town of no note, a name that is also a word)
    const cued = i - 1 > m.tokens.start && placeCueWord(tokens[i - 1].norm, lex);
    for (const r of tokens[i].readings) {
      // (no clitic inside a name: "بوكو" is no ب + a place)
      if (r.post !== "" || r.pre !== "" || lex.genericPlaces.has(r.norm)) continue;
      // the longer name first: "شمال سيناء" before سيناء, "المملكة العربية السعودية" is one alias
      for (let n = Math.min(MAX_WORDS + 1, m.tokens.end - i); n >= 1; n--) {
        const key = n === 1 ? r.norm : [r.norm, ...tokens.slice(i + 1, i + n).map((t) => t.norm)].join(" ");
        const e = placeOfNote(gaz, key, lex, ctx, cued);
        if (!e) continue;
        const first = cued ? i - 1 : i;
        const start = tokens[first].start, end = tokens[i + n - 1].end;
        return [mentionOf(start, end, text.slice(start, end), e.type, e.id, "kb", 0.5, { start: first, end: i + n }, key, [e.id], undefined), e];
      }
    }
  }
  return null;
}

/** Does the token (a clitic allowed: بشرطة) read as a head whose body's place is its jurisdiction? */
function jurisdictionHead(t: Document["tokens"][number], lex: Lexicons): boolean {
  for (const r of t.readings) if (r.post === "" && lex.jurisdictionHeads.has(r.norm)) return true;
  return false;
}

/** The place of note among a key's candidates (the story's one among homonyms), or undefined. */
function placeOfNote(gaz: Gazetteer, key: string, lex: Lexicons, ctx: PlaceContext, cued: boolean): NameEntry | undefined {
  const cands = gaz.lookup(key);
  // (a country's name that is also its adjective, "السعودية" after a feminine noun, is the adjective here)
  if (!cands?.length || lex.genericPlaces.has(key) || lex.stops.has(key) || lex.placeCues.has(key) || gaz.adjective(key)) return undefined;
  const places = cands.filter((e) => (e.type === "GPE" || e.type === "LOC") && (cued || (!e.wordKind && (!e.generated || isProminentPlace(e)))));
  if (places.length !== cands.length || !places.length) return undefined; // (a name that is also a person's or a body's: not here)
  return chooseCandidate(places, ctx, key);
}
