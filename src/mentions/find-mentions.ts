// The mentions stage: every span of the document that names a person, organization or place.
// Knowledge-base matches come first; name patterns (titles, given names, organization heads,
// quoted outlets, institutions with a nationality) find what the KB has never seen; nationality
// adjectives mention their country. Overlaps are settled longest-first, so "هيئة سياسات الشرق
// الأوسط" is one ORG, not an ORG around a region. Places whose name is also an ordinary word
// (GeoNames' صبر، عند) need evidence: a place cue before them, or their country named elsewhere.
import type { Document, Token } from "../core/document.ts";
import { normalize } from "../text/normalize.ts";
import type { FoundMention } from "./candidate.ts";
import { mentionOf } from "./candidate.ts";
import { isProminentPlace, type Gazetteer, type NameEntry } from "./gazetteer.ts";
import type { Lexicons } from "./lexicons.ts";
import { kbMatches } from "./kb-matches.ts";
import { definiteOrgs } from "./definite-orgs.ts";
import { nisbaOrgs } from "./nisba-orgs.ts";
import { withDisplacedNames } from "./displaced-names.ts";
import { firstNamePersons, knownSurnames, titledPersons } from "./person-patterns.ts";
import { adjectives, institutions, orgPatterns, placesByCue, quotedOutlets, relayedOutlets } from "./org-patterns.ts";
import { type Ctx } from "./words.ts";
import { withLineage } from "./lineage.ts";
import { forcesOfPersons } from "./forces-of-persons.ts";
import { groupWords } from "./group-words.ts";
import { withBareGroups } from "./bare-groups.ts";
import { coordinatedPlace, placeEdges } from "./coordinated-places.ts";
import { listedPlaces } from "./listed-places.ts";
import { listMatePlaces } from "./list-mate-places.ts";
import { areaNames } from "./area-names.ts";
import { royalNamed } from "./royal-named.ts";
import { placeIdiom } from "./place-idioms.ts";
import { placeAfterPreposition } from "./preposition-places.ts";
import { constructPlace } from "./construct-places.ts";
import { numberedUnits } from "./numbered-units.ts";
import { officeBodies } from "./office-bodies.ts";
import { outletTails } from "./outlet-tails.ts";
import { datelineOutlets } from "./dateline-outlets.ts";
import { dottedInitials } from "./dotted-initials.ts";
import { nationCounts, stateReferences } from "./state-references.ts";
import { facilities } from "./facilities.ts";
import { countrysidePlace } from "./countryside-places.ts";
import { docForms } from "./word-classes.ts";
import { defaultResources } from "./resources.ts";
import type { NerModel } from "./model/tagger.ts";
import { combine, isTaggerMention } from "./model-mentions.ts";
import { speakerNames } from "./speaker-names.ts";
import { spacedGivenPersons } from "./spaced-given.ts";
import { articledGivenPersons } from "./articled-given.ts";
import { withoutOrdinaryTaggerWords } from "./ordinary-tagger-persons.ts";
import { withoutDeterminedNouns } from "./determined-nouns.ts";
import { setOffNames } from "./set-off-names.ts";
import { withoutAdjectivalSurnames } from "./adjectival-surnames.ts";
import { withoutAdjectivePlaces } from "./adjective-places.ts";
import { withoutPersonsInCuedPlaces } from "./cued-place-names.ts";
import { withoutCliticPlaces } from "./clitic-places.ts";
import { withUnitWords } from "./unit-places.ts";
import { joinSplitNames } from "./split-names.ts";
import { joinAdjacentPersons } from "./adjacent-persons.ts";
import { fullyNamed, isOrdinaryLoneName, loneNameEvidence, withoutOrdinaryTaggerSurnames } from "./lone-surnames.ts";

/** `model`: the statistical tagger that adds names the rules miss (absent: rules only). */
export interface MentionResources { gaz: Gazetteer; lex: Lexicons; model?: NerModel }

