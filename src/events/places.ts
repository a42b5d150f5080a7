// Where an event happened, and when a place stands for its state. Location: the place named after
// في/قرب/شمال… (or بـ) nearest the trigger in its clause, else the sentence's most specific place
// (a facility before a city, a city before a province, a province before a country): a country is
// never the location when a city is named. A city that an attack or a visit is aimed at ("التفجير
// الذي استهدف مدينة سوروج"، "زارت طهران") is where it happened; the state it belongs to, when the
// document names that state, is the target, as coders record it. Place ranks come from the
// knowledge base's subtype; entities it does not know rank by type.
import type { Document, Token } from "../core/document.ts";
import { kbEntryOf } from "../kb/index.ts";
import { isPlace, isNisba, prepOf, sameActor, type Arg, type ArgIndex } from "./arguments.ts";
import { bareIn, bareSet, isBreak, isRelative, isTransparent, opensClause, PLACE_PREPS } from "./clause.ts";
import { wordClass } from "./word-classes.ts";
import { normalize } from "../text/normalize.ts";

const RANK: Record<string, number> = { country: 0, region: 1, province: 1, governorate: 1, state: 1, capital: 2, city: 2, town: 3, village: 3, district: 3, neighbourhood: 3 };


/** The knowledge base's subtype of an entity ("ministry", "army", "city" …), or null. */
export const subtypeOf = (id: string | null): string | null => (id ? kbEntryOf(id)?.subtype ?? null : null);

/** Does the knowledge base hold the entity (not one the entity stage named for this document only)? */
export const inKnowledgeBase = (id: string | null): boolean => !!id && kbEntryOf(id) !== undefined;

/** The ISO country code the knowledge base gives an entity (a state's own, a city's, a body's), or null. */
export const countryCode = (id: string | null): string | null => (id ? kbEntryOf(id)?.country ?? null : null);

/** The army the document names for the country of a nationality adjective standing on a word for
 *  soldiers or forces ("الجنود العراقيين" with "الجيش العراقي" named): its id, else null. */
export function armyNamed(doc: Document, nisba: Arg): string | null {
  const code = countryCode(nisba.id);
  if (!code) return null;
  let best: string | null = null, n = 0;
  for (const e of doc.entities) {
    if (e.type !== "ORG") continue;
    const info = kbEntryOf(e.id);
    if (info?.subtype === "army" && info.country === code && e.mentions.length > n) { best = e.id; n = e.mentions.length; }
  }
  return best;
}

/** "أميركية"، "الروسية"، "إسرائيلي": one word ending as a nationality adjective (ي، ية، يين، يون as
 *  written: "ديالى" ends in ى) for a country (or an entity the knowledge base does not place), and
 *  not the name of its entity as the document gives it ("الإسكندرية" ends so too, and is a name). */
export function isNationality(doc: Document, a: Arg): boolean {
  if (a.type !== "GPE" || a.first !== a.last || !a.id) return false;
  if (!/..(ي|ية|يين|يون)$/.test(a.text.replace(/[\u064B-\u0652]/g, ""))) return false;
  if (kbEntryOf(a.id) && placeRank(a) !== 0) return false;
  const n = normalize(a.text);
  const e = doc.entities.find((x) => x.id === a.id);
  return !e || normalize(e.name).replace(/^ال/, "") !== n.replace(/^ال/, "");
}

/** How specific a place is: country 0 … facility 4. */
export function placeRank(a: Arg): number {
  return rankOf(a.id, a.type);
}

/** placeRank of an entity by its id and type (for a document's entities, which are no Arg). */
export function rankOf(id: string | null, type: string | null): number {
  if (type === "FAC") return 4;
  const info = id ? kbEntryOf(id) : undefined;
  if (info && info.subtype in RANK) return RANK[info.subtype];
  return type === "LOC" ? 1 : 2;
}

/** The place an event happened at, in sentence tokens [a, b) around trigger `at`. */
export function placeIn(ai: ArgIndex, a: number, b: number, at: number, exclude: (Arg | null)[]): Arg | null {
  let best: Arg | null = null, bestDist = Infinity, any: Arg | null = null;
  const ms = ai.ix.mentions;
  for (let k = firstMention(ms, a); k < ms.length; k++) {
    const mm = ms[k];
    if (mm.first >= b) break;
    const arg = ai.at[mm.first];
    if (!arg || !isPlace(arg) || isNisba(arg)) continue;
    if (exclude.some((x) => sameActor(x, arg)) || inRoleTitle(ai, arg)) continue;
    const p = prepOf(ai, arg);
    if (p && (PLACE_PREPS.has(p) || p === "ب")) {
      const d = (mm.first >= at ? mm.first - at : (at - mm.first) * 2) + (clauseBreaks(ai, at, mm.first) ? 20 : 0);
      // a city right after a facility or a province ("في جامعة الأنبار في الرمادي") is no better
      if (d < bestDist || (best && d < bestDist + 6 && placeRank(arg) > placeRank(best))) { best = arg; bestDist = Math.min(d, bestDist); }
    } else if (!afterLam(ai, arg) && (!any || placeRank(arg) > placeRank(any))) any = arg; // "لـ«الشرق الأوسط»": an outlet told, not where
  }
  if (best && any && placeRank(best) === 0 && placeRank(any) > 0 && inCountry(any, best)) return any;
  // "استهدف مقر الشرطة بمنطقة الوادي"، "دخلت جامعة الأنبار في جنوب مدينة الرمادي": a finer
  // place that the marked one locates is where
  if (best && any && placeRank(any) > placeRank(best) && locates(ai, any, best)) return any;
  return best ?? any;
}

