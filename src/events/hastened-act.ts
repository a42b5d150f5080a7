// "سارعت الحكومة إلى إدانة الهجوم"، "بادر الجيش باعتقال المشتبه بهم": a verb of hastening or taking
// the first step (support-verbs.tsv masdar "prep") hands its subject to the event noun it governs
// through إلى/بـ/لـ. Unlike "شن هجوما" the verb also governs places and things ("سارع الأهالي إلى
// مكان الانفجار": the citizens did not set off the blast), so it governs a masdar only when the
// masdar is the very word after the verb's own preposition: nothing but the subject (and a time or
// an adverb) between the verb and that preposition ("تسارع الإدارة في الاتصال باللاعب للوقوف على":
// the ل of للوقوف is not the verb's, في is).
import type { Token } from "../core/document.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { SupportVerb } from "../lexicon/triggers.ts";
import type { ArgIndex } from "./arguments.ts";
import { isBreak, isPrepWord, isTransparent, opensClause } from "./clause.ts";

const ILA = new Set(["الي", "والي"]);
/** Words of an unnamed subject allowed between the verb and its preposition ("المسؤولون الأميركيون"). */
const SUBJECT_WORDS = 3;

/** Whether every reading of the support verb matched is a prep-governing one ("سارع"، "بادر"). */
export const prepOnly = (m: PhraseMatch<SupportVerb>): boolean => m.values.every((v) => v.prepOnly);

/** The masdar at `at` is governed by the verb at `verb` through the verb's own preposition: the
 *  word إلى/الى right before the masdar, or a ب/ل written on it ("بانتقاد"، "للتطوع"), with only
 *  the subject between the verb and that preposition. */
export function governedThroughPrep(ai: ArgIndex, verb: number, at: number): boolean {
  const toks = ai.toks;
  let p = at - 1;
  while (p > verb && isTransparent(toks[p])) p--;
  let prepAt: number;
  if (p > verb && ILA.has(toks[p].norm)) prepAt = p;
  else if (toks[at].readings.some((r) => /^[وف]?[بل]$/.test(r.pre))) prepAt = at;
  else return false;
  let words = 0;
  for (let i = verb + 1; i < prepAt; i++) {
    const a = ai.at[i];
    if (a) { i = a.last; continue; }
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || opensClause(t) || isPrepWord(t) || ++words > SUBJECT_WORDS) return false;
  }
  return true;
}