export function findMentions(doc: Pick<Document, "text" | "tokens">, res: MentionResources = defaultResources()): FoundMention[] {
  const c: Ctx = { text: doc.text, tokens: doc.tokens, gaz: res.gaz, lex: res.lex };
  c.forms = docForms(c.text, c.tokens, c.gaz, c.lex, true);
  const lists: (readonly NameEntry[])[] = []; // each KB match's candidates (gaz.lookup of its key)
  const raw = kbMatches(c.text, c.tokens, c.gaz, c.forms, lists);
  const adj = adjectives(c);
  const countries = namedCountries(c, lists, adj);
  const nations = namedCountries(c, lists, adj, true);
  const kb: FoundMention[] = [];
  let kbPerson = false;
  const full = fullyNamed(raw);
  let edges: ReturnType<typeof placeEdges> | undefined; // clear place names, made on first need
  const unsure: FoundMention[] = []; // lone ordinary-word family names without evidence: only a full name that ends on one takes it
  const doubtful: number[] = []; // KB matches without evidence: a list with an accepted place may license them (place17)
  for (let k = 0; k < raw.length; k++) {
    // "ظهران الجنوب": the bare first word of another name, not the KB's الظهران
    const cp = constructPlace(c, raw[k], lists[k]);
    if (cp !== undefined) { if (cp) kb.push(cp); continue; }
    if (placeIdiom(c, raw[k])) continue; // "مسقط رأسه": a birthplace, not Muscat
    if (!hasEvidence(c, raw[k], lists[k], countries, nations) && !coordinatedPlace(c, raw[k], lists[k], (edges ??= placeEdges(raw, lists))) && !placeAfterPreposition(c, raw[k], lists[k])) { doubtful.push(k); continue; }
    const e = lists[k][0];
    if (isOrdinaryLoneName(c, raw[k], e) && !loneNameEvidence(c, raw[k], e, full, countries, true)) { unsure.push(raw[k]); continue; }
    const m = withLineage(c, clubOfCity(c, raw[k], lists[k]));
    if (m.type === "PERSON") kbPerson = true;
    kb.push(countrysidePlace(c, m) ?? m); // "ريف حلب الشمالي": a region, not the city (place16)
  }
  for (const k of listedPlaces(c, raw, lists, doubtful, kb)) kb.push(raw[k]); // "جدة والطائف" (place17)
  const orgs = institutions(c);
  pushAll(orgs, officeBodies(c));
  pushAll(orgs, quotedOutlets(c));
  pushAll(orgs, numberedUnits(c));
  pushAll(orgs, royalNamed(c)); // "مدينة الملك فهد الطبية": a body named after a royal, not the royal
  const relayed = relayedOutlets(c);
  if (relayed.length) dropCovered(kb, relayed); // لـ«الرياض»: the newspaper, not the city
  pushAll(orgs, relayed);
  pushAll(orgs, datelineOutlets(c)); // "- سبق -": the outlet, not the verb
  pushAll(orgs, dottedInitials(c)); // "د.ب.أ": the KB's initials, dots and all (org17)
  const byStart = new Map<number, FoundMention>();
  for (const m of kb) longest(byStart, m);
  for (const m of orgs) longest(byStart, m);
  pushAll(orgs, orgPatterns(c, byStart));
  pushAll(orgs, definiteOrgs(c, byStart));
  pushAll(orgs, nisbaOrgs(c, byStart)); // "الأكاديمية الملكية العسكرية": a head and two relational adjectives
  pushAll(orgs, outletTails(c, byStart));
  for (const m of orgs) if (!byStart.has(m.tokens.start)) byStart.set(m.tokens.start, m);
  const persons = titledPersons(c, byStart);
  pushAll(persons, firstNamePersons(c));
  pushAll(persons, articledGivenPersons(c, byStart)); // "المبروك اقريرة": a given name written with ال
  pushAll(persons, spacedGivenPersons(c, byStart)); // "وعبد الله السعيد": a given name written as two words
  // the candidates for resolve, in this order: KB, organizations, persons, places by cue, family names, adjectives
  const all = kb.slice();
  pushAll(all, orgs);
  for (const p of persons) {
    let other = kbPerson && adoptKnownSurname(c, p, kb);
    if (!p.kbId && !other && unsure.length) other = adoptKnownSurname(c, p, unsure);
    // a pattern that runs past a name the KB knows ("سلمان بن عبدالعزيز آل سعود ملك المملكة") yields
    // to it, unless it names someone else: another given name before the KB's family name ("ناصر
    // القصبي"), or another family name after the KB's given names ("عبدالله بن عبدالعزيز الربيعة")
    if (p.kbId || other || !kbPerson || !overlapsKbPerson(p, kb) || otherFamilyName(c, p, kb)) all.push(p);
  }
  pushAll(all, placesByCue(c, byStart));
  pushAll(all, areaNames(c, byStart));
  pushAll(all, facilities(c, byStart)); // "جسر خيوان", "سد الرمادي": a facility head and a proper name
  for (const m of knownSurnames(c, byStart)) {
    const e = c.gaz.byId(m.candidates[0]);
    if (!isOrdinaryLoneName(c, m, e) || loneNameEvidence(c, m, e!, full, countries, false)) all.push(m);
  }
  pushAll(all, listMatePlaces(c, kb, all)); // "الرياض وشقرة": an unknown word listed with a known town
  pushAll(all, adj);
  pushAll(all, stateReferences(c, nationCounts(c, lists, adj))); // "المملكة": the kingdom the document or its press means
  forcesOfPersons(c, all, kb);
  const found = resolve(withoutPersonsInCuedPlaces(c, all, kb)); // "محافظة صلاح الدين": no person (place18)
  const grouped = groupWords(c, joinAdjacentPersons(c, joinSplitNames(c, setOffNames(c, speakerNames(c, res.model ? withDisplacedNames(all, found, withoutOrdinaryTaggerWords(c, withoutOrdinaryTaggerSurnames(c, combine(c, res.model, found), full, isTaggerMention), isTaggerMention), c.lex.constructHeads) : found)))));
  // (joinAdjacentPersons: "شوقي | غريب" side by side are one person)
  // «القاعدة», "طالبان والقاعدة" (org17); "قضاء تلعفر": the unit's word in the place's span (place19)
  return withUnitWords(c, withoutCliticPlaces(c, withoutAdjectivePlaces(c, withoutAdjectivalSurnames(c, withoutDeterminedNouns(c, withBareGroups(c, grouped))))));
}

