// The entities stage: mentions grouped into one entity per referent in the document, each with a
// canonical id (the knowledge base's, or a stable `rasid:` id made from the normalized full name,
// so the same new person links across articles), a canonical Arabic name, an English or
// transliterated name, and coordinates for places. Short forms join the full name they shorten:
// "مسعد" after "ماركو مسعد", "وزارة الدفاع" after "وزارة الدفاع العراقية".
//
// Cost (bench/PERF.md, session 3 p4): every mention's candidates are looked up once (the place
// context and the choice share them), a mention's normalized words are made once per distinct
// text in the document, and the id of a name the KB lacks is memoized across documents.
import { joinKunyaCases } from "./kunya-cases.ts";
import type { EntityOut, EntityType, Geo } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import { typeConstant } from "../mentions/candidate.ts";
import type { Gazetteer, NameEntry } from "../mentions/gazetteer.ts";
import type { MentionResources } from "../mentions/find-mentions.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { defaultResources } from "../mentions/resources.ts";
import { normalize } from "../text/normalize.ts";
import { chooseCandidate, geoOf, addToContext, type PlaceContext } from "./geocode.ts";
import { placeBefore } from "./place-before.ts";
import { placeEarlier } from "./place-earlier.ts";
import { cuedSmallPlace, storyPlace } from "./cued-homonyms.ts";
import { regionPart, regionParts } from "./region-parts.ts";
import { mainPlace } from "./main-place.ts";
import { addCoreference } from "./coreference.ts";
import { slug, transliterate } from "./transliterate.ts";
import { sha1Hex } from "../input/hash.ts";
import { joinLoneKbSurnames, joinSurnames } from "./surnames.ts";
import { joinAdminPlaces, placeCueWord } from "./admin-places.ts";
import { spelledPlace } from "./spelled-places.ts";
import { addNestedPlaces } from "./nested-places.ts";
import { addLeaderPlaces } from "./leader-places.ts";
import { joinNisbaSurnames } from "./nisba-surnames.ts";
import { joinLoneNamesToPersons } from "./lone-names.ts";
import { joinSameNames } from "./same-names.ts";
import { addHeadReferences } from "./head-references.ts";
import { addTitleHolders } from "./title-holders.ts";
import { joinAppositions } from "./appositions.ts";
import { namedByHead } from "./headed-names.ts";
import { afterCommanderTitle } from "./titled-generics.ts";
import { chooseByContext, contextNames, genericOf, mainCountry, type ContextName, type ContextNames, type DocContext } from "./context-names.ts";

/** One referent's mentions; id is entry.id when there is an entry (coreference.ts reads it so). */
export interface Group { id: string; type: EntityType; entry: NameEntry | null; key: string; mentions: FoundMention[] }

/** Stable id for a name the knowledge base does not know (memoized: the same names recur across articles). */
export function unknownId(key: string): string {
  let id = ids.get(key);
  if (id === undefined) {
    const h = sha1Hex(key).slice(0, 8);
    const s = slug(key.replace(/ (wd|gn|rasid):\S+$/, ""));
    id = `rasid:${s ? s + "-" : ""}${h}`;
    if (ids.size >= 50_000) ids.clear();
    ids.set(key, id);
  }
  return id;
}
const ids = new Map<string, string>();

const PLACE: ReadonlySet<EntityType> = new Set(["GPE", "LOC", "FAC"]);
/** normalize(s).split(" ").filter(Boolean), without the second array. */
function words(s: string, joined: ReadonlySet<string>): string[] {
  const n = normalize(s), out: string[] = [];
  let from = 0, glue = false;
  for (let i = 0; i <= n.length; i++) {
    if (i < n.length && n.charCodeAt(i) !== 0x20) continue;
    if (i > from) {
      const w = n.slice(from, i);
      // "عبد الرحمن" is compared as "عبدالرحمن" (joined_connector): a name written both ways is one
      if (glue) out[out.length - 1] += w; else out.push(w);
      glue = joined.has(w) && out.length > 0 && out[out.length - 1] === w;
    }
    from = i + 1;
  }
  return out;
}

