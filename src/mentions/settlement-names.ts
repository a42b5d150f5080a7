// Which word after a settlement cue (حي، قرية، ناحية…) can be the settlement's name, by its form.
// Feminine and plural endings (ة، ات، ين، ون) mostly mark an adjective or a common noun after the
// cue ("قرية صغيرة", "قرى مجاورة", "قضاء إجازة"), but Arabic place names end so too ("ناحية كبيسة",
// "قرية السويعية", "حي السفارات"). A definite word is the name when the cue is no ordinary noun
// (sure_settlement: حي، بلدة، قرية، مخيم), or when the word is in no dictionary (ناحية "aspect",
// قضاء "spending" take ordinary definite nouns: "قضاء الإجازة"). An indefinite one is the name
// only when the document also writes it on its own elsewhere ("عشائر كبيسة"): an adjective after
// the cue is not repeated bare, and a nisba in ية (تراثية، حدودية) is never taken. The same holds
// for an indefinite dictionary word shaped like an adjective or a verb with no such ending: a nisba
// (حي شعبي، حي سكني), a participle in م (حي مجاور، حي مكتظ) or an imperfect verb (حي يتجمع فيه،
// قرية يقال إن): a name of that shape in no dictionary stands (حي موساغا، بلدة يبرود).
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord } from "./candidate.ts";
import { STOP, wordClasses } from "./word-classes.ts";
import { ordinaryWords } from "./model/features.ts";
import type { Ctx } from "./words.ts";

const ENDING = /(ه|ات|ين|ون)$/;
const VERB_LIKE = /^[يت]|ت$/;
// a nisba (…ي), a participle (مـ…) or an imperfect verb (يـ…، تـ…) of four letters or more
const ADJECTIVE_SHAPE = /^[يتم]...|^...+ي$/;

/** Can u (the word after the cue token t, at index i + 1) be a settlement's name by its form? */
export function settlementNameForm(c: Ctx, t: Token, u: Token, i: number): boolean {
  const r = u.readings[0];
  if (!ENDING.test(r.bare)) return r.article || r.pre !== "" || !ADJECTIVE_SHAPE.test(r.bare) || !ordinaryWords().has(r.bare) || standsAlone(c, u.norm, i);
  if (r.article && r.pre === "") {
    for (const x of t.readings) if (x.post === "" && c.lex.sureSettlements.has(x.norm)) return true;
    return !ordinaryWords().has(r.bare);
  }
  if (r.article || r.pre !== "" || r.bare.endsWith("يه")) return false;
  return standsAlone(c, u.norm, i);
}

/**
 * Is u, whose first letter is also a proclitic (ب، ل، ف), a name after a sure settlement cue (token t:
 * بلدة، قرية، حي، مخيم) — "قرية برقين"، "حي لوملي"، "بلدة بيت جن" — rather than a phrase the
 * proclitic opens: no reading with a proclitic takes the article ("قرية بالقرب") or is a KB name, a
 * place word, a direction or a stop word ("بلدة بريف دمشق"، "قرية بشمال"، "بلدة بسوريا"), and no
 * reading with an enclitic is a dictionary word ("قرية بأكملها"), and the word itself is in no
 * dictionary unless it heads a compound name (بيت). و stays a conjunction ("قرية وهجرة",
 * "ولاية واحدة"). SaudiNewsNet 3,000 records: see session 23's commit.
 */
export function letterInitialName(c: Ctx, t: Token, u: Token): boolean {
  const { lex } = c;
  if (!/^[بلف]/.test(u.norm) || !t.readings.some((x) => x.post === "" && lex.sureSettlements.has(x.norm))) return false;
  // (a dictionary word is a compound's first word or no name: "بلدة بصر [الحرير]" would be cut)
  if (ordinaryWords().has(u.norm) && !lex.compoundPlaceHeads.has(u.norm)) return false;
  for (const x of u.readings) {
    if (x.pre === "" && x.post === "") continue;
    if (x.article || (x.post !== "" && ordinaryWords().has(x.bare))) return false;
    const n = x.norm;
    if (c.gaz.lookup(n) || lex.placeCues.has(n) || lex.adminWords.has(n) || lex.settlementCues.has(n) || lex.directions.has(n) || lex.countryside.has(n) || lex.genericPlaces.has(n) || lex.stops.has(n)) return false;
  }
  return true;
}

