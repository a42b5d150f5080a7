// Who did what an event noun names, where its genitive alone does not say.
// "قصف مدفعي للقوات الحكومية"، "هجوم للحرس الوطني"، "هجوما عنيفا للجماعة": an indefinite event noun
// cannot take a genitive and stay indefinite, so Arabic names its owner with لـ (لام الملكية). For a
// noun of force whose genitive acts ("هجوم داعش") that owner is the doer, as the genitive would be.
// A definite masdar's لـ is its object instead ("القصف المتعمد للمستشفيات"), and so is the one after a
// noun for what is hit ("قصف مواقع للحوثيين": the sites' owner, read by objectAfter). A definite noun
// that is no transitive masdar (a raid, a campaign, operations: owned-force-noun) has no object to
// take with لـ, so its لـ still names the owner ("الغارات الجوية للتحالف"، "الحملة العسكرية للجيش").
// And a masdar with both a genitive and a لـ object ("حصار الجيش للمدينة") names its doer in the
// genitive, where a genitive alone would be whom it is done to.
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { actorAt, prepOf, sameActor, targetHead, type Arg, type ArgIndex } from "./arguments.ts";
import { bareWord, isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";
import { placeRank } from "./places.ts";
import { wordClass } from "./word-classes.ts";

/** Roles of unnamed actors that carry out force ("لمسلحين"، "للقوات"). */
const DOERS = new Set(["armed", "security", "military"]);

/** The noun is written without the article and without a possessive pronoun. */
function indefinite(t: Token): boolean {
  const possessiveTest = !t.text.endsWith("ة"); // ("مواجهة" folds to a ه a reading takes for a pronoun)
  for (const r of t.readings) if (r.article || (possessiveTest && r.post !== "")) return false;
  return true;
}

/** Could this actor carry out an attack: a named body, person or country, or armed men, forces, soldiers. */
const doer = (a: Arg): boolean =>
  a.id ? a.type === "ORG" || a.type === "PERSON" || (a.type === "GPE" && placeRank(a) === 0) : DOERS.has(a.role ?? "");

const FORCE_ADJECTIVES = wordClass("force-adjective");
/** "ضربة قاسية للحوثيين": a blow's لـ is whom it hits. */
const BLOW_NOUNS = wordClass("blow-noun");
/** "الغارات"، "بالحملة": a definite noun of force whose لـ names its owner (no pronoun on it). */
const OWNED_NOUNS = wordClass("owned-force-noun");
function ownedDefinite(t: Token): boolean {
  for (const r of t.readings) if (r.article && r.post === "" && OWNED_NOUNS.has(r.bare)) return true;
  return false;
}

/** A relational adjective ("جوي"، "جوية"، "انتقاميا") or a listed one ("داميا"، "جديد")، agreeing
 *  with the noun: without ال after an indefinite noun, with it after a definite one ("الجوية"); never
 *  after a preposition. */
function adjective(t: Token, definite: boolean): boolean {
  let w = t.norm;
  if (definite) { if (!w.startsWith("ال")) return false; w = w.slice(2); }
  else if (w.startsWith("ال") || w.startsWith("لل")) return false;
  return FORCE_ADJECTIVES.has(w) || (w.length >= 3 && /(ي|يه|يا)$/.test(w) && !/^[بل]/.test(w));
}

/** The doer named with لـ after the indefinite (or owned definite) event noun at token `noun` (its words end at
 *  `from`), within three words (adjectives, a time) in the clause ending at `end`; else null. */
export function lamAgent(ai: ArgIndex, noun: number, from: number, end: number, trig: Trigger): Arg | null {
  // a noun whose genitive suffers it ("اعتقال X"، "مقتل X") may own a victim with لـ too; only a
  // bombardment's or a bombing's ("قصف للقوات") is its doer
  if (trig.patientGenitive && !(trig.type === "ASSAULT" && (trig.mode === "aerial" || trig.mode === "explosives"))) return null;
  const definite = !indefinite(ai.toks[noun]);
  if ((definite && !ownedDefinite(ai.toks[noun])) || BLOW_NOUNS.has(bareWord(ai.toks[noun]))) return null;
  for (let i = from, seen = 0; i < end && seen < 3; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t)) return null;
    seen++;
    const a = actorAt(ai, i);
    // (after a definite noun only a named doer: "العمليات العسكرية للجماعة" leaves which group to
    // the antecedent rules, which the news showed picking a group of another story)
    if (a) return prepOf(ai, a) === "ل" && doer(a) && (!definite || (a.id && a.role !== "anaphor")) ? a : null;
    // only adjectives stand between: a relational one ("جوي"، "انتقامي") or a word of force-adjective;
    // a noun there is the event's genitive and the لـ its owner ("تفجير مسجد تابع للقوات")
    if (ai.at[i] || t.kind !== "word" || isPrepWord(t) || targetHead(t) || !adjective(t, definite)) return null;
  }
  return null;
}

/** "هجوم تركيا على المقاتلين"، "عدوان روسيا ضد الفصائل": a country in the genitive of a noun of
 *  force is where it struck ("هجوم باريس") unless على/ضد names whom it struck within three words
 *  after it: then the country is the doer and that actor the target. Returns the target, or null. */
export function struckAfterGenitive(ai: ArgIndex, gen: Arg, end: number): Arg | null {
  for (let i = gen.last + 1, n = 0; i < end && n < 3; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t) || ai.at[i]) return null;
    n++;
    if (t.norm !== "علي" && t.norm !== "ضد") continue;
    for (let j = i + 1; j < Math.min(end, i + 4); j++) {
      if (isBreak(ai.toks[j])) return null;
      const x = actorAt(ai, j);
      if (x) return x.id !== gen.id ? x : null;
    }
    return null;
  }
  return null;
}

/** "حصار الجيش للمدينة"، "اختطاف الحوثيين للصحفيين"، "قصف طيران X لحي Y": a masdar that has both a
 *  genitive and, right after it, an actor or place read with لـ is told with its doer in the
 *  genitive and its object after لـ (the لام that carries a masdar's object). Only a doer can stand
 *  there: a named body, person or state, or forces written with ال (an indefinite one's لـ is its
 *  owner: "اعتقال عناصر لتنظيم X"). Returns the object, or null. */
export function lamObjectAfterGenitive(ai: ArgIndex, gen: Arg, end: number): Arg | null {
  if (!doer(gen) || (!gen.id && !ai.toks[gen.first].readings.some((r) => r.article))) return null;
  for (let i = gen.last + 1; i < end; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    const a = actorAt(ai, i);
    return a && a.first === i && prepOf(ai, a) === "ل" && !sameActor(a, gen) ? a : null;
  }
  return null;
}