/** Remove from `list` the mentions whose tokens are exactly those of one in `by`. */
function dropCovered(list: FoundMention[], by: readonly FoundMention[]): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    const m = list[r];
    if (!by.some((b) => b.tokens.start === m.tokens.start && b.tokens.end === m.tokens.end)) list[w++] = m;
  }
  list.length = w;
}

function pushAll(to: FoundMention[], from: readonly FoundMention[]): void {
  for (let k = 0; k < from.length; k++) to.push(from[k]);
}

/** Keep m as the mention starting at its token unless a longer one starts there already. */
function longest(byStart: Map<number, FoundMention>, m: FoundMention): void {
  const prev = byStart.get(m.tokens.start);
  if (!prev || m.tokens.end > prev.tokens.end) byStart.set(m.tokens.start, m);
}

function overlapsKbPerson(p: FoundMention, kb: readonly FoundMention[]): boolean {
  for (const k of kb) if (k.type === "PERSON" && k.tokens.start < p.tokens.end && p.tokens.start < k.tokens.end) return true;
  return false;
}

/**
 * "عبداللطيف بن راشد الزياني" found by a pattern ends with the KB's "الزياني": the longer span is
 * the mention, and it names the person the KB knows.
 */
function adoptKnownSurname(c: Ctx, p: FoundMention, kb: FoundMention[]): boolean {
  for (const k of kb) {
    if (k.type === "PERSON" && k.tokens.end === p.tokens.end && k.tokens.start > p.tokens.start) {
      if (!sameGivenName(c, p, k.kbId)) return true; // "ناصر القصبي" is not the KB's ماجد القصبي
      p.candidates = k.candidates; p.kbId = k.kbId; return false;
    }
  }
  return false;
}

