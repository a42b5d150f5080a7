// Small token-level helpers of the quote finder: the complementizers إن/أن that open reported
// speech, and where a reported clause ends.
import type { Token } from "../core/document.ts";
import { tokenForms } from "../lexicon/phrase-index.ts";
import type { Cue } from "../lexicon/cues.ts";

// "إلا أن" (but), "بعد أن" (after), "يمكن أن" (can) … are conjunctions, not reported speech
const NOT_REPORTING = new Set(["الا", "بعد", "قبل", "رغم", "برغم", "منذ", "حتي", "يمكن", "ويمكن", "لابد", "بد", "كما", "غير", "الي", "ما", "دون", "بدون", "يجب", "ينبغي", "او", "لو", "علي", "من", "عسي", "يريد", "تريد", "اراد", "لمجرد", "مجرد", "بمجرد", "وبعد", "يحاول", "تحاول", "بإمكان", "بامكان", "يستطيع", "تستطيع",
  "حيث", "وحيث", "مع", "لا"]); // ("حيث إن": since; "مع أنه": although; "لا أن": not that)

/** إن، أن، أنه، بأن، وأن … (the clause that holds reported speech starts after it). */
export function isAn(t: Token, prev?: Token, next?: Token): boolean {
  if (t.kind !== "word" || !readsAn(t)) return false; // the token's own test first: most tokens are not أن
  if (prev && NOT_REPORTING.has(prev.norm)) return false;
  // "وإن كان": even if; with a pronoun on it the word is the complementizer ("إنها كانت تجري"، "أنهم كان لهم")
  if (next && (next.norm === "كان" || next.norm === "كانت") && /^[وف]?ان$/.test(t.norm)) return false;
  return true;
}

function readsAn(t: Token): boolean {
  // a reading's proclitic is the literal start of the word's norm and its stem follows it
  // (text/clitics.ts: restored letters are only ال after ل and a final ة, neither here), so with
  // the proclitics below "ان" stands at offset 0, 1 or 2 of the norm: two or three char reads
  // rule out most words before their readings (no substring search)
  const n = t.norm;
  if (!anAt(n, 0) && !anAt(n, 1) && !anAt(n, 2)) return false;
  const rs = t.readings;
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k];
    if (r.norm === "ان" && (r.pre === "" || r.pre === "ب" || r.pre === "و" || r.pre === "وب" || r.pre === "ف")) return true;
  }
  return false;
}

/** "ان" at offset k of the string. */
const anAt = (n: string, k: number) => n.charCodeAt(k) === 0x0627 && n.charCodeAt(k + 1) === 0x0646;

export const isColon = (t: Token) => t.kind === "punct" && (t.text === ":" || t.text === ":-");

/** The end (exclusive) of a reported clause that starts at `from`: the window end, without trailing punctuation. */
export function contentEnd(toks: Token[], from: number, to: number): number {
  let e = to;
  while (e > from + 1 && toks[e - 1].kind === "punct") e--;
  return e;
}

/** True when a token reads as one of the given normalized words (with any proclitic). */
export const readsAs = (t: Token, words: Set<string>) => tokenForms(t, "noun").some((f) => words.has(f));

/** A cue word that opens with the conjunction و or ف ("وقال"، "فأكد"، "ووصف"، "ويصف"), not with its own
 *  first letter ("وصفه" in "بسبب ما وصفه"، "وعد"، "فسر"): the conjunction is a letter before the verb's
 *  own, or before the imperfect's prefix. */
export function conjoinedCue(t: Token, values: readonly Cue[]): boolean {
  const n = t.norm, c = n[0];
  if (c !== "و" && c !== "ف") return false;
  return values.some((v) => v.initial !== c || n[1] === v.initial || IMPERFECT.has(n[1]));
}
const IMPERFECT = new Set(["ي", "ت", "ن"]);
