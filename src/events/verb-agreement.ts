// "وأضاف أن … . وطالب الحكومة الإسرائيلية بوقف …"، "ودعت حزب X إلى …"، "يدعو الجمعية العامة إلى":
// Arabic drops the subject of a verb that goes on with the one before, and the name right after the
// verb is then its object. The subject finder (verb-roles.ts) took the first name after a verb for
// its subject (verb-subject order, the usual one), so the object became the source and the real
// doer was never looked for. A singular verb agrees in gender with a subject right after it: a
// masculine verb ("طالب"، "يدعو") does not stand before a feminine subject written with ـة ("الحكومة"،
// "الجمعية"), a feminine one ("دعت"، "تستهدف") not before a masculine body ("حزب"، "مجلس"، "المجتمع").
// When the name right after the verb disagrees so, it is the object, and the subject is the one the
// clause carries (coordinated, before the verb, after a quote, or from the sentence before:
// context-subjects.ts), as for a verb followed by a preposition.
// Not for persons (the knowledge base marks no gender, and men's names may end in ـة: أسامة), nor for a
// nationality adjective, nor a verb carrying an object pronoun ("اتهمتهم": its ending is the pronoun's).
// News (2,711 SaudiNewsNet records of 2015-07-27 and 2015-08-02): see the commit message.
import type { Token } from "../core/document.ts";
import { type Arg, type ArgIndex, isNisba } from "./arguments.ts";
import { bareWord, isTransparent } from "./clause.ts";
import { objectPronoun } from "./verb-words.ts";
import { wordClass } from "./word-classes.ts";

/** Heads of bodies' names that are masculine with no feminine mark (event-word-classes.tsv, masculine-head). */
const MASCULINE_HEAD = wordClass("masculine-head");

/** A singular third-person verb's gender as its form shows it: "f" for a perfect in ـت or an
 *  imperfect in تـ, "m" for another perfect or an imperfect in يـ; null for a dual or plural form and
 *  for a masculine perfect opening with ت. `imperfect`: the trigger row read the word as an imperfect
 *  (a perfect may open with ت too: "توعد"، "تبادل" are masculine). */
export function verbGender(v: Token, imperfect: boolean): "m" | "f" | null {
  const w = bareWord(v);
  // ("طالبا"، "يطالبان"، "طالبوا": a dual or plural; "دعا" is a singular whose root ends so)
  if (/(وا|ون|ان)$/.test(w) || (w.endsWith("ا") && w.length > 3)) return null;
  if (imperfect) return /^ت/.test(w) ? "f" : /^ي/.test(w) ? "m" : null;
  // ("تضامن"، "تعاون"، "توعد": a perfect of the forms تفعّل/تفاعل is spelled as its masdar, "تضامن مصر
  // مع": the name after it may be the noun's genitive, so its gender tells nothing)
  if (w.startsWith("ت")) return w.endsWith("ت") && w.length > 4 ? "f" : null;
  return w.endsWith("ت") ? "f" : "m";
}

/** "نورستان"، "لجبهة": a head as the class lists it (with ال, without a ل/ب clitic). */
const headForm = (t: Token): string => { const w = bareWord(t); return /^[لب]ال/.test(w) ? w.slice(1) : w; };

/** x, the name right after the verb token v (ending at verbEnd; `imperfect` as its trigger row reads
 *  it), cannot be v's subject by gender:
 *  a masculine verb before a name opening with a word in ـة, a feminine one before a masculine head. */
export function disagrees(ai: ArgIndex, verbEnd: number, v: Token, imperfect: boolean, x: Arg): boolean {
  if (x.type === "PERSON" || !x.id || isNisba(x) || objectPronoun(v)) return false;
  let k = verbEnd;
  while (k < x.first && isTransparent(ai.toks[k])) k++;
  if (k !== x.first) return false;
  const g = verbGender(v, imperfect);
  if (!g) return false;
  const first = ai.toks[x.first];
  if (g === "m") return first.text.endsWith("ة");
  return MASCULINE_HEAD.has(headForm(first));
}
