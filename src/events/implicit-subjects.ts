// Actors the verb does not name next to it: Arabic leaves them in a pronoun or far back in the
// clause, and coders still record who did it. Five shapes, each cheap (a short scan back):
// - "وكان مقاتلون من الحوثيين … قد استولوا": the subject sits between كان and قد;
// - "وهم يهاجمون"، "وهم الآن يخوضون": a personal pronoun takes up the nearest actor before it,
//   a bare one first, else one after a preposition ("لقطات لبعض عناصر التنظيم، وهم …");
// - "وهو ما ردت عليه كاردانيا"، "التصدي لها": a preposition carrying a singular pronoun after the verb
//   aims the event at the nearest named actor before it (not the doer, not a city or facility);
// - "إن قوات الأمن دخلت الجامعة … واشتبكت مع": a verb joined by و shares the subject of the
//   clause's first verb when both agree (past feminine ـت, or plural ـوا);
// - "وفتحت أنقرة قاعدة … . كما نفذت بدورها غارات": a sentence that opens on its verb (after و،
//   كما، ثم) and names no subject goes on with the subject of the sentence before, when the verb
//   agrees with it (a feminine verb takes a state or a body, not a man);
// - "…، داعيا الكونغرس إلى": an accusative participle closing a clause is done by the person of
//   that clause (the nearest one before it), else by the sentence's first named actor;
// - "بحث وزير الدفاع العراقي": a title with a nationality adjective, written elsewhere in the
//   document right before the name of its holder ("وزير الدفاع العراقي خالد العبيدي"), stands for
//   that person rather than for the country.
import type { Token } from "../core/document.ts";
import { appositiveHolder } from "./title-apposition.ts";
import { stateTitleHolder } from "./state-title-holder.ts";
import { actorAt, isNisba, isPlace, nisbaHead, personAfterTitle, prepOf, targetHead, titleBefore, type Arg, type ArgIndex } from "./arguments.ts";
import { bareWord, isAdverb, isBareWord, isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";
import { placeRank, subtypeOf } from "./places.ts";
import { wordClass } from "./word-classes.ts";
import { functionWords } from "../lexicon/function-words.ts";

/** "هاجموا"، "يهاجمون": a verb agreeing with a plural subject is written so only when the subject
 *  came before it or is left out; a name after it is its object, never its subject. */
export const isPluralVerb = (t: Token): boolean => /^[^\s]+وا$|^[وف]?س?[يت][^\s]+ون$/.test(t.norm);

const KANA = functionWords("kana");

/** "وكان X … قد فعل": the first bare actor after كان when the verb follows قد; else null. */
export function kanaSubject(ai: ArgIndex, verb: number, start: number): Arg | null {
  let q = verb - 1;
  while (q > start && isTransparent(ai.toks[q])) q--;
  // "وكانت جبهة التحرير خطفت": without قد, a bare name right between كان and the verb
  if (q > start && ai.toks[q].norm !== "قد") {
    const a = actorAt(ai, q);
    const k = a ? a.first - 1 : -1;
    return a && a.id && a.last === q && k >= start && KANA.has(ai.toks[k].norm) && !prepOf(ai, a) && (!isPlace(a) || a.type === "GPE") ? a : null;
  }
  if (q <= start || ai.toks[q].norm !== "قد") return null;
  for (let i = q - 1; i >= Math.max(start, q - 20); i--) {
    const t = ai.toks[i];
    if ((isBreak(t) && t.text !== "،") || isRelative(t)) return null;
    if (!KANA.has(t.norm)) continue;
    for (let j = i + 1; j < q; j++) {
      const a = actorAt(ai, j);
      if (!a) continue;
      if (prepOf(ai, a) || (isPlace(a) && a.type !== "GPE")) { j = a.last; continue; }
      return personAfterTitle(ai, a, q);
    }
    return null;
  }
  return null;
}

/** "وكانت وحدة نزع الألغام قد اتهمت الميليشيات": the verb stands in a كان … قد frame, so its
 *  subject stood between them (named or not) and what follows the verb is its object. */
export function inKanaFrame(ai: ArgIndex, verb: number, start: number): boolean {
  let q = verb - 1;
  while (q > start && isTransparent(ai.toks[q])) q--;
  if (q <= start || ai.toks[q].norm !== "قد") return false;
  for (let i = q - 1; i >= Math.max(start, q - 20); i--) {
    const t = ai.toks[i];
    if ((isBreak(t) && t.text !== "،") || isRelative(t)) return false;
    if (KANA.has(t.norm)) return i < q - 1;
  }
  return false;
}

const PLURAL_PRONOUN = new Set(["هم", "وهم"]);

/** The index of a personal pronoun before the verb (adverbs may stand between: "وهم الآن"), or -1. */
export function pronounBefore(toks: Token[], verb: number, pronouns: Set<string>): number {
  let p = verb - 1;
  while (p >= 0 && p >= verb - 3 && (isAdverb(toks[p]) || isTransparent(toks[p]))) p--;
  return p >= 0 && pronouns.has(toks[p].norm) ? p : -1;
}

/** "وهم يهاجمون": what a plural pronoun takes up when no bare actor stands before it in reach —
 *  the nearest actor after a preposition that is not a place. */
export function pronounAntecedent(ai: ArgIndex, pron: number, start: number): Arg | null {
  if (!PLURAL_PRONOUN.has(ai.toks[pron].norm)) return null;
  for (let i = pron - 1; i >= Math.max(start, pron - 14); i--) {
    const t = ai.toks[i];
    if ((isBreak(t) && t.text !== "،") || isRelative(t)) return null;
    const a = actorAt(ai, i);
    if (!a) continue;
    i = a.first;
    if (isPlace(a)) continue;
    return a;
  }
  return null;
}

/** "وزير الدفاع العراقي" standing for the person the document names right after the same title. */
export function titleHolder(ai: ArgIndex, a: Arg | null): Arg | null {
  if (!a || !isNisba(a)) return a;
  // every event of a document asks again for the same few arguments ("السعودية" as source): the
  // answer (a scan of the whole document) is kept per argument for the last document's index
  if (heldFor !== ai) { heldFor = ai; held.clear(); }
  let p = held.get(a);
  if (p === undefined) held.set(a, (p = holderOf(ai, a)));
  return p;
}
let heldFor: ArgIndex | null = null;
const held = new Map<Arg, Arg>();

function holderOf(ai: ArgIndex, a: Arg): Arg {
  const h = nisbaHead(ai, a);
  if (h < 0) return a;
  const toks = ai.toks;
  const before = h > 0 ? toks[h - 1] : undefined; // (no read before the start: it deoptimizes)
  const phrase = [bareWord(toks[h]), bareWord(toks[a.first])];
  // "وزير الدفاع": a plain word before the head belongs to the title ("نائب الرئيس"), but not before a
  // head that is a title itself ("وأدان الرئيس الأفغاني": a verb)
  if (before && before.kind === "word" && !ai.at[h - 1] && !isPrepWord(before) && (titleBefore(before) || !titleBefore(toks[h]))) phrase.unshift(bareWord(before));
  const n = phrase.length;
  const lastWord = phrase[n - 1];
  // only a token before a named person can end the title (the cheap test first: one array read)
  const at = ai.at;
  for (let i = n - 1; i + 1 < toks.length; i++) {
    const p = at[i + 1];
    if (p === undefined || p.type !== "PERSON" || !p.id || p.clitic || i === a.first || !isBareWord(toks[i], lastWord)) continue;
    let k = 1;
    while (k < n && toks[i - k] && isBareWord(toks[i - k], phrase[n - 1 - k])) k++;
    if (k < n) continue;
    return p;
  }
  // ("اللواء فلان وزير الداخلية النورستاني"، "رئيس الأركان النورستاني الجنرال فلان": title-apposition.ts)
  // ("الرئيس النورستاني، فلان"، "الوزير النورستاني" after "وزير الدفاع النورستاني فلان": state-title-holder.ts)
  return appositiveHolder(ai, phrase, a.first) ?? stateTitleHolder(ai, a, h) ?? a;
}

const TARGET_PRONOUN = /^[وف]?(علي|ل|ضد)(ه|ها)$/;
const AFTER_VERB = /^[وف]?(ل|ضد)(ه|ها)$/; // "استولت عليها": after a trigger verb على takes what is taken
const PRONOUN_REACH = 40; // tokens back: the sentence before, at most

/** "ردت عليه"، "التصدي لها": when the token at `at` is ل/ضد + ه/ها (علي too after a support
 *  verb), the nearest actor with an id before `from` (within reach) that is not `doer`, a place
 *  below a country, a person for ها, or a stray nationality adjective; else null. */
export function pronounTarget(ai: ArgIndex, from: number, at: number, doer: Arg | null, afterSupportVerb: boolean): Arg | null {
  const t = ai.toks[at];
  if (!t || t.kind !== "word" || !(afterSupportVerb ? TARGET_PRONOUN : AFTER_VERB).test(t.norm)) return null;
  const feminine = t.norm.endsWith("ها");
  for (let i = from - 1; i >= Math.max(0, from - PRONOUN_REACH); i--) {
    const a = actorAt(ai, i);
    if (!a) continue;
    i = a.first;
    if (!a.id || (doer && (a.id === doer.id)) || (isPlace(a) && (a.type !== "GPE" || placeRank(a) > 0)) || (feminine && a.type === "PERSON")) continue;
    if (isNisba(a) && nisbaHead(ai, a) < 0) continue;
    return a;
  }
  return null;
}

const SHARED_REACH = 30;

/** "قوات الأمن دخلت الجامعة … واشتبكت": for a verb with و whose ending agrees (ـت or ـوا), the
 *  nearest actor before it in the sentence that opens its clause (sentence start, إن/أن, a comma)
 *  and is followed right away by a verb of the same ending; else null. */
export function sharedSubject(ai: ArgIndex, verb: number, start: number): Arg | null {
  const v = ai.toks[verb].norm;
  if (!/^[وف]/.test(v)) return null;
  const ending = /وا$/.test(v) ? "وا" : /ت$/.test(v) ? "ت" : null;
  if (!ending) return null;
  for (let i = verb - 2; i >= Math.max(start, verb - SHARED_REACH); i--) {
    const a = actorAt(ai, i);
    if (!a) continue;
    i = a.first;
    if (prepOf(ai, a) || isPlace(a)) continue;
    const next = ai.toks[a.last + 1], before = ai.toks[a.first - 1];
    // "ودخلت جبهة التحرير المستشفى … واعتقلت": the subject right after a clause-opening verb of the
    // same ending (verb-subject order)
    if (before && before.kind === "word" && !actorAt(ai, a.first - 1) && before.norm.endsWith(ending) && (a.first - 1 === start || /^[وف]/.test(before.norm)) && !/^[وف]?(ان|بان|لان|قد|لقد)$/.test(before.norm) && !openerBetween(ai, a.last + 1, verb)) return a;
    if (!next || next.kind !== "word" || actorAt(ai, a.last + 1) || !next.norm.endsWith(ending) || /^[وف]/.test(next.norm)) continue;
    if (a.first === start || !before || (isBreak(before) && before.text === "،") || OPENERS.has(bareWord(before))) return a;
  }
  return null;
}
const OPENERS = new Set(["ان", "بان", "لان"]);
/** "ونقلت سانا عن مصدر أن وحدة … وأصابت": a clause opened between a subject and the verb. */
function openerBetween(ai: ArgIndex, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (OPENERS.has(bareWord(ai.toks[i])) || opensClause(ai.toks[i])) return true;
  return false;
}

const CARRY = wordClass("carry-opener");
const RELAYS = new Set(["media", "news_agency"]);
const HONORIFIC = wordClass("honorific-pronoun");
const CARRY_REACH = 12; // words into the sentence before where its subject may stand

/** "كما نفذت بدورها غارات": for a verb that opens its sentence (only و/ف, a carry-opener or an
 *  adverb before it) and is not plural, the subject of the sentence [pa, pb) before it — the first
 *  bare actor there that is not a place other than a state or city ("أنقرة" acts for its state), within reach of its start — when the
 *  verb's gender agrees and a preposition or an event noun follows the verb (no subject of its own) (a feminine verb, ـت or تـ, takes a state or an organization; a masculine
 *  one anything but a woman's name, which the KB does not mark: any); else null. */
export function carriedSubject(ai: ArgIndex, verb: number, start: number, pa: number, pb: number, isTrigger: (i: number) => boolean, objectNext = false): Arg | null {
  const toks = ai.toks;
  for (let i = start; i < verb; i++) {
    const t = toks[i];
    if (isTransparent(t) || isAdverb(t) || CARRY.has(bareWord(t)) || t.norm === "و" || t.norm === "ف") continue;
    return null;
  }
  const v = toks[verb];
  if (v.kind !== "word" || isPluralVerb(v)) return null;
  // (objectNext: the name after the verb disagrees with it in gender, so it is its object: verb-agreement.ts)
  // the verb names no subject of its own only when what follows it is a preposition ("ودعا إلى"،
  // "هدد بتدمير"), an event noun ("نفذت بدورها غارات") or what is hit ("وهاجمت مواقع"); "وطلبت المؤسسة"، "ودعا مدير الإدارة"،
  // "وأشاد سموه" name one the KB does not know
  let next = verb + 1;
  while (next < toks.length && (isTransparent(toks[next]) || isAdverb(toks[next]))) next++;
  const t = toks[next];
  // "وعبر سموه"، "وأشاد معاليه": an honorific stands for the person named before
  const honorific = !!t && t.kind === "word" && HONORIFIC.has(t.norm);
  if (!objectNext && (!t || ai.at[next] || !(honorific || isPrepWord(t) || t.readings.some((r) => /^[وف]?[بل]$/.test(r.pre)) || isTrigger(next) || targetHead(t)))) return null;
  const stem = bareWord(v);
  const feminine = /ت$/.test(stem) || /^ت/.test(stem);
  for (let i = pa, n = 0; i < pb && n < CARRY_REACH; i++, n++) {
    const t = toks[i];
    if (isBreak(t) && t.text !== "،") return null;
    if (isRelative(t)) return null;
    const a = actorAt(ai, i);
    if (!a) continue;
    i = a.last;
    // (an outlet that relays the sentence before is not who acts in this one)
    if (!a.id || prepOf(ai, a) || (isPlace(a) && a.type !== "GPE") || RELAYS.has(subtypeOf(a.id) ?? "")) continue;
    if (honorific && a.type !== "PERSON") continue;
    if (feminine && a.type === "PERSON") return null;
    return a;
  }
  return null;
}

/** "…، داعيا الكونغرس إلى": the actor of an accusative participle that closes a clause — the nearest
 *  person before it in the sentence not after a preposition, else the first bare actor of the
 *  sentence that is not a place; null when none. */
export function circumstantialSubject(ai: ArgIndex, at: number, start: number): Arg | null {
  let first: Arg | null = null;
  for (let i = at - 1; i >= start; i--) {
    const a = actorAt(ai, i);
    if (!a) continue;
    i = a.first;
    if (!a.id || prepOf(ai, a)) continue;
    if (a.type === "PERSON") return a;
    if (!isPlace(a) || a.type === "GPE") first = isNisba(a) ? personAfterTitle(ai, a, at) : a;
  }
  return first;
}
