// Places the KB cannot know, named after an area word or a plural place word: "منطقة صرواح",
// "مدينة أكدة", "قرية «المسلامية»", "قرى الريحان والصفا والمرج", "بلدتي الخير والسلام".
// منطقة and مدينة also head ordinary phrases ("منطقة عازلة", "منطقة الجزاء", "مدينة الألعاب"), so the
// word after them (area_cue in ner-cues.tsv) is a name by its form or with evidence:
// - a word in no dictionary (hunspell-ar, article off) the KB does not know, read without a proclitic;
// - an indefinite word with an adjective's ending (ة، ات، ين، ون) or a verb's shape (يـ، تـ، ـت)
//   only when the document writes it as a name elsewhere (after a preposition, with ب/ل, opening a
//   sentence); a comparative (أفعل: أقصى) never; a definite plural (الاشتباكات) only when placed;
// - another dictionary word only when it is placed: a direction, a ب-place or a nationality adjective
//   right after it ("منطقة الكشار شمال المدينة", "منطقة العلم بمحافظة أبين");
// - any word the text quotes right after the cue, or after a settlement cue ("قرية «المسلامية»").
// After an area word that is also an administrative word (مديرية: admin_word) the word is a
// district's name unless a public service's (service_noun) or an indefinite adjective's.
// After a plural or dual place word (plural_place_cue) each conjunct is a place by the same tests;
// a known place among them (the first, or one in the middle) does not end the list; a first place
// of two words ("قرى عين المرقاب والقرنفيل") is one name when a conjunct that passes follows it.
// A foreign name in no dictionary runs on over such words (settlement-names.ts foreignNameEnd).
// After مناطق (name_list_cue) each item must be a name by its form alone (formList, place21).
// The cue is part of the span (the press names "منطقة صرواح" so), not of a quoted name's nor of a
// city's (area_cue_apart: مدينة); type GPE.
import type { Reading, Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { ADJ_WORD, STOP, wordClasses } from "./word-classes.ts";
import { ordinaryWords } from "./model/features.ts";
import { normalize } from "../text/normalize.ts";
import { foreignNameEnd } from "./settlement-names.ts";
import type { Ctx } from "./words.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";

const ENDING = /(ه|ات|ين|ون)$/;
const VERB_LIKE = /^[يت]|(ت|وا)$/;
const OPEN_QUOTE = new Set(["«", "\"", "“", "'"]);
const CLOSE_QUOTE = new Set(["»", "\"", "”", "'"]);
const HAMZA = /[أإآ]/g;

/** The places named after area and plural place cues, not starting where a known mention does. */
// the tokens that may be a cue (any cue list, before the quote and hamza checks), found by form
// (text/form-gate.ts): the loop below reads only them
const CUE = formGate((t, lex: Lexicons) => t.readings.some((r) => r.post === "" && !r.article
  && (lex.areaCues.has(r.norm) || lex.areaCuesApart.has(r.norm) || lex.settlementCues.has(r.norm) || lex.pluralPlaceCues.has(r.norm) || lex.nameListCues.has(r.norm))));

export function areaNames(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  if (!lex.areaCues.size && !lex.areaCuesApart.size) return out;
  const cues = tokensPassing(CUE, tokens, lex);
  for (let j = 0; j < cues.length; j++) {
    const i = cues[j];
    if (i + 2 >= tokens.length) break;
    const t = tokens[i];
    if (t.kind !== "word" || known.has(i)) continue;
    const quoted = OPEN_QUOTE.has(tokens[i + 1].text);
    let cue: Reading | null = null, plural = false, byForm = false;
    for (const r of t.readings) {
      if (r.post !== "" || r.article) continue;
      if (lex.areaCues.has(r.norm) || lex.areaCuesApart.has(r.norm) || (quoted && lex.settlementCues.has(r.norm))) { cue = r; break; }
      if (lex.pluralPlaceCues.has(r.norm)) { cue = r; plural = true; break; }
      if (lex.nameListCues.has(r.norm) && !quoted) { cue = r; plural = true; byForm = true; break; }
    }
    // (folding drops hamzas: "إحياء" "reviving" is no أحياء "quarters")
    if (!cue || !sameHamzas(text.slice(t.start + cue.from, t.start + cue.to), lex.areaCues.get(cue.norm) ?? lex.areaCuesApart.get(cue.norm) ?? lex.pluralPlaceCues.get(cue.norm) ?? lex.nameListCues.get(cue.norm))) continue;
    // a list after مناطق: its items are names by their form alone (place21)
    if (byForm) { formList(c, i, known, out); continue; }
    const k = quoted ? i + 2 : i + 1;
    const u = tokens[k];
    if (!isWord(u) || u.sentence !== t.sentence) continue;
    // a known place first ("مدن طنجة وبوزنيقة"): the conjuncts after it are the list's still
    const opening = known.get(k);
    if (opening) {
      if (plural && !quoted && (opening.type === "GPE" || opening.type === "LOC")) conjuncts(c, t, opening.tokens.end, known, out);
      continue;
    }
    // a first place of two words ("قرى عين المرقاب والقرنفيل", "بلدات سلاسي باكوران وقمراح"):
    // the conjunct after it shows the list, where a first word the KB begins or a foreign one stops
    const two = plural && !quoted ? twoWordFirst(c, k, known) : 0;
    if (two) {
      out.push(areaMention(c, cue, i, two));
      conjuncts(c, t, two, known, out);
      continue;
    }
    let end = k + 1;
    if (quoted) {
      if (u.kind !== "word" || wordClasses(c)[k] & STOP || !CLOSE_QUOTE.has(tokens[end]?.text ?? "")) continue;
    } else if (!nameWord(c, k, "") || (lex.adminWords.has(cue.norm) ? serviceWord(c, u) : !evident(c, u.readings[0], k, end, known) && !(plural && longList(c, k)))) continue;
    // a foreign name of several words in no dictionary: "منطقة سلاسي باواجان"
    else if (!plural && !u.readings[0].article && !ordinaryWords().has(u.readings[0].bare)) end = foreignNameEnd(c, k, known);
    // (a quoted name is the span alone: the cue before the quote mark is no part of it)
    // (nor is مدينة "city": the press's name of a city is the city's own, area_cue_apart)
    const apart = quoted || lex.areaCuesApart.has(cue.norm);
    const first = apart ? k : i, r0 = apart ? u.readings[0] : cue;
    out.push(areaMention(c, r0, first, end));
    if (plural) conjuncts(c, t, end, known, out, longList(c, k));
  }
  return out;
}

/**
 * "مناطق X وY وZ" (name_list_cue): X and each conjunct after it are places when each is a name by
 * its form alone (formName). مناطق is mostly "regions of" a known place (مناطق المملكة) or of the
 * body (مناطق الحاجبين والرموش), so no dictionary word passes on placement or on a long list as
 * after قرى. A known place among them goes on with the list. The cue is no part of the first span.
 */
function formList(c: Ctx, i: number, known: Map<number, FoundMention>, out: FoundMention[]): void {
  const { tokens } = c;
  const t = tokens[i], k = i + 1, u = tokens[k];
  if (!isWord(u) || u.sentence !== t.sentence || known.has(k)) return;
  const r = u.readings[0];
  if (u.readings.some((x) => x.pre === "و") || !nameWord(c, k, "") || !formName(c, r)) return;
  out.push(areaMention(c, r, k, k + 1));
  conjuncts(c, t, k + 1, known, out, false, true);
}

/**
 * Is a word a name by its form alone: in no dictionary, article off, nor a dictionary word's
 * derived form the dictionary does not list (an indefinite word with an adjective's ending, ترفيهية;
 * a definite plural, الصراعات; a definite sound plural or dual of a dictionary word, الحاجبين), nor
 * shaped like a verb (ظهرت) or an ordinal (الرابعة)?
 */
function formName(c: Ctx, r: Reading): boolean {
  const words = ordinaryWords();
  if (words.has(r.bare)) return false;
  if (!r.article) return !ENDING.test(r.bare) && !VERB_LIKE.test(r.bare); // (ظهرت، تعرضت: verbs)
  // (an ordinal's feminine: "المناطق الرابعة")
  if (PLURAL.test(r.bare) || c.lex.ordinals.has(r.norm.replace(/ه$/, ""))) return false;
  return !(/(ين|ون)$/.test(r.bare) && words.has(r.bare.slice(0, -2)));
}

const listGoesOn = (t: Token | undefined): boolean => !!t && (t.text === "،" || t.text === "," || t.readings.some((r) => r.pre === "و"));

/** The other conjuncts of a list after a plural cue (token t), from token n: "قرى X وY وZ", "قرى X، Y وZ". */
function conjuncts(c: Ctx, t: Token, n: number, known: Map<number, FoundMention>, out: FoundMention[], long = false, byForm = false): void {
  const { tokens } = c;
  while (n < tokens.length && tokens[n].sentence === t.sentence) {
    const comma = tokens[n].text === "،" || tokens[n].text === ",";
    const w = comma ? n + 1 : n;
    const v = tokens[w];
    if (!isWord(v) || v.sentence !== t.sentence) break;
    // a known place in the list ("مدن طنجة وبوزنيقة والرباط وتاونات"): the list goes on after it
    const m = known.get(w);
    if (m) {
      if ((m.type !== "GPE" && m.type !== "LOC") || (!comma && !v.readings.some((r) => r.pre === "و"))) break;
      n = m.tokens.end;
      continue;
    }
    const wa = v.readings.find((r) => r.pre === "و" && r.post === "");
    if ((!wa && !comma) || !nameWord(c, w, wa ? "و" : "")) break;
    // (a word after a comma is a conjunct only where the list goes on: "قرى X، Y وZ", not "…، مضيفا")
    if (!wa && !listGoesOn(tokens[w + 1])) break;
    const r = wa ?? v.readings[0];
    if (byForm ? !formName(c, r) : !(long && !c.lex.serviceNouns.has(r.bare)) && !evident(c, r, w, w + 1, known)) break;
    out.push(areaMention(c, r, w, w + 1));
    n = w + 1;
  }
}

/**
 * The end of a list's first place of two words (tokens k, k+1), or 0: neither word known, a
 * function word, a cue, a direction or with tanween; the second no conjunct itself; and the token
 * after them a conjunct that passes the list's tests (or a known place with و), which is the
 * evidence that the two words are one name. A first word the KB begins (عين، دار، بني) is allowed:
 * the KB knows other names it opens, not this one.
 */
function twoWordFirst(c: Ctx, k: number, known: Map<number, FoundMention>): number {
  const { tokens, lex } = c;
  const a = tokens[k], b = tokens[k + 1], n = tokens[k + 2];
  if (!isWord(b) || !isWord(n) || b.sentence !== a.sentence || n.sentence !== a.sentence) return 0;
  if (known.has(k + 1) || a.kind !== "word" || b.kind !== "word") return 0;
  const cls = wordClasses(c);
  if (cls[k] & (STOP | ADJ_WORD) || cls[k + 1] & STOP || /[\u064b]/.test(a.text + b.text)) return 0;
  const ra = a.readings.find((x) => x.pre === "" && x.post === "");
  const rb = b.readings.find((x) => x.pre === "" && x.post === "");
  if (!ra || !rb || ra.norm.length < 2) return 0;
  for (const r of [ra, rb]) {
    if (lex.stops.has(r.norm) || lex.genericPlaces.has(r.norm) || lex.directions.has(r.norm) || lex.placeCues.has(r.norm)) return 0;
    if (lex.titles.has(r.norm) || lex.pluralPlaceCues.has(r.norm) || lex.areaCues.has(r.norm)) return 0;
  }
  // (an institution's head is no place's first word, a landform's is: "أحياء حوض X", "قرى وادي X")
  const headType = lex.orgHeads.get(ra.bare)?.type;
  if (headType !== undefined && headType !== "LOC" || lex.orgHeads.has(rb.bare)) return 0;
  // (the second word a conjunct of its own: "قرى المرقاب والقرنفيل" is two places of one word)
  if (b.readings.some((x) => x.pre === "و" && x.post === "") && nameWord(c, k + 1, "و")) return 0;
  const m = known.get(k + 2);
  if (m) return (m.type === "GPE" || m.type === "LOC") && n.readings.some((x) => x.pre === "و") ? k + 2 : 0;
  const wa = n.readings.find((x) => x.pre === "و" && x.post === "");
  return wa && nameWord(c, k + 2, "و") && evident(c, wa, k + 2, k + 3, known) ? k + 2 : 0;
}

/**
 * Is the one-word item at token k the first of three or more after a plural place word ("قرى X وY
 * وZ"), each a name by its form, none a public service's (مديريات الصحة والتعليم والزراعة)? Such a
 * list is its own evidence: its items need not be placed one by one (an ordinary word among them,
 * "الروضة", names a quarter there).
 */
function longList(c: Ctx, k: number): boolean {
  const { tokens, lex } = c;
  if (lex.serviceNouns.has(tokens[k].readings[0].bare)) return false;
  let items = 1;
  for (let w = k + 1; w < tokens.length && tokens[w].sentence === tokens[k].sentence; w++) {
    if (tokens[w].text === "،" || tokens[w].text === ",") continue;
    const wa = tokens[w].readings.find((x) => x.pre === "و" && x.post === "");
    if (!wa || !nameWord(c, w, "و") || lex.serviceNouns.has(wa.bare)) break;
    if (++items >= 3) return true;
  }
  return false;
}

function areaMention(c: Ctx, r: Reading, first: number, end: number): FoundMention {
  const { text, tokens } = c;
  const m = makeMention(text, tokens, r, first, end, "GPE", "pattern", 0.5, normalize(text.slice(tokens[first].start + r.from, tokens[end - 1].end)));
  m.role = "area"; // its form or evidence stands against the tagger's doubt (model-mentions.ts)
  return m;
}

/** After an admin word (مديرية) any name is a district's but a public service's (districts.ts: مديرية الأمن، مديرية الزراعة). */
function serviceWord(c: Ctx, u: Token): boolean {
  const r = u.readings[0];
  return c.lex.serviceNouns.has(r.norm) || (r.article && c.lex.serviceNouns.has(r.bare)) || ENDING.test(r.bare) && !r.article;
}

/** Does the cue as written carry the hamzas its lexicon row writes (a bare alif matches any)? */
function sameHamzas(written: string, row: string | undefined): boolean {
  if (!row) return true; // (a settlement cue before a quoted name: no row of ours)
  const a: string[] = written.match(HAMZA) ?? [], b: string[] = row.match(HAMZA) ?? [];
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i])) return false;
  return true;
}

