// Small token-level helpers of the quote finder: the complementizers إن/أن that open reported
// speech, and where a reported clause ends.
import type { Token } from "../core/document.ts";
import { tokenForms } from "../lexicon/phrase-index.ts";

// "إلا أن" (but), "بعد أن" (after), "يمكن أن" (can) … are conjunctions, not reported speech
const NOT_REPORTING = new Set(["الا", "بعد", "قبل", "رغم", "برغم", "منذ", "حتي", "يمكن", "ويمكن", "لابد", "بد", "كما", "غير", "الي", "ما", "دون", "بدون", "يجب", "ينبغي", "او", "لو", "علي", "من", "عسي", "يريد", "تريد", "اراد", "لمجرد", "مجرد", "بمجرد", "وبعد", "يحاول", "تحاول", "بإمكان", "بامكان", "يستطيع", "تستطيع"]);

/** إن، أن، أنه، بأن، وأن … (the clause that holds reported speech starts after it). */
export function isAn(t: Token, prev?: Token, next?: Token): boolean {
  if (t.kind !== "word" || !readsAn(t)) return false; // the token's own test first: most tokens are not أن
  if (prev && NOT_REPORTING.has(prev.norm)) return false;
  if (next && (next.norm === "كان" || next.norm === "كانت") && t.norm !== "انه") return false; // "وإن كان": even if
  return true;
}

function readsAn(t: Token): boolean {
  // a reading's norm is a stretch of the word's (text/clitics.ts: restored letters are only ال
  // after ل and a final ة, neither in "ان"), so one read of the word's string rules out most words
  if (!t.norm.includes("ان")) return false;
  const rs = t.readings;
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k];
    if (r.norm === "ان" && (r.pre === "" || r.pre === "ب" || r.pre === "و" || r.pre === "وب" || r.pre === "ف")) return true;
  }
  return false;
}

export const isColon = (t: Token) => t.kind === "punct" && (t.text === ":" || t.text === ":-");

/** The end (exclusive) of a reported clause that starts at `from`: the window end, without trailing punctuation. */
export function contentEnd(toks: Token[], from: number, to: number): number {
  let e = to;
  while (e > from + 1 && toks[e - 1].kind === "punct") e--;
  return e;
}

/** True when a token reads as one of the given normalized words (with any proclitic). */
export const readsAs = (t: Token, words: Set<string>) => tokenForms(t, "noun").some((f) => words.has(f));