/**
 * Does the pattern p add one family name (an ال-word that is no title, office or adjective) after
 * a KB person's name that starts where it starts, a word none of the person's names holds? Then it
 * names another person: "عبدالله بن عبدالعزيز الربيعة" is not King Abdullah.
 */
function otherFamilyName(c: Ctx, p: FoundMention, kb: readonly FoundMention[]): boolean {
  const last = c.tokens[p.tokens.end - 1];
  if (!last.readings[0].article || last.readings[0].pre !== "" || c.lex.titles.has(last.norm) || c.lex.offices.has(last.norm) || c.gaz.adjective(last.norm)) return false;
  for (const k of kb) {
    if (k.type !== "PERSON" || k.tokens.start !== p.tokens.start || k.tokens.end !== p.tokens.end - 1) continue;
    const e = k.kbId ? c.gaz.byId(k.kbId) : undefined;
    if (!e) return false;
    for (const n of [e.name, ...e.aliases]) if (normalize(n).split(" ").includes(last.norm)) return false;
    return true;
  }
  return false;
}

/**
 * Can the pattern's name be the KB person's? Its first word, when a known given name, must begin one
 * of the person's names (spaces dropped: "عبداللطيف" begins "عبد اللطيف الزياني").
 */
function sameGivenName(c: Ctx, p: FoundMention, id: string | null): boolean {
  const e = id ? c.gaz.byId(id) : undefined;
  if (!e) return true;
  const first = c.tokens[p.tokens.start];
  let given: string | null = null;
  for (const r of first.readings) if (r.post === "" && c.lex.firstNames.has(r.norm)) { given = r.norm; break; }
  if (given === null) return true;
  for (const n of [e.name, ...e.aliases]) if (normalize(n).replace(/ /g, "").startsWith(given)) return true;
  return false;
}

/**
 * A city is feminine in Arabic ("ليون الفرنسية"); a city followed by a masculine nationality
 * adjective is its sports club ("تعادل ليل الفرنسي مع ميلان الإيطالي", "هامبورغ الألماني"): an
 * organization the KB does not know, not the place.
 */
function clubOfCity(c: Ctx, m: FoundMention, cands: readonly NameEntry[]): FoundMention {
  if (m.type !== "GPE" && m.type !== "LOC") return m;
  const next = m.tokens.end < c.tokens.length ? c.tokens[m.tokens.end] : undefined; // (no read past the end: it deoptimizes)
  if (!next || next.sentence !== c.tokens[m.tokens.start].sentence || !next.readings[0].article || !next.norm.endsWith("ي")) return m;
  if (!c.gaz.adjective(next.norm)) return m;
  if (!cands.length || !cands.every((e) => e.subtype === "city" || e.subtype === "town" || e.subtype === "capital")) return m;
  const prev = m.tokens.start > 0 ? c.tokens[m.tokens.start - 1] : undefined;
  if (prev && (readingIn(prev, c.lex.settlementCues) || readingIn(prev, c.lex.placeCues))) return m;
  return mentionOf(m.start, m.end, m.text, "ORG", null, m.via, m.score, m.tokens, m.key, [], m.role);
}

/**
 * Keep the best non-overlapping mentions: more tokens first, then the higher score, then the
 * earlier start (ties in input order). Every mention starts inside its first token and ends
 * where its last token ends (makeMention), so two overlap in characters exactly when their token
 * ranges do: the tokens taken so far are marked in one array, and a mention is checked against
 * its own tokens instead of against every mention taken.
 */
