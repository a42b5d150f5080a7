// A small knowledge base and lexicon written for the tests (not the shipped data), so the
// recognizer's behaviour is pinned down independently of how the real rows grow.
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions, type MentionResources } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";
import type { Document } from "../../src/core/document.ts";

const e = (id: string, type: NameEntry["type"], subtype: string, name: string, aliases: string[] = [], more: Partial<NameEntry> = {}): NameEntry => ({
  id, type, subtype, name, nameEn: null, aliases, adjectives: [], country: null, lat: null, lon: null, population: null, ...more,
});

export const ENTRIES: NameEntry[] = [
  e("wd:Q7747", "PERSON", "head_of_state", "فلاديمير بوتين", ["بوتين"], { nameEn: "Vladimir Putin", country: "RU" }),
  e("wd:Q312", "PERSON", "politician", "علي لاريجاني", [], { nameEn: "Ali Larijani", country: "IR" }),
  e("wd:Q159", "GPE", "country", "روسيا", ["روسيا الاتحادية"], { nameEn: "Russia", country: "RU", lat: 61.5, lon: 105.3, adjectives: ["روسي", "روسية", "الروسي", "الروسية", "الروس"] }),
  e("wd:Q79", "GPE", "country", "مصر", [], { nameEn: "Egypt", country: "EG", lat: 26.8, lon: 30.8, adjectives: ["المصري", "المصرية"] }),
  e("wd:Q796", "GPE", "country", "العراق", [], { nameEn: "Iraq", country: "IQ", lat: 33.2, lon: 43.7, adjectives: ["العراقي", "العراقية"] }),
  e("wd:Q810", "GPE", "country", "الأردن", [], { nameEn: "Jordan", country: "JO", lat: 31.2, lon: 36.5, adjectives: ["الأردني", "الأردنية"] }),
  e("wd:Q842", "GPE", "country", "عمان", ["سلطنة عمان"], { nameEn: "Oman", country: "OM", lat: 21.5, lon: 55.9 }),
  e("gn:250441", "GPE", "capital", "عمان", [], { nameEn: "Amman", country: "JO", lat: 31.95, lon: 35.93, population: 1275857, generated: true }),
  e("gn:100", "GPE", "city", "بنغازي", [], { nameEn: "Benghazi", country: "LY", lat: 32.1, lon: 20.07, population: 650000, generated: true }),
  e("gn:101", "GPE", "city", "الرقة", [], { nameEn: "Raqqa", country: "SY", lat: 35.95, lon: 39.01, population: 177000, generated: true }),
  e("gn:102", "GPE", "city", "الموصل", [], { nameEn: "Mosul", country: "IQ", lat: 36.34, lon: 43.13, population: 1700000, generated: true }),
  e("gn:103", "GPE", "city", "صبر", [], { nameEn: "Sabr", country: "YE", lat: 12.9, lon: 44.98, population: 30000, generated: true, wordKind: "noun" }),
  e("wd:Q805", "GPE", "country", "اليمن", [], { nameEn: "Yemen", country: "YE", lat: 15.5, lon: 48.5, adjectives: ["اليمني", "اليمنية"] }),
  e("wd:Q1065", "ORG", "intl_org", "الأمم المتحدة", ["الامم المتحدة"], { nameEn: "United Nations" }),
  e("wd:Q7184", "ORG", "intl_org", "حلف شمال الأطلسي", ["الناتو"], { nameEn: "NATO" }),
  e("rasid:mideast", "LOC", "region", "الشرق الأوسط", [], { nameEn: "Middle East", lat: 29, lon: 41 }),
  e("wd:Q61", "GPE", "city", "واشنطن", [], { nameEn: "Washington, D.C.", country: "US", lat: 38.9, lon: -77.04 }),
];

export const LEX = buildLexicons({
  titles: [
    { title: "الرئيس", kind: "political", implies_type: "PERSON" },
    { title: "وزير الخارجية", kind: "political", implies_type: "PERSON" },
    { title: "المتحدث باسم", kind: "spokesperson_of", implies_type: "ORG" },
    { title: "الباحث", kind: "academic", implies_type: "PERSON" },
    { title: "اللواء", kind: "military", implies_type: "PERSON" },
    { title: "الدكتور", kind: "honorific", implies_type: "PERSON" },
    { title: "رئيس", kind: "political", implies_type: "PERSON" },
  ],
  firstNames: ["محمد", "ماركو", "أحمد", "علي", "خالد", "يحيى", "صالح"].map((name) => ({ name })),
  orgHeads: [
    ...["مركز", "معهد", "وكالة", "صحيفة", "هيئة", "جامعة", "وزارة", "قوات", "مجلس"].map((head) => ({ head, type: "ORG" })),
    { head: "قاعدة", type: "FAC" },
  ],
  cues: [
    ...["في", "من", "إلى", "على", "عن", "أن", "إن", "قال", "أكد", "يوم", "الذي", "خلال"].map((word) => ({ word, role: "stop" })),
    ...["بن", "أبو", "عبد", "آل", "ولد"].map((word) => ({ word, role: "connector" })),
    ...["مدينة", "حي", "قرب"].map((word) => ({ word, role: "place_cue" })),
    ...["حي", "بلدة"].map((word) => ({ word, role: "settlement_cue" })),
    ...["غرب", "شمال"].map((word) => ({ word, role: "direction" })),
    { word: "المدينة", role: "generic_place" },
    { word: "لصالح", role: "stop" },
    ...["الجيش", "الحكومة", "وزارة الدفاع"].map((word) => ({ word, role: "institution" })),
    ...["قوات", "مجلس", "مركز"].map((word) => ({ word, role: "weak_head" })),
  ],
});

export const RES: MentionResources = { gaz: buildGazetteer(ENTRIES), lex: LEX };

/** Run the two stages on a text the way the pipeline does. */
export function run(text: string): Pick<Document, "text" | "tokens" | "mentions" | "entities"> {
  const { tokens } = analyze(text);
  const doc = { text, tokens, mentions: [] as Document["mentions"], entities: [] as Document["entities"] };
  doc.mentions = findMentions(doc, RES);
  doc.entities = linkEntities(doc, RES);
  return doc;
}
