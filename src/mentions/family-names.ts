// A family name no lexicon knows, after a given name that is also a word: "بدر باسلمة", "أمل
// العبادي", "رمضان صولماز". Such a given name (also_word in first-names.tsv: بدر "full moon", أمل
// "hope") used to need a second given name after it, so a person named by given and family name
// alone was cut to the given name (and lost every quote the full name would carry). The family name
// is recognized by what it is not: an ordinary word (hunspell-ar's list, ordinaryWords), a name the
// KB knows, a stop word, title, adjective or given name, a word with a possessive pronoun (شكره،
// جدتك), a future verb (ستتزايد), a preposition's phrase (بأحقية، لوجه), a nisba adjective of an
// ordinary word (ترفيهي) or an ordinary noun's accusative without its tanween (تكريما). Without a title before the name (`titled` false) the family name must
// also be no plural in ات/ون ("بيت الراهبات"), and the given name no title word (نجم) nor one of the
// phrase_given_name words (باسم "in the name of"); never is it a preposition before a particle (بأن).
import type { Token } from "../core/document.ts";
import { isWord } from "./candidate.ts";
import { ordinaryWords } from "./model/features.ts";
import { ADJ_WORD, FIRST_NAME, STOP, TITLE, wordClasses } from "./word-classes.ts";
import type { Ctx } from "./words.ts";

const POSSESSIVE = /(ك|كم|كما|ها|هم|هما|هن)$/;
const HA = 0x647; // ه as written (ة is a name's ending, ه after a noun a pronoun)
const FUTURE = /^س[يتنا]/;
const PREPOSITIONS = new Set(["ب", "ل", "ك", "وب", "ول", "فب", "فل"]);
const HAMZA_ALEF = new Set([0x623, 0x625]);

/** Is token k such a family name, after the given name at k - 1? */
export function unknownFamilyName(c: Ctx, k: number, titled: boolean): boolean {
  const { tokens, lex, gaz } = c;
  const t = k < tokens.length ? tokens[k] : undefined;
  const g = tokens[k - 1];
  if (!isWord(t) || t.kind !== "word" || t.sentence !== g.sentence) return false;
  if (!givenStandsAlone(c, g, k - 1, titled)) return false;
  const r = t.readings[0];
  if (r.pre !== "" || r.post !== "" || r.bare.length < 3 || /\d/.test(t.norm)) return false;
  if (wordClasses(c)[k] & (STOP | TITLE | ADJ_WORD | FIRST_NAME) || lex.offices.has(t.norm) || lex.orgHeads.has(t.norm) || gaz.lookup(t.norm)) return false;
  if (t.norm.startsWith("و") || FUTURE.test(r.bare)) return false;
  const ordinary = ordinaryWords();
  // شكره، جدتك: an ordinary noun with a possessive pronoun (باسلمه, written with ه, is a name)
  const own = POSSESSIVE.exec(r.bare)?.[0] ?? (lastWritten(c, t) === HA ? "ه" : "");
  if (own) { const stem = r.bare.slice(0, -own.length); if (stem.length < 3 || ordinary.has(stem) || ordinary.has(stem + "ه") || ordinary.has(stem.slice(0, -1) + "ه")) return false; }
  if (ordinary.has(r.bare) || ordinary.has(t.norm)) return false;
  if (r.bare.endsWith("ي") && ordinary.has(r.bare.slice(0, -1))) return false; // ترفيهي
  if (r.bare.endsWith("ا") && ordinary.has(r.bare.slice(0, -1))) return false; // تكريما: an accusative, its tanween unwritten
  if (r.bare.endsWith("يه") && ordinary.has(r.bare.slice(0, -2))) return false;
  // (after a title the whole word is read first: باسلمة is no ب + أسلمه, but بأحقية is ب + أحقية,
  // a noun written with its hamza after the preposition; without a title the phrase wins: بزعامة)
  for (const x of t.readings) {
    if (x === r || !PREPOSITIONS.has(x.pre)) continue;
    // (a KB name or stop word only without a pronoun after it: ب + أسلم + ه is no phrase, باسلمه a name)
    if (x.article || x.post === "" && (gaz.lookup(x.norm) || lex.stops.has(x.norm))) return false;
    if ((ordinary.has(x.bare) || ordinary.has(x.norm)) && (!titled || HAMZA_ALEF.has(c.text.charCodeAt(t.start + x.from)))) return false;
  }
  if (!titled && r.article && /(ات|ون)$/.test(r.bare)) return false;
  return true;
}

/**
 * Is the given name at index k no preposition before a particle (بأن "that")? Without a title, also
 * no phrase_given_name word (باسم) nor title word (نجم "star": "نجم يوفنتوس"), and not after a place cue.
 */
function givenStandsAlone(c: Ctx, g: Token, k: number, titled: boolean): boolean {
  for (const x of g.readings) if (x.pre !== "" && c.lex.stops.has(x.norm)) return false;
  if (titled) return true;
  if (c.lex.phraseGivenNames.has(g.norm) || wordClasses(c)[k] & TITLE) return false;
  // "بمدينة رشيد بدلتا النيل": after a place cue the word is a place's name
  const p = k > 0 ? c.tokens[k - 1] : undefined;
  return !(p && p.sentence === g.sentence && p.readings.some((x) => x.post === "" && c.lex.placeCues.has(x.norm)));
}

/** The token's last letter as written (no diacritic), or -1. */
function lastWritten(c: Ctx, t: Token): number {
  for (let p = t.end - 1; p >= t.start; p--) {
    const ch = c.text.charCodeAt(p);
    if (ch < 0x64b || ch > 0x65f) return ch;
  }
  return -1;
}
