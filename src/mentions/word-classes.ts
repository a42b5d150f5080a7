// What each name pattern asks first of every token — is it a nationality adjective, a given
// name, an organization head, a title's first word, a family name the KB knows? — answered once
// per written form and kept (a token's kind, norm and readings follow from its text alone), as
// one bit mask per token of the document. The patterns skip a token whose bit is clear, so a
// word that starts nothing costs one Map read per document instead of a dozen lookups per
// reading. A bit is set exactly when the pattern's own first test would pass: gating changes no
// output, only what it costs to find none. The same per-form record holds what KB matching
// needs (kb-matches.ts), and the records of a document's tokens are gathered once.
import type { Reading, Token } from "../core/document.ts";
import type { Gazetteer, NameEntry } from "./gazetteer.ts";
import type { Lexicons } from "./lexicons.ts";
import { isWord, NAME_PRE } from "./candidate.ts";
import { firstNameReading, type Ctx } from "./words.ts";
import { rootNode, type NameNode } from "./name-steps.ts";

export const ADJECTIVE = 1, SURNAME = 2, FIRST_NAME = 4, ORG_HEAD = 8, INSTITUTION = 16, TITLE = 32, SETTLEMENT = 64;

/** Proclitics an organization head or nationality adjective may carry. */
export const HEAD_PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
/** Proclitics before a title's first word, and before a family name alone. */
export const TITLE_PRE = new Set(["", "و", "ف", "ل", "ب"]);

/**
 * Of one written form, for one gazetteer: the readings (indexes into token.readings, in
 * nameReadings' order) that are a KB alias or an alias's first words, each with its candidates
 * and, when longer aliases start with it, its node to extend from (name-steps.ts, kb-matches.ts);
 * and its class bits for the lexicons they were computed with.
 */
export interface FormInfo {
  /** Can a KB name go on with this word (gazetteer `continues` of its whole norm)? */
  cont: boolean;
  gaz: Gazetteer; at: number[]; hits: (readonly NameEntry[] | undefined)[]; nodes: (NameNode | null)[];
  mask: number; lex: Lexicons | null;
}

// Kept on the token's form (TokenForm.mentions, a property read); tokens without one (hand-made,
// or copies with other readings) fall back to a Map by their text.
const forms = new WeakMap<Gazetteer, Map<string, FormInfo>>();
const docs = new WeakMap<readonly Token[], { gaz: Gazetteer; infos: (FormInfo | undefined)[] }>();
const MAX_FORMS = 300_000;

/** Per token of a document, its form's record (undefined for punctuation and numbers): one Map read per token, once per document. */
export function formInfos(tokens: readonly Token[], gaz: Gazetteer): readonly (FormInfo | undefined)[] {
  const done = docs.get(tokens);
  if (done && done.gaz === gaz) return done.infos;
  let cache: Map<string, FormInfo> | undefined;
  const infos = new Array<FormInfo | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const form = t.form;
    if (form !== undefined) {
      let f = form.mentions as FormInfo | undefined;
      if (f === undefined || f.gaz !== gaz) form.mentions = f = startsOf(gaz, t);
      infos[i] = f;
      continue;
    }
    cache ??= forms.get(gaz) ?? newCache(gaz);
    let f = cache.get(t.text);
    if (f === undefined) {
      f = startsOf(gaz, t);
      if (cache.size >= MAX_FORMS) cache.clear();
      cache.set(t.text, f);
    }
    infos[i] = f;
  }
  docs.set(tokens, { gaz, infos });
  return infos;
}

function newCache(gaz: Gazetteer): Map<string, FormInfo> {
  const m = new Map<string, FormInfo>();
  forms.set(gaz, m);
  return m;
}

// the lists of a form that starts no KB name (most forms): shared, never written
const NO_AT: number[] = [], NO_HITS: (readonly NameEntry[] | undefined)[] = [], NO_NODES: (NameNode | null)[] = [];