/** Is the word (norm) written elsewhere in the document, not right after the cue at i? */
function standsAlone(c: Ctx, norm: string, i: number): boolean {
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    if (k === i + 1 || tokens[k].norm !== norm) continue;
    const before = k > 0 ? tokens[k - 1] : undefined;
    if (!before || !before.readings.some((x) => c.lex.settlementCues.has(x.norm))) return true;
  }
  return false;
}

/**
 * Where a settlement's name that starts at token k ends (exclusive): one word, or up to three when
 * it is a foreign name in no dictionary followed by more such words ("مقاطعة كوانغ نغاي", "قرية
 * كوكوا غاري"): no article, no clitic before an ordinary word, a KB name or a place cue (بولاية، بالتعاون), no stop word, KB name or
 * ordinary word (hunspell-ar), and after the first no word shaped like a conjugated verb.
 */
export function foreignNameEnd(c: Ctx, k: number, known: Map<number, FoundMention>): number {
  const { tokens } = c;
  const ordinary = ordinaryWords();
  const foreign = (x: Token | undefined, at: number): boolean =>
    isWord(x) && x.kind === "word" && x.sentence === tokens[k].sentence && x.readings.every((r) => !r.article && (r.pre === "" || r.post !== "" || !(ordinary.has(r.norm) || c.gaz.lookup(r.norm) || c.lex.placeCues.has(r.norm)))) &&
    !(wordClasses(c)[at] & STOP) && !known.has(at) && !ordinary.has(x.norm) && !c.gaz.lookup(x.norm) && !/^[و\d]/.test(x.norm) && !/[\u064b]/.test(x.text);
  let end = k + 1;
  if (!foreign(tokens[k], k)) return end;
  // (a verb the dictionary lacks in its conjugated form is no part of it: "بلدة مضايا تتعرض", "شهدت")
  // (nor an ordinary noun's accusative without its tanween: "بلاغا"; nor an adjective's feminine the
  // dictionary lists only in the masculine: "محافظة تنومة شديدة الوعورة", place21)
  while (end < k + 3 && end < tokens.length && foreign(tokens[end], end) && !VERB_LIKE.test(tokens[end].norm) && !ordinary.has(tokens[end].norm.replace(/[اه]$/, ""))) end++;
  return end;
}

const SOUND_PLURAL = /(ين|ون|ات)$/;

/**
 * Does a place pattern open with an administrative unit's word (محافظة: unit_settlement) before a
 * name that stands against the tagger? Its form tests are passed already (placesByCue); a definite
 * sound plural of a dictionary word is the masdar's object instead ("محافظة اللاعبين على لياقتهم",
 * "keeping"), though the dictionary lists only the singular, nor a dictionary word with an enclitic
 * pronoun. (place21)
 */
export function unitSettlementName(c: Ctx, m: FoundMention): boolean {
  const k = m.tokens.start;
  if (m.type !== "GPE" || k + 1 >= m.tokens.end) return false;
  if (!c.tokens[k].readings.some((r) => r.post === "" && c.lex.unitSettlements.has(r.norm))) return false;
  const u = c.tokens[k + 1], r = u.readings[0];
  // (nor a word with an object pronoun: "محافظة يخسرها", a governorate he loses)
  for (const x of u.readings) if (x.post !== "" && ordinaryWords().has(x.bare)) return false;
  return !(r.article && SOUND_PLURAL.test(r.bare) && ordinaryWords().has(r.bare.slice(0, -2)));
}