/** Can token k (after its proclitic pre) be a place's one-word name by its form? */
function nameWord(c: Ctx, k: number, pre: string): boolean {
  const u = c.tokens[k];
  if (u.kind !== "word" || wordClasses(c)[k] & (STOP | ADJ_WORD) || /[\u064b]/.test(u.text)) return false;
  const r = u.readings.find((x) => x.pre === pre && x.post === "");
  if (!r || r.norm.length < 3 || c.lex.stops.has(r.norm) || c.lex.genericPlaces.has(r.norm) || c.lex.directions.has(r.norm)) return false;
  if (c.lex.firstNames.has(r.norm) || c.lex.titles.has(r.norm) || c.lex.orgHeads.has(r.bare) || c.lex.placeCues.has(r.norm)) return false;
  // a name the KB knows, or begins, is the KB's to find ("مدينة الهوارية", "مدينة سان مورتيز")
  if (c.gaz.lookup(r.norm) || c.gaz.isPrefix(r.norm)) return false;
  // another reading, with a further proclitic or an enclitic, that is a word or definite: "منطقة [للتسوق]", "أحياء [بأكملها]"
  for (const x of u.readings) if (x !== r && (x.pre.length > pre.length || x.post !== "") && (x.article || ordinaryWords().has(x.bare))) return false;
  return true;
}

