// Token-level facts about clause structure that the event argument rules rely on: which
// punctuation ends a clause (quotation marks do not: "هدد تنظيم “داعش”"), relative pronouns
// (the verb after "الذي" has the noun before it as subject), prepositions that introduce a
// target or a place, and quantifiers that make a noun hypothetical ("أي هجوم").
import type { Token } from "../core/document.ts";
import { wordClass } from "./word-classes.ts";
import { functionWords } from "../lexicon/function-words.ts";

// quote marks and brackets, by a table (nearly every punctuation token is one character)
const IS_QUOTE_MARK = new Uint8Array(65536);
for (const c of "«»“”„\"'‘’()[]") IS_QUOTE_MARK[c.charCodeAt(0)] = 1;
/** Is every character of s (one at least) a quote mark or bracket? */
function quoteMarks(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (IS_QUOTE_MARK[s.charCodeAt(k)] !== 1) return false;
  return s.length > 0;
}

/** Punctuation that ends a clause: comma, full stop, colon, semicolon, dash …, not quote marks. */
export const isBreak = (t: Token | undefined): boolean => !!t && (t.kind === "punct" || t.kind === "symbol") && !quoteMarks(t.text);
/** Quote marks and brackets: transparent for argument search. */
export const isTransparent = (t: Token | undefined): boolean => !!t && (t.kind === "punct" || t.kind === "symbol") && quoteMarks(t.text);
/** The token before `at` in its clause, quotation marks skipped, or -1 (a clause break or the text's start). */
export function wordBefore(toks: readonly Token[], at: number): number {
  let p = at - 1;
  while (p >= 0 && isTransparent(toks[p])) p--;
  return p >= 0 && !isBreak(toks[p]) ? p : -1;
}
/** A token one of whose readings carries the article (ال), whatever the clitic before it. */
export const isDefinite = (t: Token): boolean => {
  for (const r of t.readings) if (r.article) return true;
  return false;
};
/** A token one of whose readings opens with و (joined to what stands before it). */
export const joinedByWa = (t: Token): boolean => {
  for (const r of t.readings) if (r.pre.startsWith("و")) return true;
  return false;
};

/** Does a normalized word start with the conjunction و or ف? */
const conj = (n: string): boolean => { const c = n.charCodeAt(0); return c === 0x648 || c === 0x641; };

// The sets below are asked of a word with its و/ف taken off when it has more than `longer`
// letters. Each is kept with the conjunction forms added, so the question is one Set read of the
// token's own norm and no string is sliced: withConj(S, longer).has(n) === S.has(n.length > longer
// && conj(n) ? n.slice(1) : n) — w when S.has(w) and w would not lose a letter, و+w and ف+w when
// S.has(w) and w has at least `longer` letters.
function withConj(words: Iterable<string>, longer: number): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (!(w.length > longer && conj(w))) out.add(w);
    if (w.length >= longer) { out.add("و" + w); out.add("ف" + w); }
  }
  return out;
}

// (no relative begins with و/ف: a word after و/ف loses it)
const RELATIVES = withConj(functionWords("relative"), 0);
/** "الذي"، "والتي" … */
export const isRelative = (t: Token | undefined): boolean => !!t && t.kind === "word" && RELATIVES.has(t.norm);

export const TARGET_PREPS = new Set(["ضد", "علي", "مع", "الي", "بين", "تجاه", "بحق", "لصالح", "نحو", "ازاء", "جانب", "بجانب"]);
/** Prepositions of place, and the nouns that act like them ("شمال حلب"، "مدينة حمص": data). */
export const PLACE_PREPS: ReadonlySet<string> = new Set(["في", "قرب", "داخل", "بالقرب", ...wordClass("place-noun")]);
export const AGENT_PREPS = new Set(["قبل", "يد", "ايدي"]); // من قبل X، على يد X

const HYPOTHETICAL = wordClass("hypothetical");
/** "أي هجوم"، "أي دعوة إلى «تعاون»": a noun under a free-choice quantifier (up to three words
 *  back in its clause) states no event. */
export function isHypothetical(toks: Token[], at: number): boolean {
  for (let i = at - 1, n = 0; i >= 0 && n < CONDITION_REACH; i--) {
    if (isTransparent(toks[i])) continue;
    if (isBreak(toks[i])) return false;
    if (n < 3 && HYPOTHETICAL.has(toks[i].norm)) return true;
    // "لو كان هناك تسليح للعشيرة لما سقطت هيت"، "إذا أرادت أي دولة أن تقضي على": an event in a
    // condition (or its answer, before the comma) is supposed, not told
    if (CONDITION.has(toks[i].norm)) return true;
    n++;
  }
  return false;
}
const CONDITION = wordClass("condition");
const CONDITION_REACH = 10; // words back, within the clause

/** Words that open a new clause inside a sentence: the subject of a verb is not found across them. */
const CLAUSE_OPENERS = new Set(["ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "حيث", "بينما", "لكن", "ولكن", "فيما"]);
export const opensClause = (t: Token | undefined): boolean => !!t && CLAUSE_OPENERS.has(t.norm);

const PREP_WORDS = new Set(["في", "من", "علي", "الي", "عن", "مع", "ضد", "ب", "ل", "بين", "حول", "قبل", "بعد", "خلال", "عبر"]);
const PREP_WORDS_C = withConj(PREP_WORDS, 2); // (a word of more than two letters loses its و/ف)
/** A preposition standing as its own word, or a token that reads with a ب/ل clitic. */
export const isPrepWord = (t: Token | undefined): boolean => !!t && PREP_WORDS_C.has(t.norm);

/** A token that may stand between a verb and its subject: adverbs of time, dates, numbers. */
const ADVERBS_C = withConj(wordClass("adverb"), 0); // (any word after و/ف loses it)
export const isAdverb = (t: Token | undefined): boolean => !!t && (t.kind === "number" || ADVERBS_C.has(t.norm));

/** The normalized word without a leading و/ف conjunction. */
export const bareWord = (t: Token): string => t.norm.length > 3 && conj(t.norm) ? t.norm.slice(1) : t.norm;
/** A set's words as bareWord() asks them: bareIn(t, bareSet(S)) === S.has(bareWord(t)), no string sliced. */
export const bareSet = (words: Iterable<string>): ReadonlySet<string> => withConj(words, 3);
export const bareIn = (t: Token, set: ReadonlySet<string>): boolean => set.has(t.norm);
/** bareWord(t) === w, without making the bare string (for scans over a whole document). */
export const isBareWord = (t: Token, w: string): boolean => {
  const n = t.norm;
  return n.length > 3 && conj(n) ? n.length === w.length + 1 && n.endsWith(w) : n === w;
};