export function resolve(all: FoundMention[]): FoundMention[] {
  const n = all.length;
  if (LEN.length < n) { LEN = new Int32Array(2 * n); SCORE = new Float64Array(2 * n); START = new Int32Array(2 * n); }
  let last = 0;
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const m = all[k], t = m.tokens;
    LEN[k] = t.end - t.start; SCORE[k] = m.score; START[k] = m.start;
    if (t.end > last) last = t.end;
    if (t.end <= t.start) return resolveByChars(all); // no token to mark (never made by the patterns)
    order.push(k);
  }
  order.sort(byPriority);
  if (TAKEN.length < last) TAKEN = new Uint8Array(2 * last);
  const taken: FoundMention[] = [];
  next: for (let x = 0; x < n; x++) {
    const m = all[order[x]], t = m.tokens;
    for (let k = t.start; k < t.end; k++) if (TAKEN[k] === 1) continue next;
    for (let k = t.start; k < t.end; k++) TAKEN[k] = 1;
    taken.push(m);
  }
  for (const m of taken) TAKEN.fill(0, m.tokens.start, m.tokens.end);
  return taken.sort(byStart);
}
function resolveByChars(all: FoundMention[]): FoundMention[] {
  const sorted = all.slice().sort((a, b) => (b.tokens.end - b.tokens.start) - (a.tokens.end - a.tokens.start) || b.score - a.score || a.start - b.start);
  const taken: FoundMention[] = [];
  next: for (const m of sorted) {
    for (let k = 0; k < taken.length; k++) if (m.start < taken[k].end && taken[k].start < m.end) continue next;
    taken.push(m);
  }
  return taken.sort(byStart);
}
// resolve's per-mention sort keys and the tokens taken, kept for the process (zero between calls)
let LEN = new Int32Array(64), SCORE = new Float64Array(64), START = new Int32Array(64), TAKEN = new Uint8Array(1024);
const byPriority = (a: number, b: number) => LEN[b] - LEN[a] || SCORE[b] - SCORE[a] || START[a] - START[b] || a - b;
const byStart = (a: FoundMention, b: FoundMention) => a.start - b.start;

/**
 * Countries named unambiguously in the document (by a country's, province's or capital's name, or
 * an adjective); `lists`: the KB matches' candidates. `nationsOnly`: by a country, capital or
 * adjective only (a province named by its bare name must not vouch for itself).
 */
function namedCountries(c: Ctx, lists: readonly (readonly NameEntry[])[], adj: FoundMention[], nationsOnly = false): Set<string> {
  const out = new Set<string>();
  for (const l of lists) {
    const e = l[0];
    if (!e || !e.country) continue;
    // (a country's name stands whatever word it also is, اليمن "the right hand": hasEvidence)
    if (nationsOnly ? e.subtype === "country" || (e.subtype === "capital" && !e.wordKind) : !e.wordKind && (e.subtype === "country" || e.subtype === "province" || e.subtype === "capital")) out.add(e.country);
  }
  for (const m of adj) { const e = c.gaz.byId(m.candidates[0]); if (e?.country) out.add(e.country); }
  return out;
}

/**
 * Knowledge-base places from GeoNames that might be ordinary words need evidence: a place cue
 * before them (مدينة، قرب، حي), or — unless the word is a particle (وأن → "وان", Van) — their
 * country named elsewhere in the document. Hand-written rows and countries need none.
 */