/** A mention's normalized words, made once per distinct mention text of the document (short forms and coreference compare them). */
export type WordsOf = (m: FoundMention) => string[];
function wordsCache(lex: Lexicons): WordsOf {
  const byText = new Map<string, string[]>();
  return (m) => {
    let w = byText.get(m.text);
    if (w === undefined) byText.set(m.text, (w = words(m.text, lex.joinedConnectors)));
    return w;
  };
}

const NO_IDS: readonly string[] = [];
const NO_JOIN: ReadonlySet<string> = new Set();
// a lone family name only the tagger typed, another type than the KB person it ends (surnames.ts),
// joins that person; RASID_NER_SURNAMES=0 turns it off
const SURNAMES = process.env.RASID_NER_SURNAMES !== "0";

export function linkEntities(doc: Pick<Document, "text" | "tokens" | "mentions">, res: MentionResources = defaultResources()): EntityOut[] {
  const { gaz } = res;
  const ms = doc.mentions as FoundMention[];
  // each mention's candidate entries, looked up once: a mention with candidates adds to the
  // document's place context; one without takes its kbId alone (and none when candidates is [])
  // (a literal filled by push: new Array(n) deoptimized this function, "wrong map")
  const found: (NameEntry[] | null)[] = [];
  const ctx: PlaceContext = { countries: new Set(), points: [] };
  let generic = false; // some mention's candidates are a generic name's (context-names.ts)
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const ids = m.candidates ?? (m.kbId ? [m.kbId] : NO_IDS);
    let es: NameEntry[] | null = null;
    for (let k = 0; k < ids.length; k++) {
      const e = gaz.byId(ids[k]);
      if (e) (es ??= []).push(e);
    }
    if (es && es[0].type === "ORG" && !generic) generic = es.length > 1 ? GENERIC_IDS.has(es[0].id) : oneIdForm(es, m.key) !== undefined;
    found.push(es);
    if (es && m.candidates?.length && m.role !== "state") addToContext(ctx, es);
  }
  const known = generic ? docContext(found, ms) : null;
  const groups = new Map<string, Group>();
  const unknownIds = new Map<string, string>(); // this document's: a small table, read before the memo across documents
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i], cands = found[i];
    let entry = cands ? chooseCandidate(cands, ctx, m.key ?? normalize(m.text)) : null;
    const options = known && cands ? (cands.length > 1 ? (GENERIC_IDS.has(cands[0].id) ? genericOf(GENERIC, cands) : undefined) : oneIdForm(cands, m.key)) : undefined;
    if (options) {
      if (afterCommanderTitle(m, doc.tokens, res.lex)) continue; // "القائد العام للقوات المسلحة": the title's (org17)
      const id = chooseByContext(options, known!);
      // the document does not say which: no entity rather than a guess, but a name its own head
      // makes one ("حركة التغيير") is an entity the KB does not link
      if (id === null && !namedByHead(m.key ?? normalize(m.text), res.lex, GENERIC)) continue;
      entry = id === null ? null : cands!.find((e) => e.id === id) ?? entry;
    }
    const key = m.key ?? normalize(m.text);
    let id: string | undefined;
    if (entry) id = entry.id;
    else if ((id = unknownIds.get(key)) === undefined) unknownIds.set(key, (id = unknownId(key)));
    let g = groups.get(id);
    // a name the KB does not know, read here under another type than its group's ("أينشتاين" as
    // ORG inside an institute's name, a person everywhere else): its own entity, not the other's
    if (g && !entry && g.type !== m.type) g = groups.get((id = unknownId(`${key} rasid:${m.type}`)));
    if (!g) groups.set(id, (g = { id, type: typeConstant(entry?.type ?? m.type), entry, key, mentions: [] }));
    g.mentions.push(m);
  }
  const wordsOf = wordsCache(res.lex);
  joinSameNames(groups, res.lex);
  joinKunyaCases(groups); // أبو/أبي/أبا + the same name: one person
  if (SURNAMES) joinSurnames(groups, wordsOf);
  joinLoneKbSurnames(groups, wordsOf);
  joinNisbaSurnames(groups, doc.tokens, res.lex, wordsOf);
  joinAdminPlaces(groups, wordsOf, res.lex);
  mergeShortForms(groups, wordsOf);
  joinAppositions(groups, doc.text); // "جهاز المخابرات العامة (الشاباك)": one body
  addCoreference(doc, [...groups.values()], res.lex, res.model, wordsOf);
  joinLoneNamesToPersons(groups, doc.tokens, res.lex, wordsOf);
  addHeadReferences(groups, doc.tokens, doc.text, res.lex);
  addTitleHolders(groups, doc.tokens, doc.text, res.lex); // "وقال رئيس الحكومة التركية": the person the story names with that title
  addNestedPlaces(groups, doc.tokens, doc.text, gaz, res.lex, ctx); // "محكمة جنايات القاهرة": القاهرة too (place16)
  addLeaderPlaces(groups, doc.tokens, doc.text, gaz, res.lex); // "التحالف بقيادة السعودية": السعودية too (org18)
  const out: EntityOut[] = [];
  const lex = res.lex;
  const place: MainPlace = { done: false, best: null, near: null, tokens: doc.tokens, ctx, compass: lex.compass, settlements: lex.sureSettlements,
    cueWord: (w) => placeCueWord(w, lex) || lex.areaCues.has(w) || lex.areaCuesApart.has(w) };
  for (const g of groups.values()) out.push(toEntity(g, gaz, groups, place));
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const GENERIC: ContextNames = contextNames();
/** The ids some generic name may mean (a cheap gate before genericOf). */
const GENERIC_IDS: ReadonlySet<string> = new Set([...GENERIC.values()].flatMap((os) => os.map((o) => o.id)));