const PLACE_ROLES = wordClass("place-role");
const PLACE_ROLES_B = bareSet(PLACE_ROLES);
const isRole = (t: Token) => PLACE_ROLES.has(t.norm) || bareIn(t, PLACE_ROLES_B);

/** Where a statement (an accusation, a call, support, a refusal) was made: only a place introduced
 *  by في/قرب/بـ in the trigger's own clause, with no other event, relative clause or punctuation
 *  between, or one opening the sentence ("وفي تل أبيب، حث رانتشي"); the place of what is condemned or called for ("أدانت التفجير
 *  الذي استهدف مسجدا في عسير"، "دعا إلى التدخل في مصر") is not where it was said. */
export function statementPlace(ai: ArgIndex, a: number, b: number, m: { start: number; end: number }, exclude: (Arg | null)[], isTrigger: (i: number) => boolean): Arg | null {
  let best: Arg | null = null, bestDist = Infinity;
  const ms = ai.ix.mentions;
  for (let k = firstMention(ms, a); k < ms.length; k++) {
    const mm = ms[k];
    if (mm.first >= b) break;
    const arg = ai.at[mm.first];
    if (!arg || !isPlace(arg) || isNisba(arg) || !placeMarked(ai, arg)) continue;
    if (exclude.some((x) => sameActor(x, arg)) || inRoleTitle(ai, arg)) continue;
    const [x, y] = mm.first >= m.end ? [m.end, mm.first] : [mm.last + 1, m.start];
    // "وفي تل أبيب، حث رانتشي …": a place opening the sentence sets the scene for all of it
    if (!plainBetween(ai, x, y, isTrigger) && !(mm.first - a <= 2 && mm.first < m.start)) continue;
    const d = mm.first >= m.end ? mm.first - m.end : m.start - mm.last;
    if (d < bestDist) { best = arg; bestDist = d; }
  }
  return best;
}

/** The index of the first mention starting at token `a` or later (mentions are in text order). */
function firstMention(ms: readonly { first: number }[], a: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].first < a) lo = mid + 1; else hi = mid; }
  return lo;
}

function plainBetween(ai: ArgIndex, x: number, y: number, isTrigger: (i: number) => boolean): boolean {
  for (let i = x; i < y; i++) {
    const t = ai.toks[i];
    if (isBreak(t) || isRelative(t) || opensClause(t) || isTrigger(i)) return false;
  }
  return true;
}

/** "حاكم عدن"، "سفير اليمن"، "السفير لدى واشنطن"، "المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ": a
 *  place that names the domain of someone's role belongs to the actor's title, not to where the
 *  event happened. After إلى the holder's name must follow (else "وصل السفير إلى الرياض" is a
 *  journey's end); adjectives, a nationality or a body may stand between the role and the preposition. */
export function inRoleTitle(ai: ArgIndex, arg: Arg): boolean {
  const toks = ai.toks;
  let i = arg.first - 1;
  while (i >= 0 && isTransparent(toks[i])) i--;
  if (i < 0) return false;
  if (!arg.clitic && isRole(toks[i])) return true; // the genitive
  const prep = arg.clitic ? "" : toks[i].norm;
  if (prep !== "لدي" && !(prep === "الي" && nameFollows(ai, arg))) return false;
  for (let k = i - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = toks[k];
    if (isTransparent(t)) continue;
    if (isBreak(t)) return false;
    if (isRole(t)) return true;
    const x = ai.at[k];
    if (x) { k = x.first; continue; } // "سفير السعودية لدى"، "مبعوث الأمم المتحدة إلى"
    if (!t.norm.startsWith("ال")) return false; // only adjectives stand between
  }
  return false;
}

/** "لـ«الشرق الأوسط»": the preposition ل written as a word of its own before the name. */
function afterLam(ai: ArgIndex, arg: Arg): boolean {
  let i = arg.first - 1;
  while (i >= 0 && isTransparent(ai.toks[i])) i--;
  return i >= 0 && ai.toks[i].norm === "ل";
}

function nameFollows(ai: ArgIndex, arg: Arg): boolean {
  let j = arg.last + 1;
  while (j < ai.toks.length && isTransparent(ai.toks[j])) j++;
  return ai.at[j]?.type === "PERSON";
}

/** Is the place introduced as where ("في عدن"، "قرب الموصل"، "بمدينة حلب")? */
export function placeMarked(ai: ArgIndex, a: Arg): boolean {
  const p = prepOf(ai, a);
  return !!p && (PLACE_PREPS.has(p) || p === "ب");
}

/** "قرب العاصمة الروسية": the capital a nationality adjective describes, when the document names
 *  that capital as an entity (its id; no place the text does not name is made up), else null. */
