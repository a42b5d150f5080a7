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
/** `hamza`: the head as the lexicon writes it carries a hamza (أمانة); one that does not (وادي) is no head where the text writes one (وأدى, a verb: head-spelling.ts). */
export interface OrgHead { type: EntityType; weak: boolean; named: boolean; hamza: boolean }

export interface Lexicons {
  /** Title phrases by their first word (normalized); longest first. */
  titles: Map<string, Title[]>;
  firstNames: Set<string>;
  /** Compound given names the press writes as two words (عبد الله، عبد الرحمن): first-names.tsv's spaced rows, normalized. */
  spacedGivenNames: Set<string>;
  /** The first words of those (عبد). */
  spacedGivenHeads: Set<string>;
  /** Given names spelled with final ى (عيسى، مصطفى، ليلى): written so, they are still the name (علي written ى is على). */
  maqsuraNames: Set<string>;
  /** Given names that are also common words (عيد، حسن، أمل): they need a longer name around them. */
  ambiguousNames: Set<string>;
  /** Second parts of compound given names (الله، الدين): a name ending in one still lacks a family name. */
  nameParts: Set<string>;
  /** names12: name parts a family name follows directly (عز الدين الأصبحي), unlike الله ("فضل الله سبحانه"). */
  compoundTails: Set<string>;
  orgHeads: Map<string, OrgHead>;
  stops: Set<string>;
  connectors: Set<string>;
  /** Particles of descent (بن، بنت، آل): a known person's shorter name continues over them (lineage). */
  lineage: Set<string>;
  /** Heads of forces named after the man they follow (قوات، ميليشيات): forces_head. */
  forcesHeads: Set<string>;
  /** Peoples and sects named as groups (الأكراد، الشيعة): no entity of their own (people). */
  peoples: Set<string>;
  /** Heads a group's KB name starts with and the press drops (تنظيم القاعدة → القاعدة): bare_org_head. */
  bareOrgHeads: string[];
  /** Phrases the tagger reads as names that name nothing (رحمه الله، حسن الجوار، اليورو): not_name. */
  notNames: Set<string>;
  /** org15: demonstratives and شبه: a one-word definite name after one is a common noun (determined-nouns.ts): determiner. */
  determiners: Set<string>;
  /** org15: heads that name a body only in construct, without ال (أمانة جدة; الأمانة العامة لـX is X's secretariat): construct_head. */
  constructHeads: Set<string>;
  placeCues: Set<string>;
  /** Direction adjectives that end a district's or village's name (الشرقي، الجنوبية): side. */
  sides: Set<string>;
  /** place16: the countryside word of a place; with a side adjective a region of its own (countryside-places.ts): countryside. */
  countryside: Set<string>;
  /** place16: heads of bodies whose place complement is their jurisdiction (محكمة، شرطة; entities/nested-places.ts): jurisdiction_head. */
  jurisdictionHeads: Set<string>;
  /** place16: name heads whose name is one word or one KB name (مثلث العند، not مثلث العند الرابط): one_word_head. */
  oneWordHeads: Set<string>;
  /** Definite words that continue a place's name after a bare first word (ظهران الجنوب، حصيبة الشرقية): place_tail and side. */
  placeTails: Set<string>;
  /** Definite qualifiers between an institution and its nationality adjective (العامة، الرسمي): institution_qualifier. */
  qualifiers: Set<string>;
  /** Administrative words before a place's name that also head organizations (مديرية): admin_word. */
  adminWords: Set<string>;
  /** Ordinals after a ruler's name (عبدالله الثاني): never a family name on their own. */
  ordinals: Set<string>;
  /** Direction words (شمال، جنوب، قرب): a name in progress ends before them. */
  directions: Set<string>;
  /** Compass words (شمال، غربي): a place after one is a point of reference, not where the named thing is (geo14, entities/place-earlier.ts). */
  compass: Set<string>;
  /** Heads that before a place word name its seat, not a body (مركز محافظة X): seat_head (geo14, seat-heads.ts). */
  seatHeads: Set<string>;
  /** Administrative units' words after which a seat head names the seat (محافظة، إقليم): seat_unit. */
  seatUnits: Set<string>;
  /** Cues after which an unknown word is a settlement's name (حي، بلدة، قرية، مخيم). */
  settlementCues: Set<string>;
  /** Settlement cues that are no ordinary noun besides: their names stand against the tagger (sure_settlement). */
  sureSettlements: Set<string>;
  /** Settlement cues naming an administrative unit (محافظة): a name their form tests pass stands against the tagger too (unit_settlement). */
  unitSettlements: Set<string>;
  /** Area words whose next word is a place's name by its form or with evidence (area-names.ts: منطقة، مدينة): area_cue; normalized → as written. */
  areaCues: Map<string, string>;
  /** Area words that stay outside the name's span (مدينة أكدة names أكدة): area_cue_apart. */
  areaCuesApart: Map<string, string>;
  /** Plural and dual place words heading a list of places (قرى، مديريتي): plural_place_cue. */
  pluralPlaceCues: Map<string, string>;
  /** Plural place words whose list items are names by their form alone (مناطق): name_list_cue (place21). */
  nameListCues: Map<string, string>;
  /** Prepositions before which a word stands as a place's name does (area-names.ts): place_preposition. */
  placePrepositions: Set<string>;
  /** A place's name and the word after it that make an idiom naming no place (مسقط رأس "birthplace"): place_idiom. */
  placeIdioms: Set<string>;
  /** Words for an office holder (وزير، مدير، قائد): the institution after them is part of a title. */
  offices: Set<string>;
  /** Generic nouns that are also place names (المدينة، العاصمة، البلاد): places only after a cue. */
  genericPlaces: Set<string>;
  /** Institution phrases (normalized words) by first word. */
  institutions: Map<string, string[][]>;
  /** Heads that make a bare outlet name the KB's (صحيفة، قناة، وكالة): media_head. */
  mediaHeads: string[];
  /** Institution heads that, written وال + head + a qualifier, open a second body (والسجن المركزي): conjunct_body_head. */
  conjunctBodyHeads: Set<string>;
  /** Words before a quoted outlet's bare name that it told or relayed (لـ«…»، مع «…»): relay_before. */
  relayBefore: Set<string>;
  /** Adjectives that take a لـ-complement of relation, not of purpose (الموالية للرئيس، التابعة للوزارة): relational. */
  relational: Set<string>;
  /** Prepositions a verbal noun governs (للحصول على، للتأكد من): verb_prep. */
  verbPreps: Set<string>;
  /** Reporting verbs in verb-subject order (وقال، وأضاف): say_verb. */
  sayVerbs: Set<string>;
  /** Number words a counted noun follows (ثلاثة، ألف، ملايين): numbers.tsv's number and approx forms and count_word. */
  countWords: Set<string>;
  /** Nouns of a public service that make an admin word a directorate, not a district (مديرية الأمن): service_noun. */
  serviceNouns: Set<string>;
  /** Unit heads a figure names (اللواء 35، الفرقة 30): numbered_unit. */
  numberedUnits: Set<string>;
  /** Words of a unit's kind after its figure (مدرع، مشاة): unit_kind. */
  unitKinds: Set<string>;
  /** Words that qualify a rank between it and the name (العميد ركن، العقيد طيار): rank_qualifier. */
  rankQualifiers: Set<string>;
  /** Words after which a coalition's name names the state that leads it (بقيادة، تقوده): leader_word. */
  leaderWords: Set<string>;
  /** Titles that are also family names (الحاج، الشيخ، الملا): title_surname. */
  titleSurnames: Set<string>;
  /** Connectors written joined to the next word as often as apart (عبد الرحمن / عبدالرحمن): one word when names are compared. */
  joinedConnectors: Set<string>;
  /** Given names more often a phrase (باسم "in the name of", بيت "house"): a family name no lexicon knows does not follow them (family-names.ts). */
  phraseGivenNames: Set<string>;
  /** Heads of a leader's office named as a body (مكتب): office_body (office-bodies.ts). */
  officeBodies: Set<string>;
  /** Institution phrases that name a body only where it speaks (السلطات): speaking_institution (org-patterns.ts institutions). */
  speakingInstitutions: Set<string>;
  /** Institution phrases that name a body with no adjective after them too (القوات البحرية، الأمن المركزي): own_name_body (org-patterns.ts institutions). */
  ownNameBodies: Set<string>;
  /** Heads that before a place's name name a battle front, no body (جبهة الزبداني): front_head (org-patterns.ts orgPatterns). */
  frontHeads: Set<string>;
  /** Heads of an institution or facility named after a royal (مدينة الملك فهد الطبية), with the type the name gets: royal_named_org, royal_named_fac (royal-named.ts). */
  royalNamedHeads: Map<string, EntityType>;
  /** First words of a village's two-word name after a settlement cue (بلدة بيت جن، قرية عين X): compound_place_head (org-patterns.ts placesByCue). */
  compoundPlaceHeads: Set<string>;
  /** Heads that before a royal or political title name the dignitary's station, no place (لمقام خادم الحرمين الشريفين): honorific_head (holder-titles.ts). */
  honorificHeads: Set<string>;
  /** Heads of a known body's committee, named with it (لجنة الخارجية في مجلس الشيوخ): sub_body_head (org-patterns.ts orgPatterns). */
  subBodyHeads: Set<string>;
  /** Institution heads that are broken plurals of things, feminine in agreement (الخطوط): plural_head (org-patterns.ts agrees). */
  pluralHeads: Set<string>;
  /** Last words of transliterated outlet names (نيوز، برس، تايمز): outlet_tail (outlet-tails.ts). */
  outletTails: Set<string>;
  /** Organization heads the press names a body by again, alone (البعثة، الائتلاف): head_reference (entities/head-references.ts). */
  headReferences: Set<string>;
  /** org17: a commander's title (القائد العام): the generic body after it is part of the title (commander_title). */
  commanderTitles: Set<string>;
  /** Definite complements that make an office a state's (رئيس الوزراء، وزير الخارجية): state_office. */
  stateOffices: Set<string>;
  /** Words after an office's title that make its holder a former one (السابق، الأسبق): former_qualifier (entities/title-holders.ts). */
  formerQualifiers: Set<string>;
  /** Titles many hold at once (عضو، المسؤول، مستشار), bare: shared_title (entities/title-holders.ts). */
  sharedTitles: Set<string>;
  /** Given names written with ال (الخضر، المنصف) or foreign ones that begin so (اليوت): articled_given_name (spk14). */
  articledGivenNames: Set<string>;
}

