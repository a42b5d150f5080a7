// "ودانت الأمانة العامة لجامعة الدول العربية الهجوم"، "واستنكر معالي الأمين العام لمجلس التعاون
// الدكتور فلان التصريحات"، "ودان الأمين العام للحلف الهجمات": a verb's subject written as an office
// (a title or an organ head, its adjectives) of a body after لـ. The name after such an office is its
// holder and acts; with no holder named before the object, the office speaks for its body. subjectAfter
// (arguments.ts) stepped over the body (a name after ل is no subject) and found none: SaudiNewsNet
// 2015-07-24/08-03 (2,843 records), statement verbs by "الأمانة العامة لمنظمة X" and "الأمين العام
// لمجلس X" were dropped for want of an actor. Honorifics before the title (معالي، فخامة) are part of it.
import type { Token } from "../core/document.ts";
import type { Arg, ArgIndex } from "./arguments.ts";
import { PLACE_PREPS, isTransparent } from "./clause.ts";
import { titleWordKind } from "./title-preposition.ts";
import { wordClass } from "./word-classes.ts";

/** The heads of an office whose لـ names the body it serves ("الأمين"، "الأمانة"، "المتحدث"): not every
 *  title (an envoy's or an ambassador's لـ names where he is sent: "المبعوث الأممي لليمن"). */
const OFFICE_HEADS = wordClass("office-head");
/** Honorifics before an office ("معالي"، "فخامة"). */
const HONORIFICS = wordClass("office-honorific");
/** The adjectives of an office ("العام"، "التنفيذي"). */
const OFFICE_ADJECTIVES = wordClass("office-adjective");

/** The longest office this reads before its body: "معالي الأمين العام المساعد". */
const OFFICE_REACH = 4;

/** The word without a و/ف conjunction, unless the whole word is one of ours ("فخامة" is no ف + خامة). */
const bare = (t: Token): string => {
  const w = t.norm;
  return /^[وف]../.test(w) && !OFFICE_HEADS.has(w) && !OFFICE_ADJECTIVES.has(w) && !HONORIFICS.has(w) && titleWordKind(w) !== "title" ? w.slice(1) : w;
};

/** Is token t a word of an office: a title word (honorifics included), an organ head or an office adjective? */
function officeWord(t: Token): "head" | "adjective" | null {
  if (t.kind !== "word") return null;
  const w = bare(t);
  if (OFFICE_HEADS.has(w)) return "head";
  if (OFFICE_ADJECTIVES.has(w) || HONORIFICS.has(w)) return "adjective";
  return null;
}

/** Do the words from `from` (right after the verb) to the body `a` (named after لـ: `prep` is its
 *  preposition) make an office of that body: one to four office words, a head among them and nothing else? */
export function officeOf(toks: readonly Token[], from: number, a: Arg, prep: string | null): boolean {
  if (prep !== "ل" || !a.id || a.type === "PERSON") return false;
  let head = false, n = 0;
  for (let i = from; i < a.first; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    const k = officeWord(t);
    if (!k || ++n > OFFICE_REACH) return false;
    if (k === "head") head = true;
  }
  return head;
}

/** Does t open an office ("معالي"، "الأمانة")? The subject is then sought as far as after a title. */
export const opensOffice = (t: Token): boolean => officeWord(t) !== null && (HONORIFICS.has(bare(t)) || OFFICE_HEADS.has(bare(t)));

/** Is `a`, named after the office's body, the office's holder: a person after nothing but title
 *  words, the abbreviation "د." and a place the body is in ("لمديرية الدفاع المدني بمنطقة حائل المقدم
 *  فلان")? A person after other words is someone else ("للمنظمة تصريحات الرئيس فلان": the object's author). */
export function holderAfter(ai: ArgIndex, body: Arg, a: Arg, bodyPlace: (a: Arg) => boolean): boolean {
  if (a.type !== "PERSON") return false;
  const toks = ai.toks;
  for (let i = body.last + 1, n = 0; i < a.first; i++) {
    const t = toks[i];
    if (isTransparent(t) || abbreviationDot(toks, i)) continue;
    const at = ai.at[i];
    if (at && bodyPlace(at)) { i = at.last; continue; }
    if (t.kind !== "word" || !(titleWordKind(bare(t)) === "title" || HONORIFICS.has(bare(t)) || PLACE_PREPS.has(t.norm)) || ++n > 3) return false;
  }
  return true;
}

/** "د. فلان": the point of a title's abbreviation (a one-letter honorific of office-honorific) ends no clause. */
export const abbreviationDot = (toks: readonly Token[], i: number): boolean =>
  toks[i].text === "." && i > 0 && toks[i - 1].kind === "word" && toks[i - 1].norm.length === 1 && HONORIFICS.has(toks[i - 1].norm);
