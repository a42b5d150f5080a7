// The mentions stage: every span of the document that names a person, organization or place.
// Knowledge-base matches come first; name patterns (titles, given names, organization heads,
// quoted outlets, institutions with a nationality) find what the KB has never seen; nationality
// adjectives mention their country. Overlaps are settled longest-first, so "هيئة سياسات الشرق
// الأوسط" is one ORG, not an ORG around a region. Places whose name is also an ordinary word
// (GeoNames' صبر، عند) need evidence: a place cue before them, or their country named elsewhere.
import type { Document } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isProminentPlace, type Gazetteer, type NameEntry } from "./gazetteer.ts";
import type { Lexicons } from "./lexicons.ts";
import { kbMatches } from "./kb-matches.ts";
import { firstNamePersons, knownSurnames, titledPersons } from "./person-patterns.ts";
import { adjectives, institutions, orgPatterns, placesByCue, quotedOutlets } from "./org-patterns.ts";
import { type Ctx } from "./words.ts";
import { docForms } from "./word-classes.ts";
import { defaultResources } from "./resources.ts";
import type { NerModel } from "./model/tagger.ts";
import { combine } from "./model-mentions.ts";

/** `model`: the statistical tagger that adds names the rules miss (absent: rules only). */
export interface MentionResources { gaz: Gazetteer; lex: Lexicons; model?: NerModel }

export function findMentions(doc: Pick<Document, "text" | "tokens">, res: MentionResources = defaultResources()): FoundMention[] {
  const c: Ctx = { text: doc.text, tokens: doc.tokens, gaz: res.gaz, lex: res.lex };
  c.forms = docForms(c.text, c.tokens, c.gaz, c.lex, true);
  const lists: (readonly NameEntry[])[] = []; // each KB match's candidates (gaz.lookup of its key)
  const raw = kbMatches(c.text, c.tokens, c.gaz, c.forms, lists);
  const adj = adjectives(c);
  const countries = namedCountries(c, lists, adj);
  const kb: FoundMention[] = [];
  for (let k = 0; k < raw.length; k++) if (hasEvidence(c, raw[k], lists[k], countries)) kb.push(clubOfCity(c, raw[k], lists[k]));
  const orgs = [...institutions(c), ...quotedOutlets(c)];
  const byStart = new Map<number, FoundMention>();
  for (const m of [...kb, ...orgs]) {
    const prev = byStart.get(m.tokens.start);
    if (!prev || m.tokens.end > prev.tokens.end) byStart.set(m.tokens.start, m);
  }
  orgs.push(...orgPatterns(c, byStart));
  for (const m of orgs) if (!byStart.has(m.tokens.start)) byStart.set(m.tokens.start, m);
  const persons = [...titledPersons(c, byStart), ...firstNamePersons(c)];
  for (const p of persons) adoptKnownSurname(p, kb);
  // a pattern that runs past a name the KB knows ("سلمان بن عبدالعزيز آل سعود ملك المملكة") yields to it
  const kbPersons = kb.filter((m) => m.type === "PERSON");
  const keep = persons.filter((p) => p.kbId || !kbPersons.some((k) => k.tokens.start < p.tokens.end && p.tokens.start < k.tokens.end));
  const found = resolve([...kb, ...orgs, ...keep, ...placesByCue(c, byStart), ...knownSurnames(c, byStart), ...adj]);
  return res.model ? combine(c, res.model, found) : found;
}

/**
 * "عبداللطيف بن راشد الزياني" found by a pattern ends with the KB's "الزياني": the longer span is
 * the mention, and it names the person the KB knows.
 */
function adoptKnownSurname(p: FoundMention, kb: FoundMention[]): void {
  const k = kb.find((m) => m.type === "PERSON" && m.tokens.end === p.tokens.end && m.tokens.start > p.tokens.start);
  if (k) { p.candidates = k.candidates; p.kbId = k.kbId; }
}

