// An unknown place named in a list beside known places: "في تعز وزمرقان", "بين حلب وإدلب وقلحوط"
// (invented village names).
// The KB holds the towns GeoNames names in Arabic; a village or a quarter it does not know is
// often written bare, coordinated with towns it knows, and no cue names it a place. The known
// towns or districts (not countries: "مصر والعالم") listed with it vouch for it: two of one country
// ("P1 وP2 وX", "P1، وX، وP2"), or one when a preposition of place or ب opens the list ("في P وX").
// The word itself must be a name and nothing else: one word, in no dictionary (hunspell-ar) under
// any reading nor an inflection of a dictionary word (وقامت، ومؤسسات، ودواما), no pronoun on it
// (وضواحيها), no given name, stop word, plural place word (ومحافظات: generic_place) or KB name
// (a KB homonym is listed-places.ts's case), no head before the next town ("وما حول صنعاء"), and
// no mention the other patterns found. SaudiNewsNet, 3,000 records: 15 mentions added, 12 right
// (the misses: Italian football clubs listed by their cities' names). It is a GPE; its point comes
// from the geocoder's fallbacks (spelled-places.ts, main-place.ts). One word only: a second word
// would run into the sentence.
import type { Reading, Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { ordinaryWords } from "./model/features.ts";
import type { Ctx } from "./words.ts";

const PLACE = new Set(["GPE", "LOC"]);
const VOUCHES = new Set(["city", "town", "capital", "district", "province", "village", "locality"]);

/** The one-word places a list of known places of one country vouches for, none where `all` already has a mention. */
export function listMatePlaces(c: Ctx, kb: readonly FoundMention[], all: readonly FoundMention[]): FoundMention[] {
  const out: FoundMention[] = [];
  const starts = new Map<number, FoundMention>(), ends = new Map<number, FoundMention>();
  for (const p of kb) if (vouches(c, p)) { starts.set(p.tokens.start, p); ends.set(p.tokens.end, p); }
  if (!starts.size) return out;
  let taken: Set<number> | undefined;
  const tried = new Set<number>();
  for (const p of starts.values()) {
    const { start, end } = p.tokens;
    // after the known place: "P وX", "P، وX"; before it: "X وP", "X، وP"
    const after = comma(c.tokens, end) ? end + 1 : end;
    const before = c.tokens[start] && waReading(c.tokens[start]) ? (comma(c.tokens, start - 1) ? start - 2 : start - 1) : -1;
    for (const at of [after, before]) {
      if (at < 0 || tried.has(at) || !c.tokens[at] || c.tokens[at].sentence !== c.tokens[start].sentence) continue;
      tried.add(at);
      const r = at === after ? waReading(c.tokens[at]) : waReading(c.tokens[at]) ?? plainReading(c.tokens[at]);
      if (!r || !nameWord(c, c.tokens[at])) continue;
      if (starts.has(at + 1) && !waReading(c.tokens[at + 1])) continue; // "وما حول صنعاء": a head before the town, no item
      const country = listCountry(c, at, starts, ends);
      if (!country) continue;
      taken ??= tokensOf(all);
      if (taken.has(at)) continue;
      const m = makeMention(c.text, c.tokens, r, at, at + 1, "GPE", "pattern", 0.5, r.norm);
      m.role = "area"; // a place by its list, not by the tagger's reading of its words (model-mentions.ts)
      out.push(m);
      taken.add(at);
    }
  }
  return out;
}

/**
 * The country of the known places the item at token k is listed with: the items right before and
 * after it, and the next ones out ("P1 وP2 وX", "P1 وX وP2", "X وP1 وP2"). Two of one country name
 * it; one does when a preposition of place or a plural place word opens the list ("في P وX",
 * "بـP وX", "بلديات P وX"): "واشنطن وحلفائها" opens with none. A list of capitals of several
 * countries ("لندن وباريس") names no country.
 */
function listCountry(c: Ctx, k: number, starts: Map<number, FoundMention>, ends: Map<number, FoundMention>): string | undefined {
  const found: FoundMention[] = [];
  let first = k; // the token the list's first item starts at
  let firstByB = !!c.tokens[k].readings[0] && byB(c.tokens[k]);
  // leftwards: the item before the one starting at s, when s carries و (or follows a comma)
  for (let s = k, n = 0; n < 2; n++) {
    if (!waReading(c.tokens[s]) && !comma(c.tokens, s - 1)) break;
    const p = ends.get(comma(c.tokens, s - 1) ? s - 1 : s);
    if (!p) break;
    found.push(p);
    s = first = p.tokens.start;
    firstByB = p.start > c.tokens[s].start && byB(c.tokens[s]);
  }
  // rightwards: the item right after the one ending at e, when it carries و
  for (let e = k + 1, n = 0; n < 2; n++) {
    const at = comma(c.tokens, e) ? e + 1 : e;
    const p = starts.get(at);
    if (!p || !waReading(c.tokens[at])) break;
    found.push(p);
    e = p.tokens.end;
  }
  if (!found.length) return undefined;
  const country = (p: FoundMention): string | undefined => c.gaz.byId(p.candidates[0])?.country ?? undefined;
  const one = country(found[0]);
  for (let i = 1; i < found.length; i++) if (country(found[i]) === one) return one;
  if (found.length > 1) return undefined;
  const prev = c.tokens[first - 1];
  const opened = firstByB || (!!prev && prev.sentence === c.tokens[first].sentence && (c.lex.placePrepositions.has(prev.norm) || c.lex.pluralPlaceCues.has(prev.norm)));
  return opened ? one : undefined;
}

/** Does the token carry the preposition ب (بالطائف، وبالطائف)? */
const byB = (t: Token): boolean => t.readings.some((r) => r.pre === "ب" || r.pre === "وب");

/** Is p a known town, city or district (not a country) the KB places in a country? */
function vouches(c: Ctx, p: FoundMention): boolean {
  if (!PLACE.has(p.type) || p.via !== "kb" || !p.candidates.length) return false;
  const e = c.gaz.byId(p.candidates[0]);
  return !!e && !!e.country && VOUCHES.has(e.subtype);
}

/**
 * Could the word be a one-word place name: under none of its readings (whole, less its clitics) a
 * dictionary word, given name, stop word or KB name? ("وحلفائها" is حلفاء with و and ها.)
 */
function nameWord(c: Ctx, t: Token): boolean {
  const ordinary = ordinaryWords();
  if (t.norm.length < 4 || /[\d\u064b-\u0652]/.test(t.text)) return false;
  for (const r of t.readings) {
    if (r.bare.length < 3) continue;
    if (ordinary.has(r.norm) || ordinary.has(r.bare)) return false;
    if (c.lex.firstNames.has(r.bare) || c.lex.stops.has(r.norm) || c.lex.connectors.has(r.norm)) return false;
    if (c.gaz.lookup(r.norm) || c.gaz.lookup(r.bare)) return false;
    if (c.lex.genericPlaces.has(r.norm) || c.lex.pluralPlaceCues.has(r.norm) || c.lex.settlementCues.has(r.norm) || c.lex.placeCues.has(r.norm)) return false;
    // a pronoun on a noun the dictionary lacks in that form: "وأعلاها", "وضواحيها"
    if (r.post !== "") return false;
    if (inflected(r, ordinary)) return false;
  }
  return true;
}

/**
 * Is the reading an inflection of a dictionary word (hunspell-ar lists stems, not every form): a
 * verb in ت or وا ("ووفقت", "ووضعوا"), a feminine or plural in ة، ات ("وواحدة", "ومؤسسات"), an
 * indefinite accusative in ا ("ودواما"; a name with ال keeps its ا: البيضا).
 */
function inflected(r: Reading, ordinary: ReadonlySet<string>): boolean {
  const w = r.bare;
  for (const [end, add] of INFLECTIONS) {
    if (!w.endsWith(end) || w.length - end.length < 3) continue;
    if (end === "ا" && r.article) continue;
    const stem = w.slice(0, -end.length);
    if (ordinary.has(stem) || ordinary.has(stem + add)) return true;
  }
  return false;
}
const INFLECTIONS: readonly (readonly [string, string])[] = [["ت", ""], ["وا", ""], ["ه", ""], ["ات", "ه"], ["ات", ""], ["ا", ""]];

/** The token's reading "و" + word, no enclitic, when it is a word. */
function waReading(t: Token | undefined): Reading | undefined {
  if (!isWord(t) || t.kind !== "word") return undefined;
  for (const r of t.readings) if (r.pre === "و" && r.post === "") return r;
  return undefined;
}

/** The token's whole-word reading, or its reading after ب or في's clitic forms (بX وP). */
function plainReading(t: Token | undefined): Reading | undefined {
  if (!isWord(t) || t.kind !== "word") return undefined;
  for (const r of t.readings) if ((r.pre === "" || r.pre === "ب") && r.post === "") return r;
  return undefined;
}

function tokensOf(all: readonly FoundMention[]): Set<number> {
  const s = new Set<number>();
  for (const m of all) for (let k = m.tokens.start; k < m.tokens.end; k++) s.add(k);
  return s;
}

const comma = (tokens: readonly Token[], k: number): boolean =>
  tokens[k] !== undefined && tokens[k].kind === "punct" && (tokens[k].text === "،" || tokens[k].text === ",");