/**
 * A generic form with one id ("المقاومة": Yemen's popular resistance, "حركة التغيير": Gorran) is no
 * alias like the others: it names that id only in a document about its country (or one that names
 * the id otherwise), and nothing elsewhere. The mention's key is the form, or the form without ال.
 */
const ONE_ID: ReadonlyMap<string, readonly ContextName[]> = new Map([...GENERIC].filter(([, os]) => os.length === 1));
function oneIdForm(cands: readonly NameEntry[], key: string | undefined): readonly ContextName[] | undefined {
  if (ONE_ID.size === 0 || cands.length !== 1 || !key) return undefined;
  const os = ONE_ID.get(key) ?? ONE_ID.get("ال" + key);
  return os && os[0].id === cands[0].id ? os : undefined;
}

/** The ids the document names by one-candidate mentions (not one-id generic forms), and the country its places and adjectives name most. */
function docContext(found: readonly (NameEntry[] | null)[], ms: readonly FoundMention[]): DocContext {
  const named = new Set<string>(), counts = new Map<string, number>();
  for (let i = 0; i < found.length; i++) {
    const es = found[i];
    if (!es || es.length !== 1 || oneIdForm(es, ms[i].key)) continue; // a one-id generic form names nothing by itself
    const e = es[0];
    named.add(e.id);
    if (PLACE.has(e.type) && e.country && ms[i].role !== "state") counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  }
  return { named, mainCountry: mainCountry(counts) };
}

/**
 * An unknown person named by part of another person's name, or an organization or facility by the
 * start of another's, is that entity: the first such group in the document's order. The groups that
 * could be one are found through an index of the words their mentions hold (a person: every word;
 * anything else: the first), kept up to date as groups merge, instead of testing every pair.
 */
function mergeShortForms(groups: Map<string, Group>, wordsOf: WordsOf): void {
  let list: Group[] | null = null;
  for (const g of groups.values()) {
    if (!g.entry && g.type !== "GPE") { list = [...groups.values()]; break; }
  }
  if (!list) return;
  // only groups of a type some unknown group has can take one (the words of the others are never read)
  const types = new Set<EntityType>();
  for (const g of list) if (!g.entry && g.type !== "GPE") types.add(g.type);
  const persons = new Map<string, number[]>(), firsts = new Map<string, number[]>();
  const index = (m: FoundMention, at: number, person: boolean) => {
    const ws = wordsOf(m);
    if (person) for (const w of ws) add(persons, w, at);
    else if (ws.length) add(firsts, ws[0], at);
  };
  for (let i = 0; i < list.length; i++) {
    if (!types.has(list[i].type)) continue;
    const person = list[i].type === "PERSON";
    for (const m of list[i].mentions) index(m, i, person);
  }
  for (let i = 0; i < list.length; i++) {
    const g = list[i];
    if (g.entry || g.type === "GPE") continue;
    const mine = wordsOf(longest(g));
    const person = g.type === "PERSON";
    let t = -1;
    if (mine.length === 0) { // every longer name "covers" no words: the first group of the type with any
      for (let j = 0; j < list.length && t < 0; j++) if (fits(list[j], g, mine, person, groups, wordsOf)) t = j;
    } else {
      const near = (person ? persons : firsts).get(mine[0]);
      if (near) for (const j of near) if ((t < 0 || j < t) && fits(list[j], g, mine, person, groups, wordsOf)) t = j;
    }
    if (t < 0) continue;
    const target = list[t];
    for (const m of g.mentions) { target.mentions.push(m); index(m, t, target.type === "PERSON"); }
    groups.delete(g.id);
  }
}