/**
 * A city is feminine in Arabic ("ليون الفرنسية"); a city followed by a masculine nationality
 * adjective is its sports club ("تعادل ليل الفرنسي مع ميلان الإيطالي", "هامبورغ الألماني"): an
 * organization the KB does not know, not the place.
 */
function clubOfCity(c: Ctx, m: FoundMention, cands: readonly NameEntry[]): FoundMention {
  if (m.type !== "GPE" && m.type !== "LOC") return m;
  const next = c.tokens[m.tokens.end];
  if (!next || next.sentence !== c.tokens[m.tokens.start].sentence || !next.readings[0].article || !next.norm.endsWith("ي")) return m;
  if (!c.gaz.adjective(next.norm)) return m;
  if (!cands.length || !cands.every((e) => e.subtype === "city" || e.subtype === "town" || e.subtype === "capital")) return m;
  const prev = c.tokens[m.tokens.start - 1];
  if (prev && prev.readings.some((r) => c.lex.settlementCues.has(r.norm) || c.lex.placeCues.has(r.norm))) return m;
  return { ...m, type: "ORG", kbId: null, candidates: [] };
}

/** Keep the best non-overlapping mentions: more tokens first, then the higher score. */
export function resolve(all: FoundMention[]): FoundMention[] {
  const sorted = all.slice().sort(byPriority);
  const taken: FoundMention[] = [];
  next: for (const m of sorted) {
    for (let k = 0; k < taken.length; k++) if (m.start < taken[k].end && taken[k].start < m.end) continue next;
    taken.push(m);
  }
  return taken.sort(byStart);
}
const byPriority = (a: FoundMention, b: FoundMention) =>
  (b.tokens.end - b.tokens.start) - (a.tokens.end - a.tokens.start) || b.score - a.score || a.start - b.start;
const byStart = (a: FoundMention, b: FoundMention) => a.start - b.start;

/** Countries named unambiguously in the document (by a country's name or adjective); `lists`: the KB matches' candidates. */
function namedCountries(c: Ctx, lists: readonly (readonly NameEntry[])[], adj: FoundMention[]): Set<string> {
  const out = new Set<string>();
  for (const l of lists) {
    const e = l[0];
    if (e && !e.wordKind && e.country && (e.subtype === "country" || e.subtype === "province" || e.subtype === "capital")) out.add(e.country);
  }
  for (const m of adj) { const e = c.gaz.byId(m.candidates[0]); if (e?.country) out.add(e.country); }
  return out;
}

/**
 * Knowledge-base places from GeoNames that might be ordinary words need evidence: a place cue
 * before them (مدينة، قرب، حي), or — unless the word is a particle (وأن → "وان", Van) — their
 * country named elsewhere in the document. Hand-written rows and countries need none.
 */
function hasEvidence(c: Ctx, m: FoundMention, cands: readonly NameEntry[], countries: Set<string>): boolean {
  // a one-word alias that is a particle or a common verb (أفاد "reported" vs the agency AFAD) is never a name
  if (m.tokens.end - m.tokens.start === 1 && (c.lex.stops.has(m.key) || c.lex.connectors.has(m.key))) return false;
  if (!cands.length || cands.some((e) => !e.generated || e.subtype === "country")) return true;
  const kind = cands[0].wordKind;
  if (kind === "stop" || c.lex.stops.has(m.key) || c.lex.connectors.has(m.key)) return false;
  const generic = c.lex.genericPlaces.has(m.key);
  const byName = cands.filter((e) => !e.alias);
  if (!kind && !generic && (byName.some(isProminentPlace) || cands.some((e) => (e.population ?? 0) >= 500_000))) return true;
  if (generic) return false; // "وسط العاصمة" is the capital, not a province called العاصمة
  const prev = c.tokens[m.tokens.start - 1];
  if (prev && prev.readings.some((r) => c.lex.placeCues.has(r.norm))) return true;
  if (kind === "noun" && cands.every((e) => e.subtype === "province")) return false;
  return byName.some((e) => e.country && countries.has(e.country) && (kind ? isProminentPlace(e) : true));
}
