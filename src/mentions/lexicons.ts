// The word lists the name patterns use, read from data/lexicon/ (titles, first names, organization
// heads: hand-written by analysts; ner-cues: stop words, connectors, place cues, institutions).
// All forms are normalize()d once here so the matchers compare folded strings only. A missing
// file yields an empty list: the recognizer still runs on the knowledge base alone.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readTsv, type TsvRow } from "../core/tsv.ts";
import type { EntityType } from "../core/contract.ts";
import { normalize } from "../text/normalize.ts";

export interface Title { words: string[]; kind: string; impliesType: EntityType }
/** `named`: a facility or place head whose one-word complement is a name (name_head: جامع العنود، جبل صبر). */
export interface OrgHead { type: EntityType; weak: boolean; named: boolean }

export interface Lexicons {
  /** Title phrases by their first word (normalized); longest first. */
  titles: Map<string, Title[]>;
  firstNames: Set<string>;
  /** Given names that are also common words (عيد، حسن، أمل): they need a longer name around them. */
  ambiguousNames: Set<string>;
  /** Second parts of compound given names (الله، الدين): a name ending in one still lacks a family name. */
  nameParts: Set<string>;
  orgHeads: Map<string, OrgHead>;
  stops: Set<string>;
  /**
   * Stops that are stops only as written with a final ى (على): normalize() folds ى into ي, so the
   * given name written with ي (علي) has the same form. Written with ي, such a word is the name.
   */
  maqsuraStops?: Set<string>;
  connectors: Set<string>;
  placeCues: Set<string>;
  /** Direction adjectives that end a district's or village's name (الشرقي، الجنوبية): side. */
  sides: Set<string>;
  /** Definite qualifiers between an institution and its nationality adjective (العامة، الرسمي): institution_qualifier. */
  qualifiers: Set<string>;
  /** Administrative words before a place's name that also head organizations (مديرية): admin_word. */
  adminWords: Set<string>;
  /** Ordinals after a ruler's name (عبدالله الثاني): never a family name on their own. */
  ordinals: Set<string>;
  /** Direction words (شمال، جنوب، قرب): a name in progress ends before them. */
  directions: Set<string>;
  /** Cues after which an unknown word is a settlement's name (حي، بلدة، قرية، مخيم). */
  settlementCues: Set<string>;
  /** Words for an office holder (وزير، مدير، قائد): the institution after them is part of a title. */
  offices: Set<string>;
  /** Generic nouns that are also place names (المدينة، العاصمة، البلاد): places only after a cue. */
  genericPlaces: Set<string>;
  /** Institution phrases (normalized words) by first word. */
  institutions: Map<string, string[][]>;
}

export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data");

const TYPES = new Set(["PERSON", "ORG", "GPE", "LOC", "FAC"]);

export interface LexiconRows {
  titles?: TsvRow[];      // title kind implies_type
  firstNames?: TsvRow[];  // name
  orgHeads?: TsvRow[];    // head type
  cues?: TsvRow[];        // word role
}

function byFirstWord<T extends { words: string[] }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = it.words[0];
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(it);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
}

/** Normalized forms of the words written with a final ى and never with a final ي (Lexicons.maqsuraStops). */
function maqsuraOnly(written: string[]): Set<string> {
  const ya = new Set(written.filter((w) => w.endsWith("ي")).map((w) => normalize(w)));
  return new Set(written.filter((w) => w.endsWith("ى")).map((w) => normalize(w)).filter((n) => !ya.has(n)));
}

/** Build the lexicons from rows (tests pass their own; `loadLexicons` reads data/lexicon). */
export function buildLexicons(rows: LexiconRows): Lexicons {
  const words = (s: string) => normalize(s).split(" ").filter(Boolean);
  const titles: Title[] = [];
  for (const r of rows.titles ?? []) {
    const w = words(r.title ?? "");
    if (!w.length) continue;
    const t = (r.implies_type ?? "PERSON").toUpperCase();
    titles.push({ words: w, kind: r.kind ?? "", impliesType: (TYPES.has(t) ? t : "PERSON") as EntityType });
  }
  const cues = rows.cues ?? [];
  const role = (name: string) => cues.filter((r) => r.role === name).map((r) => normalize(r.word ?? "")).filter(Boolean);
  const weak = new Set(role("weak_head")), named = new Set(role("name_head"));
  const orgHeads = new Map<string, OrgHead>();
  for (const r of rows.orgHeads ?? []) {
    const h = normalize(r.head ?? "");
    const t = (r.type ?? "ORG").toUpperCase();
    if (h && !h.includes(" ")) orgHeads.set(h, { type: (TYPES.has(t) ? t : "ORG") as EntityType, weak: weak.has(h), named: named.has(h) });
  }
  const inst = role("institution").map((s) => ({ words: s.split(" ") }));
  return {
    titles: byFirstWord(titles),
    firstNames: new Set((rows.firstNames ?? []).map((r) => normalize(r.name ?? "")).filter((s) => s && !s.includes(" "))),
    orgHeads,
    ambiguousNames: new Set([
      ...(rows.firstNames ?? []).filter((r) => r.also_word === "y").map((r) => normalize(r.name ?? "")),
      ...role("ambiguous_name"),
    ].filter(Boolean)),
    nameParts: new Set(role("name_part")),
    stops: new Set(role("stop")),
    maqsuraStops: maqsuraOnly(cues.filter((r) => r.role === "stop").map((r) => (r.word ?? "").trim())),
    connectors: new Set(role("connector")),
    placeCues: new Set(role("place_cue")),
    adminWords: new Set(role("admin_word")),
    qualifiers: new Set(role("institution_qualifier")),
    sides: new Set(role("side")),
    settlementCues: new Set(role("settlement_cue")),
    directions: new Set(role("direction")),
    ordinals: new Set(role("ordinal")),
    offices: new Set(role("office")),
    genericPlaces: new Set(role("generic_place")),
    institutions: new Map([...byFirstWord(inst)].map(([k, v]) => [k, v.map((x) => x.words)])),
  };
}

const read = (file: string): TsvRow[] => {
  const p = path.join(DATA_DIR, "lexicon", file);
  return fs.existsSync(p) ? readTsv(p).map((r) => r.row) : [];
};

let cached: Lexicons | null = null;
export function loadLexicons(): Lexicons {
  cached ??= buildLexicons({
    titles: read("titles.tsv"),
    firstNames: read("first-names.tsv"),
    orgHeads: read("org-heads.tsv"),
    cues: read("ner-cues.tsv"),
  });
  return cached;
}