function add(index: Map<string, number[]>, word: string, at: number): void {
  const l = index.get(word);
  if (l) l.push(at); else index.set(word, [at]);
}

/** Can group o take group g (whose longest name's words are `mine`)? */
function fits(o: Group, g: Group, mine: string[], person: boolean, groups: Map<string, Group>, wordsOf: WordsOf): boolean {
  if (o === g || o.type !== g.type || !groups.has(o.id)) return false;
  for (const m of o.mentions) if (covers(wordsOf(m), mine, person)) return true;
  return false;
}

/** Do a longer name's words contain all of mine (a person), or start with mine (anything else)? */
function covers(theirs: string[], mine: string[], person: boolean): boolean {
  if (theirs.length <= mine.length) return false;
  if (person) {
    for (const w of mine) if (!theirs.includes(w)) return false;
  } else {
    for (let i = 0; i < mine.length; i++) if (theirs[i] !== mine[i]) return false;
  }
  return true;
}

/** The group's longest mention, not a title standing for a person (title-holders.ts) when it has a name. */
function longest(g: Group): FoundMention {
  let a = g.mentions[0];
  for (let i = 1; i < g.mentions.length; i++) {
    const m = g.mentions[i];
    if ((m.text.length > a.text.length && m.role !== "title") || a.role === "title") a = m;
  }
  return a;
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** A group's names as written, each once, longest first. */
function mentionTexts(g: Group): string[] {
  const out: string[] = [];
  for (const m of g.mentions) if (!out.includes(m.text)) out.push(m.text);
  return out.sort((a, b) => b.length - a.length);
}

/** The document's main place, found on first need (it does not change while the entities are written). */
interface MainPlace {
  done: boolean; best: Group | null;
  /** The known places (not countries) by the token they start at, made on first need (nearPlace). */
  near: Map<number, NameEntry> | null; tokens: Document["tokens"];
  /** The document's places and countries, to choose among places of one name (geocode.ts). */
  ctx: PlaceContext;
  /** Compass words: a place after one places nothing named later (place-earlier.ts). */
  compass: ReadonlySet<string>;
  /** Settlement cues (حي، قرية): a small KB place after one may be another of its name (cued-homonyms.ts). */
  settlements: ReadonlySet<string>;
  /** Mentions of places per country, made on first need (a region of several countries). */
  counts?: Map<string, number>;
  /** Is a normalized word a place word (منطقة، محافظة، قرية): not part of a place's spelled name (spelled-places.ts). */
  cueWord: (w: string) => boolean;
}

const REGION_PARTS = regionParts();

function countryCounts(groups: Map<string, Group>, place: MainPlace): Map<string, number> {
  if (place.counts) return place.counts;
  const counts = new Map<string, number>();
  for (const g of groups.values()) {
    const c = g.entry?.country;
    if (c && PLACE.has(g.type)) counts.set(c, (counts.get(c) ?? 0) + g.mentions.length);
  }
  return (place.counts = counts);
}

function toEntity(g: Group, gaz: Gazetteer, groups: Map<string, Group>, place: MainPlace): EntityOut {
  const ms = g.mentions.sort(byStart);
  const mentions: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < ms.length; i++) mentions.push({ start: ms[i].start, end: ms[i].end, text: ms[i].text });
  const name = g.entry?.name ?? longest(g).text;
  const e: EntityOut = { id: g.id, type: g.type, name, name_en: g.entry?.nameEn ?? transliterate(name), mentions };
  if (PLACE.has(g.type)) {
    // a region of several countries is the part in the country the document names most (region-parts.ts)
    let geo = (g.entry && !g.entry.country && REGION_PARTS.has(g.entry.id) ? regionPart(g.entry.id, countryCounts(groups, place)) : undefined)
      ?? geoOf(g.entry ?? undefined) ?? innerPlace(g, gaz, place.ctx) ?? (g.entry ? undefined : nearPlace(g, groups, place) ?? placeBefore(g.mentions, place.near!, place.tokens));
    // an unknown town or area of the main country that GeoNames names in Latin letters only (place21)
    if (!geo && !g.entry && g.type !== "FAC") geo = spelledPlace(mentionTexts(g), mainPlaceOf(groups, place)?.entry!.country, place.cueWord, place.ctx.points);
    if (!geo && !g.entry && place.near) geo = placeEarlier(g.mentions, place.near, place.tokens, place.compass); // geo14
    // a small KB place after حي/قرية is placed by the story when the KB's one is far (cued-homonyms.ts, geo14)
    if (geo && g.entry && cuedSmallPlace(g.entry, g.mentions, place.tokens, place.settlements)) geo = storyPlace(geo, nearPlace(g, groups, place) ?? placeBefore(g.mentions, place.near!, place.tokens) ?? placeEarlier(g.mentions, place.near!, place.tokens, place.compass));
    if (!geo) {
      const best = mainPlaceOf(groups, place);
      geo = best ? geoOf(best.entry!) : undefined;
    }
    if (geo) e.geo = geo;
  }
  return e;
}

