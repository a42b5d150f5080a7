// A one-word KB place spelled like an adjective, standing where an adjective stands: right after a
// definite noun ("المجرى الملاحي [الجديد]", "العملية [السلمية]", "الوضع [الجديد]"). GeoNames holds
// small towns named so (الجديد in Libya, السلمية in Syria), and the tagger, which reads a capitalless
// text, names them where their noun is a name-like word. Arabic puts the agreeing adjective right
// after its definite noun; a place's name there would be an apposition, which the press writes after
// a place word (العاصمة الرياض، مدينة الجديد), so a place word before it keeps it. Only ordinary
// words (hunspell-ar and its inflections) and only generated towns and cities (no
// country, province, capital, region or city of a million) are dropped.
// News check (3,000 SaudiNewsNet records, 2015-07-21/25): see the commit.
import { type FoundMention, withoutWhere } from "./candidate.ts";
import { ordinaryWords } from "./model/features.ts";
import { inflected } from "./speaker-names.ts";
import type { Ctx } from "./words.ts";

const PLACES = new Set(["GPE", "LOC"]);

export function withoutAdjectivePlaces(c: Ctx, ms: FoundMention[]): FoundMention[] {
  return withoutWhere(ms, (m) => m.via === "kb" && PLACES.has(m.type) && m.tokens.end - m.tokens.start === 1 && m.start === c.tokens[m.tokens.start].start
    && smallPlace(c, m) && adjectiveAfterNoun(c, m.tokens.start) && !afterPlaceWord(c, m.tokens.start));
}

/** Are all the name's candidates generated towns and cities under a million (no country, province, capital or region)? */
function smallPlace(c: Ctx, m: FoundMention): boolean {
  const es = c.gaz.lookup(m.key);
  if (!es?.length) return false;
  for (let i = 0; i < es.length; i++) if (!es[i].generated || BIG.has(es[i].subtype) || (es[i].population ?? 0) >= 1_000_000) return false;
  return true;
}
const BIG = new Set(["country", "province", "capital", "region"]);

/**
 * Is token i a definite ordinary word, written whole, one space after a definite word of its
 * sentence (a preposition on that word allowed: "في المجرى [الجديد]", "للمنصب [الجديد]")? Unlike a
 * family name (adjectival-surnames.ts), a title before it does not make it a name: "المستشار الجديد".
 */
function adjectiveAfterNoun(c: Ctx, i: number): boolean {
  const t = c.tokens[i], r = t.readings[0];
  if (i === 0 || !r.article || r.pre !== "" || r.post !== "") return false;
  const p = c.tokens[i - 1];
  if (p.kind !== "word" || p.sentence !== t.sentence || p.end !== t.start - 1) return false;
  if (!p.readings.some((x) => x.article && x.post === "" && (x.pre === "" || x.pre === "ب" || x.pre === "ل" || x.pre === "و"))) return false;
  const words = ordinaryWords();
  return words.size > 0 && inflected(words, r.bare);
}

/** Is the word before token i a place word (المدينة، العاصمة، المحافظة)? */
function afterPlaceWord(c: Ctx, i: number): boolean {
  for (const r of c.tokens[i - 1].readings) if (r.post === "" && (c.lex.placeCues.has(r.norm) || c.lex.placeCues.has(r.bare) || c.lex.genericPlaces.has(r.norm))) return true;
  return false;
}