function startsOf(gaz: Gazetteer, t: Token): FormInfo {
  let at = NO_AT, hits = NO_HITS, nodes = NO_NODES;
  const rs = t.readings;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    if (r.post !== "" || !NAME_PRE.has(r.pre)) continue;
    const hit = gaz.lookup(r.norm), p = gaz.isPrefix(r.norm);
    if (!hit && !p) continue;
    if (at === NO_AT) { at = []; hits = []; nodes = []; }
    at.push(i); hits.push(hit); nodes.push(p ? rootNode(gaz, r.norm, hit) : null);
  }
  return { cont: gaz.continues ? gaz.continues(t.norm) : true, gaz, at, hits, nodes, mask: 0, lex: null };
}

/** The class bits of every token of c (computed on first use, then kept on c). */
export function wordClasses(c: Ctx): Uint8Array {
  if (c.classes) return c.classes;
  const infos = formInfos(c.tokens, c.gaz);
  const out = new Uint8Array(c.tokens.length);
  for (let i = 0; i < c.tokens.length; i++) {
    const f = infos[i];
    if (!f) continue;
    if (f.lex !== c.lex) { f.mask = classify(c, c.tokens[i]); f.lex = c.lex; }
    out[i] = f.mask;
  }
  c.classes = out;
  return out;
}

/** The bits of one word token (see the patterns for what each first test means). */
function classify(c: Ctx, t: Token): number {
  const { gaz } = c;
  const bits = lexiconBits(c.lex);
  let m = 0;
  for (const r of t.readings) {
    const b = bits.get(r.norm) ?? 0;
    if (r.post !== "") {
      if (b & IN.institution) m |= INSTITUTION;
      continue;
    }
    if (b & IN.institution) m |= INSTITUTION;
    if (b & IN.settlementCue) m |= SETTLEMENT;
    if (HEAD_PRE.has(r.pre)) {
      if (gaz.adjective(r.norm)) m |= ADJECTIVE;
      if (!r.article && b & IN.orgHead) m |= ORG_HEAD;
    }
    if (TITLE_PRE.has(r.pre)) {
      if (b & IN.title) m |= TITLE;
      if (t.kind === "word" && surnameReading(c, r)) m |= SURNAME;
    }
  }
  if (firstNameReading(c, t)) m |= FIRST_NAME;
  return m;
}

/** Lexicon membership bits (lexiconBits): one per table the word classes and the tagger's features ask. */
export const IN = { firstName: 1, title: 2, orgHead: 4, office: 8, placeCue: 16, settlementCue: 32, stop: 64, connector: 128, institution: 256 } as const;

const lexBits = new WeakMap<Lexicons, Map<string, number>>();
let lastLex: Lexicons | null = null, lastBits: Map<string, number> | null = null; // asked per word: the last answer without a WeakMap read

/**
 * Per normalized word, the lexicon tables (IN bits) it is in: one Map read instead of one per
 * table for every reading of a new word. Lexicons are read-only once loaded, so it is made once.
 */
export function lexiconBits(lex: Lexicons): Map<string, number> {
  if (lex === lastLex) return lastBits!;
  let m = lexBits.get(lex);
  if (m) { lastLex = lex; return (lastBits = m); }
  m = new Map();
  const add = (keys: Iterable<string>, bit: number) => { for (const k of keys) m!.set(k, (m!.get(k) ?? 0) | bit); };
  add(lex.firstNames, IN.firstName); add(lex.titles.keys(), IN.title); add(lex.orgHeads.keys(), IN.orgHead);
  add(lex.offices, IN.office); add(lex.placeCues, IN.placeCue); add(lex.settlementCues, IN.settlementCue);
  add(lex.stops, IN.stop); add(lex.connectors, IN.connector); add(lex.institutions.keys(), IN.institution);
  lexBits.set(lex, m);
  lastLex = lex;
  return (lastBits = m);
}

/** knownSurnames' test of one reading (its proclitic already checked). */
export function surnameReading(c: Ctx, r: Reading) {
  const { gaz, lex } = c;
  if (!gaz.surname) return undefined;
  const e = gaz.surname(r.norm);
  if (!e || lex.firstNames.has(r.norm) || lex.stops.has(r.norm) || gaz.lookup(r.norm) || gaz.adjective(r.norm)) return undefined;
  return e;
}