export function describedCapital(doc: Document, ai: ArgIndex, a: number, b: number): string | null {
  // the adjective first: a read of the actor array, where the word before it would be read
  // from every token of the sentence
  const at = ai.at;
  for (let i = a; i < b - 1; i++) {
    const adj = at[i + 1];
    if (adj === undefined || !adj.id || adj.first !== i + 1 || !isNisba(adj) || !capitalWord(ai.toks[i])) continue;
    const code = countryCode(adj.id);
    if (!code) continue;
    for (const e of doc.entities) {
      const info = e.type === "GPE" ? kbEntryOf(e.id) : undefined;
      if (info?.subtype === "capital" && info.country === code) return e.id;
    }
  }
  return null;
}

const capitalWord = (t: Token): boolean => { for (const r of t.readings) if (r.article && r.bare === "عاصمه") return true; return false; };

/** The place of a lead sentence [a, b) when it is a city or finer inside `country`, else null. */
export function leadPlace(ai: ArgIndex, a: number, b: number, country: Arg, exclude: (Arg | null)[]): Arg | null {
  const p = placeIn(ai, a, b, a, exclude);
  return p && placeRank(p) >= 2 && inCountry(p, country) ? p : null;
}

/** Does `outer` locate `inner` ("inner في/بـ outer"): at most three words between them, each a
 *  place preposition or place noun (في، جنوب، مدينة)? */
function locates(ai: ArgIndex, inner: Arg, outer: Arg): boolean {
  if (outer.first <= inner.last || outer.first - inner.last > 4) return false;
  for (let i = inner.last + 1; i < outer.first; i++) {
    const t = ai.toks[i];
    if (!isTransparent(t) && !bareIn(t, PLACE_PREPS_B)) return false;
  }
  return true;
}

const PLACE_PREPS_B = bareSet(PLACE_PREPS);

function clauseBreaks(ai: ArgIndex, x: number, y: number): boolean {
  for (let i = Math.min(x, y); i < Math.max(x, y); i++) if (isBreak(ai.toks[i]) && ai.toks[i].text !== "،") return true;
  return false;
}

function inCountry(city: Arg, country: Arg): boolean {
  const c = city.id ? kbEntryOf(city.id)?.country : null, k = country.id ? kbEntryOf(country.id)?.country : null;
  return !!c && c === k;
}

/** The state a city belongs to, when the document names it as an entity: its id, else null. */
export function stateOf(doc: Document, city: Arg): string | null {
  if (!city.id) return null;
  const memo = statesFor(doc, cityStates, city.type);
  let s = memo.get(city.id);
  if (s === undefined) memo.set(city.id, (s = cityState(doc, city.id, city)));
  return s;
}

function cityState(doc: Document, id: string, city: Arg): string | null {
  if (placeRank(city) < 2) return null;
  const code = kbEntryOf(id)?.country;
  return code ? countryEntity(doc, code) : null;
}

/** The state a person or body belongs to ("الحكومة الأردنية"، a minister), when the document
 *  names it: its id, else null. A country is its own state. */
export function stateOfActor(doc: Document, a: Arg): string | null {
  if (!a.id) return null;
  const memo = statesFor(doc, actorStates, a.type);
  let s = memo.get(a.id);
  if (s === undefined) memo.set(a.id, (s = actorState(doc, a.id, a)));
  return s;
}

// every event asks the state of its actors, documentState and sentenceState that of every mention:
// both answers depend on the id and the type alone (placeRank reads nothing else), so they are
// kept per type and id for the last document's entity list
type States = Map<Arg["type"], Map<string, string | null>>;
let statesOfEntities: Document["entities"] | null = null;
const actorStates: States = new Map(), cityStates: States = new Map();
function statesFor(doc: Document, byType: States, type: Arg["type"]): Map<string, string | null> {
  if (statesOfEntities !== doc.entities) { statesOfEntities = doc.entities; actorStates.clear(); cityStates.clear(); }
  let m = byType.get(type);
  if (!m) byType.set(type, (m = new Map()));
  return m;
}

function actorState(doc: Document, id: string, a: Arg): string | null {
  const info = kbEntryOf(id);
  if (a.type === "GPE" && (info?.subtype === "country" || (!info && placeRank(a) === 0))) return a.id;
  return info?.country ? countryEntity(doc, info.country) : null;
}

// every event asks for the state of its actors and places, and documentState for that of every
// mention: the answer per country code is kept for the last document's entity list
let countriesOf: Document["entities"] | null = null;
const countryIds = new Map<string, string | null>();
function countryEntity(doc: Document, code: string): string | null {
  if (countriesOf !== doc.entities) { countriesOf = doc.entities; countryIds.clear(); }
  let id = countryIds.get(code);
  if (id === undefined) countryIds.set(code, (id = firstCountry(doc, code)));
  return id;
}

function firstCountry(doc: Document, code: string): string | null {
  for (const e of doc.entities) {
    if (e.type !== "GPE") continue;
    const info = kbEntryOf(e.id);
    if (info?.subtype === "country" && info.country === code) return e.id;
  }
  return null;
}
