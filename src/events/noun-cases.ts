// What the shape of the words around a verb says of their role: an object opened by a
// preposition, adjectives of the noun's own shape, an object that follows, a counted group, an
// unnamed group in the accusative (never a subject). Word shape only; no event state.
import type { Token } from "../core/document.ts";
import { genericActorIndex } from "../lexicon/generic-actors.ts";
import { type Arg, type ArgIndex, isPartitiveWord } from "./arguments.ts";
import { isAdverb, isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";
import { PREP_ONLY_B } from "./event-classes.ts";
import { isCount } from "./quantities.ts";
import { mannerAccusative } from "./manner-accusative.ts";

/** "بجهود"، "إلى"، "على": the word after a verb (adverbs and quote marks skipped) opens its object
 *  with a preposition (a ب/ل clitic, إلى or على; not في, which may open an aside before the subject). */
export function objectPrepNext(ai: ArgIndex, i: number): boolean {
  const toks = ai.toks;
  while (i < toks.length && (isTransparent(toks[i]) || isAdverb(toks[i]))) i++;
  const t = toks[i];
  if (!t || t.kind !== "word") return false;
  if (OBJECT_PREPS.has(t.norm)) return true;
  // a name is behind a preposition only when its mention carries the clitic ("بمصر"; "بلان"، "لجنة
  // شؤون اللاعبين" are names whose first letter is no clitic)
  const name = ai.at[i];
  if (name) return name.clitic === "ب" || name.clitic === "ل";
  // ("بعض" is a word of its own, not ب + عض)
  return !isPartitiveWord(t) && t.readings.some((r) => /^[وف]?[بل]$/.test(r.pre));
}
const OBJECT_PREPS = new Set(["الي", "علي"]);

/** "غارة جوية أميركية"، "القصف المدفعي الإسرائيلي": only adjectives of the noun's own shape (ـي، ـية)
 *  stand between it and the nationality adjective; in "مقاطعة البضائع الإسرائيلية"، "انفجار ببلدة
 *  تركية" the adjective describes the noun after the event noun. */
export function adjectivesOnly(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (t.kind !== "word" || !/..(ي|ية)$/.test(t.text)) return false;
  }
  return true;
}

/** Does an object follow at `from` (a noun, not a preposition, clitic ب/ل/ك phrase, adverb, number
 *  or the clause's end)? "قتل X زوجته" has one; "اعتقل X في حزيران"، "قتل X، وهو قيادي" do not. */
export function objectFollows(ai: ArgIndex, from: number, end: number): boolean {
  let i = from;
  while (i < end && isTransparent(ai.toks[i])) i++;
  if (i >= end) return false;
  const t = ai.toks[i];
  if (t.kind !== "word" || isBreak(t) || isPrepWord(t) || isAdverb(t) || isRelative(t) || opensClause(t)) return false;
  if (PREP_ONLY_B.has(t.norm)) return false;
  for (const r of t.readings) if (r.pre && /[بلك]$/.test(r.pre)) return false;
  return !mannerAccusative(ai.toks, i); // ("قتل X حرقاً": how X died, no object: manner-accusative.ts)
}

/** "31 شخصا"، "عشرة أشخاص"، "سبعة من مقاتلي X": an actor that is a count or stands after one. */
export function countedGroup(toks: Token[], a: Arg): boolean {
  const count = (t: Token | undefined) => isCount(t) && t!.norm !== "الاثنين"; // (Monday, not "the two")
  if (count(toks[a.first]) || count(toks[a.first - 1])) return true;
  // "تسعة جنود أفغان"، "42 جنديا باكستانيا": a nationality adjective on a counted noun is that count
  if (a.type === "GPE" && a.first === a.last && a.first >= 2 && toks[a.first - 1].kind === "word" && count(toks[a.first - 2])) return true;
  // "عشرة من (مقاتلي) جبهة التحرير": من after the count, a head noun may stand between
  const p = toks[a.first - 1]?.norm === "من" ? a.first - 1 : toks[a.first - 2]?.norm === "من" && toks[a.first - 1].kind === "word" ? a.first - 2 : -1;
  return p > 0 && count(toks[p - 1]);
}

/** "مسلحين"، "المتظاهرين": a generic actor's sound masculine plural in its accusative/genitive form
 *  (the lexicon also lists its nominative "مسلحون"), which cannot be a verb's subject. */
function accusativePlural(t: Token): boolean {
  for (const r of t.readings) if (r.bare.length > 4 && r.bare.endsWith("ين") && genericActorIndex().hasFirst(r.bare.slice(0, -2) + "ون")) return true;
  return false;
}

/** An unnamed group in the accusative, so no subject: not after a count ("ثلاثة انتحاريين" is a
 *  subject) nor right after إن/أن/لكن, whose noun is the subject in the accusative ("أن مسلحين هاجموا"). */
export function accusativeGroup(toks: Token[], x: Arg | null): boolean {
  if (!x || x.start < 0 || !(x.id ? nisbaPlural(x) : accusativePlural(toks[x.first])) || countedGroup(toks, x)) return false;
  // ("إن «الانتحاريين فجرا"، "أن مسلحين مجهولين"، "بأن جنودا متمردين": quotes and the rest of the
  // group may stand between)
  for (let p = x.first - 1, n = 0; p >= 0 && n < 3; p--) {
    if (toks[p].kind !== "word") { if (isBreak(toks[p]) && toks[p].text !== "«" && toks[p].text !== "\"") break; continue; }
    if (INNA.has(toks[p].norm)) return false;
    n++;
  }
  return true;
}
const INNA = new Set(["ان", "بان", "لان", "وان", "فان", "لكن", "ولكن"]);
/** "فتيين فلسطينيين"، "الأطفال الفلسطينيين": a people named by a nationality adjective in ـيين is in
 *  the accusative or genitive (the nominative is ـيون, the dual ـيان), so never a verb's subject. */
const nisbaPlural = (x: Arg): boolean => x.type === "GPE" && x.first === x.last && /^(ال)?[^\s]{2,}يين$/.test(x.text.replace(/[\u064B-\u0652]/g, "").replace(/[أإآ]/g, "ا"));