export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data");

const TYPES = new Set(["PERSON", "ORG", "GPE", "LOC", "FAC"]);

export interface LexiconRows {
  titles?: TsvRow[];      // title kind implies_type
  firstNames?: TsvRow[];  // name
  orgHeads?: TsvRow[];    // head type
  cues?: TsvRow[];        // word role
  numbers?: TsvRow[];     // form kind (numbers.tsv)
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
  const written = (name: string) => new Map(cues.filter((r) => r.role === name && r.word).map((r) => [normalize(r.word!), r.word!.trim()]));
  const orgHeads = new Map<string, OrgHead>();
  const HAMZA = /[أإآ]/;
  for (const r of rows.orgHeads ?? []) {
    const h = normalize(r.head ?? "");
    const t = (r.type ?? "ORG").toUpperCase();
    if (h && !h.includes(" ")) orgHeads.set(h, { type: (TYPES.has(t) ? t : "ORG") as EntityType, weak: weak.has(h), named: named.has(h), hamza: HAMZA.test(r.head ?? "") });
  }
  const inst = [...new Set([...role("institution"), ...role("speaking_institution"), ...role("own_name_body")])].map((s) => ({ words: s.split(" ") }));
  // two-word given names only (جان إيف as well as عبد الله): spaced-given.ts reads a pair of tokens
  const spaced = (rows.firstNames ?? []).map((r) => normalize(r.name ?? "")).filter((s) => s.split(" ").length === 2);
  return {
    titles: byFirstWord(titles),
    firstNames: new Set((rows.firstNames ?? []).map((r) => normalize(r.name ?? "")).filter((s) => s && !s.includes(" "))),
    spacedGivenNames: new Set(spaced),
    spacedGivenHeads: new Set(spaced.map((s) => s.split(" ")[0])),
    maqsuraNames: new Set((rows.firstNames ?? []).filter((r) => (r.name ?? "").trim().endsWith("ى")).map((r) => normalize(r.name ?? ""))),
    orgHeads,
    ambiguousNames: new Set([
      ...(rows.firstNames ?? []).filter((r) => r.also_word === "y").map((r) => normalize(r.name ?? "")),
      ...role("ambiguous_name"),
    ].filter(Boolean)),
    nameParts: new Set(role("name_part")),
    compoundTails: new Set(role("compound_tail")), // names12
    stops: new Set(role("stop")),
    connectors: new Set(role("connector")),
    lineage: new Set(role("lineage")),
    forcesHeads: new Set(role("forces_head")),
    peoples: new Set(role("people")),
    bareOrgHeads: role("bare_org_head"),
    notNames: new Set(role("not_name")),
    determiners: new Set(role("determiner")), // org15
    constructHeads: new Set(role("construct_head")), // org15
    placeCues: new Set(role("place_cue")),
    adminWords: new Set(role("admin_word")),
    qualifiers: new Set(role("institution_qualifier")),
    sides: new Set(role("side")),
    countryside: new Set(role("countryside")), jurisdictionHeads: new Set(role("jurisdiction_head")), oneWordHeads: new Set(role("one_word_head")), // place16
    placeTails: new Set([...role("place_tail"), ...role("side")]),
    settlementCues: new Set(role("settlement_cue")),
    sureSettlements: new Set(role("sure_settlement")),
    unitSettlements: new Set(role("unit_settlement")), // place21
    areaCues: written("area_cue"), areaCuesApart: written("area_cue_apart"), pluralPlaceCues: written("plural_place_cue"), nameListCues: written("name_list_cue"), placePrepositions: new Set(role("place_preposition")), placeIdioms: new Set(role("place_idiom")), // geo13
    directions: new Set(role("direction")),
    compass: new Set(role("compass")), seatHeads: new Set(role("seat_head")), seatUnits: new Set(role("seat_unit")), // geo14
    ordinals: new Set(role("ordinal")),
    offices: new Set(role("office")),
    genericPlaces: new Set(role("generic_place")),
    mediaHeads: role("media_head"),
    conjunctBodyHeads: new Set(role("conjunct_body_head")),
    relayBefore: new Set(role("relay_before")),
    relational: new Set(role("relational")),
    verbPreps: new Set(role("verb_prep")),
    sayVerbs: new Set(role("say_verb")),
    serviceNouns: new Set(role("service_noun")),
    numberedUnits: new Set(role("numbered_unit")),
    unitKinds: new Set(role("unit_kind")),
    rankQualifiers: new Set(role("rank_qualifier")),
    leaderWords: new Set(role("leader_word")),
    titleSurnames: new Set(role("title_surname")),
    joinedConnectors: new Set(role("joined_connector")),
    phraseGivenNames: new Set(role("phrase_given_name")),
    officeBodies: new Set(role("office_body")),
    speakingInstitutions: new Set(role("speaking_institution")),
    ownNameBodies: new Set(role("own_name_body")),
    frontHeads: new Set(role("front_head")),
    compoundPlaceHeads: new Set(role("compound_place_head")), // session 23
    royalNamedHeads: new Map([...role("royal_named_org").map((w) => [w, "ORG"] as const), ...role("royal_named_fac").map((w) => [w, "FAC"] as const)]), // session 23
    honorificHeads: new Set(role("honorific_head")),
    subBodyHeads: new Set(role("sub_body_head")),
    pluralHeads: new Set(role("plural_head")),
    outletTails: new Set(role("outlet_tail")),
    headReferences: new Set(role("head_reference")),
    commanderTitles: new Set(role("commander_title")), // org17
    stateOffices: new Set(role("state_office")),
    formerQualifiers: new Set(role("former_qualifier")),
    sharedTitles: new Set(role("shared_title").map((w) => w.replace(/^ال/, ""))),
    articledGivenNames: new Set(role("articled_given_name")), // spk14
    countWords: new Set([
      ...(rows.numbers ?? []).filter((r) => r.kind === "number" || r.kind === "approx").map((r) => normalize(r.form ?? "")),
      ...role("count_word"),
    ].filter((w) => w && !w.includes(" "))),
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
    numbers: read("numbers.tsv"),
  });
  return cached;
}