function hasEvidence(c: Ctx, m: FoundMention, cands: readonly NameEntry[], countries: Set<string>, nations: Set<string>): boolean {
  // a one-word alias that is a particle or a common verb (أفاد "reported" vs the agency AFAD) is never a name
  if (m.tokens.end - m.tokens.start === 1 && (c.lex.stops.has(m.key) || c.lex.connectors.has(m.key))) return false;
  // (the KB's lists come in several elements kinds: they are read by index loops, since an
  // inlined some/every/filter deoptimized findMentions on each kind first seen late)
  const n = cands.length;
  if (n === 0) return true;
  for (let i = 0; i < n; i++) if (!cands[i].generated || cands[i].subtype === "country") return true;
  const kind = cands[0].wordKind;
  if (kind === "stop" || c.lex.stops.has(m.key) || c.lex.connectors.has(m.key)) return false;
  const generic = c.lex.genericPlaces.has(m.key);
  if (!kind && !generic) {
    for (let i = 0; i < n; i++) if (!cands[i].alias && isProminentPlace(cands[i])) return true;
    for (let i = 0; i < n; i++) if ((cands[i].population ?? 0) >= 500_000) return true;
  }
  if (generic) return false; // "وسط العاصمة" is the capital, not a province called العاصمة
  const prev = m.tokens.start > 0 ? c.tokens[m.tokens.start - 1] : undefined;
  if (prev && readingIn(prev, c.lex.placeCues)) return true;
  if (provinceByBareName(c, m, cands, nations, prev)) { m.role = "province"; return true; }
  if (kind === "noun") {
    let provinces = true;
    for (let i = 0; i < n; i++) if (cands[i].subtype !== "province") provinces = false;
    if (provinces) return false;
  }
  const words = m.tokens.end - m.tokens.start;
  for (let i = 0; i < n; i++) {
    const e = cands[i]; // by name (no alias), of a country the document names
    if (!e.alias && e.country && countries.has(e.country) && (kind ? isProminentPlace(e) : true)) return true;
    // a province's bare name of two words or more (its admin word dropped: "ريف دمشق"), in a document that
    // names its country by the country, its capital or its adjective (the province must not vouch for itself)
    if (words > 1 && e.subtype === "province" && e.country && nations.has(e.country)) return true;
  }
  return false;
}

/**
 * A province named without its administrative word (أبين، شبوة), or the city that is its seat and
 * bears its name (البيضاء، الضالع), in a document that names the province's country (by the
 * country, its capital or its adjective: `nations`): the place,
 * unless the word directly follows a definite word it would qualify as an adjective ("الراية
 * البيضاء"). The document's country is what makes the ordinary word (أبين "I show") unlikely.
 */
function provinceByBareName(c: Ctx, m: FoundMention, cands: readonly NameEntry[], countries: Set<string>, prev: Token | undefined): boolean {
  if (m.tokens.end - m.tokens.start !== 1 || !c.gaz.provinceBare) return false;
  const of = c.gaz.provinceBare(m.key);
  if (!of) return false;
  let named = false;
  for (let i = 0; i < cands.length; i++) {
    const e = cands[i];
    if (e.country && of.has(e.country) && countries.has(e.country) && (e.subtype === "province" || e.type === "GPE")) named = true;
  }
  if (!named) return false;
  // "الدوحة - قنا :", "(قنا)": in a dateline a news agency's abbreviation, not the province (a place
  // after the dash without the colon, "عين اليوم – الباحة", is the dateline's place)
  const next = m.tokens.end < c.tokens.length ? c.tokens[m.tokens.end] : undefined;
  if (prev && next && ((prev.text === "(" && next.text === ")") || (DASHES.has(prev.text) && next.text === ":"))) return false;
  // (a conjunction on the word coordinates it: "البيضاء والضالع")
  if (prev && m.start === c.tokens[m.tokens.start].start && prev.sentence === c.tokens[m.tokens.start].sentence && prev.readings[0].article && prev.kind === "word") {
    let adjacent = true;
    for (let p = prev.end; p < c.tokens[m.tokens.start].start; p++) if (c.text.charCodeAt(p) !== 0x20) adjacent = false;
    if (adjacent) return false;
  }
  return true;
}

const DASHES = new Set(["-", "–", "—"]);

/** Is a reading of t (its normalized stem) in the set? */
function readingIn(t: Token, set: ReadonlySet<string>): boolean {
  for (const r of t.readings) if (set.has(r.norm)) return true;
  return false;
}