/** Is the word (reading r of token k, the name ending before token end) a name by its form or by evidence? */
function evident(c: Ctx, r: Reading, k: number, end: number, known: Map<number, FoundMention>): boolean {
  // (a comparative before a direction is no name placed by it: "منطقة أقصى شمال البلاد")
  if (!r.article && COMPARATIVE.test(c.text.slice(c.tokens[k].start + r.from, c.tokens[k].start + r.to))) return false;
  // (an adjective is placed as often as a name: "مدينة صغيرة قرب العاصمة", "أحياء سكنية غرب المدينة")
  // (a definite plural stands after a preposition as often: "منطقة الاشتباكات" … "في الاشتباكات")
  if (r.article && PLURAL.test(r.bare)) return placed(c, end, known);
  if (!r.article && (ENDING.test(r.bare) || VERB_LIKE.test(r.bare))) return standsAlone(c, r.norm, k);
  return !ordinaryWords().has(r.bare) || placed(c, end, known);
}
const PLURAL = /ات$/;
// the comparative أفعل as written (أقصى، أكبر): "منطقة أقصى شمال البلاد"
const COMPARATIVE = /^أ..[^ة]$/;

/** Is the name that ends before token e placed by what follows: a direction, a ب-place, a nationality adjective? */
function placed(c: Ctx, e: number, known: Map<number, FoundMention>): boolean {
  const v = c.tokens[e];
  if (!isWord(v) || v.sentence !== c.tokens[e - 1].sentence) return false;
  if (v.readings[0].article && wordClasses(c)[e] & ADJ_WORD) return true; // "مدينة أكدة السورية"
  for (const r of v.readings) {
    if (r.post !== "") continue;
    if (r.pre === "" && c.lex.directions.has(r.norm)) return true;
    if (r.pre === "ب" && (c.lex.placeCues.has(r.norm) || c.lex.adminWords.has(r.norm) || c.lex.settlementCues.has(r.norm))) return true;
  }
  const m = known.get(e);
  return !!m && m.via === "kb" && (m.type === "GPE" || m.type === "LOC") && c.text.slice(v.start, m.start) === "ب";
}

/**
 * Is the word (norm) written elsewhere in the document as a name stands: after a preposition
 * (place_preposition), with ب/ل on it, or opening its sentence? An adjective stands after its noun
 * or another adjective instead ("أحياء كثيرة" … "كبيرة وصغيرة"), so its other occurrences are no evidence.
 */
function standsAlone(c: Ctx, norm: string, k: number): boolean {
  const { tokens, lex } = c;
  for (let j = 0; j < tokens.length; j++) {
    if (j === k) continue;
    const t = tokens[j];
    const clitic = t.norm !== norm && t.readings.some((x) => (x.pre === "ب" || x.pre === "ل") && x.post === "" && x.norm === norm);
    if (!clitic && t.norm !== norm) continue;
    const before: Token | undefined = tokens[j - 1];
    if (clitic || !before || before.sentence !== t.sentence || lex.placePrepositions.has(before.norm)) return true;
  }
  return false;
}