/** The document's main place (main-place.ts), found on first need. */
function mainPlaceOf(groups: Map<string, Group>, place: MainPlace): Group | null {
  if (!place.done) { place.best = mainPlace(groups.values(), (o) => PLACE.has(o.type as EntityType), countryCounts(groups, place)) as Group | null; place.done = true; }
  return place.best;
}

/**
 * A place the knowledge base knows inside an unknown facility's name ("قاعدة العند الجوية"), the
 * one of that name the document's context supports (ميناء X in a Yemeni story is Yemen's X, not a
 * Libyan town of the same name), as for the places it names on their own.
 */
function innerPlace(g: Group, gaz: Gazetteer, ctx: PlaceContext): Geo | undefined {
  const ws = words(longest(g).text, NO_JOIN);
  for (let i = 1; i < ws.length; i++) {
    const es = gaz.lookup(ws[i]);
    if (!es) continue;
    let places: NameEntry[] | null = null;
    for (const x of es) if (PLACE.has(x.type) && x.lat !== null) (places ??= []).push(x);
    if (!places) continue;
    const best = chooseCandidate(places, ctx, ws[i]);
    // a facility named by a place of a country the story names nowhere ("مقهى هاواي" in a Yemeni
    // story) stands in the story's country: the next place or the main one places it (fac13); so
    // does a mountain or quarter ("جبل X" in a Yemeni story is not at a Jordanian town X, place18)
    if (best.country && best.subtype !== "country" && ctx.countries.size && !ctx.countries.has(best.country)) return undefined;
    return geoOf(best);
  }
  return undefined;
}

/**
 * A known place named right after an unknown one, in its sentence: "سد كوكب في ريف درعا", "مدينة
 * البوكمال بريف دير الزور", "مستشفى الأمل بجدة". The press places what it names by the next name;
 * that place is a better guess than the document's main place. Within four tokens (a province: eight), not a country.
 */
function nearPlace(g: Group, groups: Map<string, Group>, place: MainPlace): Geo | undefined {
  if (!place.near) {
    place.near = new Map();
    for (const o of groups.values()) {
      const e = o.entry;
      if (!e || !PLACE.has(o.type) || e.subtype === "country" || e.lat === null) continue;
      for (const m of o.mentions) place.near.set(m.tokens.start, e);
    }
  }
  const tokens = place.tokens;
  for (const m of g.mentions) {
    const sentence = tokens[m.tokens.start].sentence;
    for (let k = m.tokens.end; k < m.tokens.end + NEAR_PROVINCE && k < tokens.length && tokens[k].sentence === sentence; k++) {
      const e = place.near.get(k);
      if (e && (k < m.tokens.end + NEAR || e.subtype === "province")) return geoOf(e);
    }
  }
  return undefined;
}
const NEAR = 4;
// a province holds what is named before it a little farther off: "مديرية X غرب العاصمة، التابعة لمحافظة Y"
const NEAR_PROVINCE = 8;
