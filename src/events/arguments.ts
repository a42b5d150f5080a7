// Who did it and to whom: the actor arguments of an event trigger, from Arabic word order and
// prepositions. A verb's subject follows it (VSO: "أدانت مصر التفجير") or precedes it (SVO:
// "التحالف نفذ غارات"); its object follows the subject, bare or after ضد/على/مع/إلى/لـ. A masdar's
// genitive acts ("هجوم داعش") or suffers ("مقتل القائد") as its lexicon row says; otherwise its
// actor is "من قبل X", "بين X وY", or the subject of the support verb that governs it ("شن التحالف
// غارات"، "أعربت الكويت عن إدانتها"). Entity mentions come first; generic actors (المتظاهرون،
// مسلحون) fill a slot no entity fills, with a null id and their words kept.
import type { EntityType } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import { genericActorIndex, type GenericActor } from "../lexicon/generic-actors.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { supportVerbIndex } from "../lexicon/triggers.ts";
import path from "node:path";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { normalize } from "../text/normalize.ts";
import { isActorType, type ActorIndex } from "../actors/mentions.ts";
import type { Antecedent } from "./anaphora.ts";
import { isCount } from "./quantities.ts";
import { countOfThings } from "./non-actors.ts";
import { WITNESS_STEMS } from "./occurrence.ts";
import { wordClass } from "./word-classes.ts";
import { closesTimePhrase, inTimePhrase, timeAsideEnd } from "./time-asides.ts";
import { backingAside } from "./backing-aside.ts";
import { governedThroughPrep, prepOnly } from "./hastened-act.ts";
import { affiliationAt } from "./affiliated-forces.ts";
import { eventNounActor } from "./event-noun-subject.ts";
import { armyAfterForce } from "./army-of-force.ts";
import { TITLE_REACH, titleWordKind } from "./title-preposition.ts";
import { abbreviationDot, holderAfter, officeOf, opensOffice } from "./office-subject.ts";
import { AGENT_PREPS, PLACE_PREPS, TARGET_PREPS, bareIn, bareSet, bareWord, isAdverb, isBreak, isPrepWord, isRelative, isTransparent, opensClause } from "./clause.ts";

export interface Arg {
  id: string | null;            // entity id, null for a generic actor
  type: EntityType | null;
  start: number; end: number;   // character offsets of the actor's words
  text: string;
  first: number; last: number;  // token indexes, inclusive
  clitic: string;               // a preposition clitic on the first token: "ب", "ل" or ""
  role: string | null;          // a generic actor's sector (protesters, armed, security …), "anaphor" for
                                //   a head noun standing for a name (التنظيم), else null
}

/** Every Arg is made here, its fields in one order: Args spread from others ({ ...x, id }) took
 *  other maps, and one first seen late deoptimized build and eventsOf (bench/PERF.md, session 6). */
export function makeArg(
  id: string | null, type: EntityType | null, start: number, end: number, text: string,
  first: number, last: number, clitic: string, role: string | null,
): Arg {
  return { id, type, start, end, text, first, last, clitic, role };
}

/** a with another id and type (its words, clitic and role kept). */
export function argAs(a: Arg, id: string | null, type: EntityType | null): Arg {
  return makeArg(id, type, a.start, a.end, a.text, a.first, a.last, a.clitic, a.role);
}

export interface ArgIndex {
  doc: Document;
  toks: Token[];
  ix: ActorIndex;
  at: (Arg | undefined)[];      // the actor (entity first, else generic) covering each token
}

/** Nouns that stand before a state's name for the state itself: "حكومة وشعب مصر"، "قيادة المملكة". */
const STATE_HEADS = wordClass("state-head");

/** Words between a generic head and the name it heads: "عناصر تنظيم داعش"، "مسلحي جماعة بوكو حرام". */
const ORG_WORDS = wordClass("org-word");
/** "طائرات حربية أمريكية": adjectives of arms a generic force noun passes to the name after them. */
export const ARM_ADJECTIVES = wordClass("arm-adjective");

/** Nouns whose genitive person is not the one meant: "نائب الرئيس"، "مستشار الملك". */
const OF_WHOM_B = bareSet(wordClass("of-whom"));

const VS_WINDOW = 4, TITLE_WINDOW = 8, TARGET_WINDOW = 8, BACK_WINDOW = 8;

export function argIndex(doc: Document, ix: ActorIndex, generic: PhraseMatch<GenericActor>[] = genericActorIndex().matchAll(doc.tokens), anaphors: Antecedent[] = []): ArgIndex {
  const toks = doc.tokens;
  const at: (Arg | undefined)[] = new Array(toks.length);
  const text = doc.text;
  for (const mm of ix.mentions) {
    const t = toks[mm.first];
    // the letter before the mention inside its token ("لسبوتنيك"): a ب or ل clitic
    const before = mm.start > t.start ? text.charCodeAt(mm.start - 1) : 0;
    let clitic = before === BA ? "ب" : before === LAM ? "ل" : "";
    // "للاتحاد الأوروبي": a mention that took its token's clitic in still stands after that preposition
    if (mm.start <= t.start) {
      const r = articleAfterPrep(t);
      if (r) clitic = lastIs(r.pre, BA) ? "ب" : "ل";
    }
    const arg = makeArg(mm.id, mm.type, mm.start, mm.end, mm.text, mm.first, mm.last, clitic, null);
    for (let i = mm.first; i <= mm.last; i++) at[i] ??= arg;
  }
  // "التنظيم"، "مع المملكة": a head noun standing for an actor named in full elsewhere
  for (const r of anaphors) {
    if (at[r.first]) continue;
    const t = toks[r.first];
    const rd = articleAfterPrep(t) ?? t.readings.find((x) => x.article) ?? t.readings[0];
    const start = rd ? t.start + rd.from : t.start, end = toks[r.last].end;
    const arg = makeArg(r.id, r.type, start, end, doc.text.slice(start, end), r.first, r.last, cliticOf(rd), "anaphor");
    for (let i = r.first; i <= r.last; i++) at[i] = arg;
  }
  const gi = genericActorIndex();
  for (const g of generic) {
    if (covered(at, g.start, g.end)) continue;
    // "قوات التحالف"، "مسلحي تنظيم داعش": a generic head before a name is the name's
    let n = g.end;
    for (;;) {
      while (n < toks.length && isTransparent(toks[n])) n++;
      if (n < toks.length && ORG_WORDS.has(toks[n].norm)) { n++; continue; } // "عناصر تنظيم داعش"
      if (n < toks.length && ARM_ADJECTIVES.has(toks[n].norm)) { n++; continue; } // "طائرات حربية أمريكية"
      const more = n < toks.length && /^و/.test(toks[n].norm) ? gi.matchAt(toks, n) : null; // "حكومة وشعب السعودية"
      if (!more) break;
      n = more.end;
    }
    // (a sound plural that keeps its ن — "مسؤولون"، "آخرين" — heads no genitive: "دعا مسؤولون الإمارات"
    // has two actors; after a definite one the name is an adjective or apposition: "المقاتلين الحوثيين")
    if (n < at.length && at[n]?.id && !(n === g.end && /..[وي]ن$/.test(toks[g.end - 1].norm) && !toks[g.end - 1].readings.some((r) => r.article))) continue; // (no read past the end: it deoptimizes)
    const t = toks[g.start];
    const r = genericReading(gi, t, true) ?? genericReading(gi, t, false) ?? t.readings[0];
    const start = r ? t.start + r.from : t.start;
    // "طائرات تابعة للجيش"، "القوات الموالية للحكومة": the force and the body after لـ are one actor (affiliated-forces.ts)
    const aff = affiliationAt(toks, at, n, g.values[0]?.role ?? null);
    if (aff) {
      // a loyal camp stays generic over the whole phrase; a unit that belongs to X is X
      const end = toks[aff.last].end, o = aff.owner;
      const x = aff.loyal
        ? makeArg(null, null, start, end, doc.text.slice(start, end), g.start, aff.last, cliticOf(r), g.values[0]?.role ?? null)
        : makeArg(o.id, o.type, o.start, o.end, o.text, g.start, aff.last, cliticOf(r), null);
      for (let i = g.start; i <= aff.last; i++) at[i] = x;
      continue;
    }
    // "مئات المتظاهرين"، "عشرات من المواطنين": a count and the crowd it counts are one actor
    let last = g.end - 1, role = g.values[0]?.role ?? null;
    last = armyAfterForce(toks, at, g.start, last); // "قوات الجيش": one actor, the army (army-of-force.ts)
    if (isCount(t)) {
      let k = g.end;
      while (k < toks.length && (isTransparent(toks[k]) || toks[k].norm === "من")) k++;
      const counted = k < toks.length && !at[k] ? gi.matchAt(toks, k) : null;
      if (counted) { last = counted.end - 1; role = counted.values[0]?.role ?? role; }
      else if (k === g.end && g.end - g.start === 1 && countOfThings(toks, at, k)) continue; // "عشرات الصواريخ" (non-actors.ts)
    }
    const end = toks[last].end;
    const arg = makeArg(null, null, start, end, doc.text.slice(start, end), g.start, last, cliticOf(r), role);
    // "مقاتليهم"، "قواته": fighters owned by a pronoun are the group named before them
    const owner = g.end - g.start === 1 && r && POSSESSIVE.test(r.post) ? ownerBefore(toks, at, g.start, r.post) : null;
    if (owner) { arg.id = owner.id; arg.type = owner.type; }
    for (let i = g.start; i <= last; i++) at[i] = arg;
  }
  return { doc, toks, ix, at };
}

const POSSESSIVE = /^(ه|ها|هم)$/;
const BA = 0x628, LAM = 0x644;
type Reading = Token["readings"][number];
const lastIs = (s: string, c: number): boolean => s.length > 0 && s.charCodeAt(s.length - 1) === c;

/** The first reading of a token with the article after a ب/ل proclitic ("للاتحاد"، "بالجيش"). */
function articleAfterPrep(t: Token): Reading | undefined {
  for (const x of t.readings) if (x.article && (lastIs(x.pre, BA) || lastIs(x.pre, LAM))) return x;
  return undefined;
}

/** "ب" or "ل" when the reading's proclitics end in that preposition, else "". */
const cliticOf = (r: Reading | undefined): string => (!r ? "" : lastIs(r.pre, BA) ? "ب" : lastIs(r.pre, LAM) ? "ل" : "");

/** Does an actor already cover a token of [from, to)? */
function covered(at: (Arg | undefined)[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (at[i]) return true;
  return false;
}

/** The first reading of a generic actor's first word that the lexicon begins a phrase with;
 *  with `noPrep`, only one whose proclitics hold no ب or ل. */
function genericReading(gi: ReturnType<typeof genericActorIndex>, t: Token, noPrep: boolean): Reading | undefined {
  for (const x of t.readings) {
    if (noPrep && (x.pre.includes("ب") || x.pre.includes("ل"))) continue;
    if (gi.hasFirst(x.norm) || gi.hasFirst(x.bare)) return x;
  }
  return undefined;
}

/** "لعب زعيم الحوثيين دورا في استيلاء مقاتليهم": the nearest organization (or, for ه/ها, a
 *  country) named before the possessive pronoun in its sentence, within 20 tokens; else null. */
function ownerBefore(toks: Token[], at: (Arg | undefined)[], from: number, post: string): Arg | null {
  const sent = toks[from].sentence;
  for (let i = from - 1; i >= Math.max(0, from - 20) && toks[i].sentence === sent; i--) {
    const a = at[i];
    if (!a?.id) continue;
    if (a.type === "ORG" || (post !== "هم" && a.type === "GPE" && /^(wd:|rasid:)/.test(a.id) && !/ي$|يه$|يون$|يين$/.test(normalize(a.text)))) return a; // folded: ـية is written with ة
    i = a.first;
  }
  return null;
}

/** An actor at token i: a person, organization or country/city entity, or a generic actor. */
export function actorAt(ai: ArgIndex, i: number): Arg | undefined {
  const a = ai.at[i];
  if (!a) return undefined;
  if (a.type && !isActorType(a.type)) return undefined;
  return a;
}

export const isPlace = (a: Arg | undefined) => !!a && (a.type === "GPE" || a.type === "LOC" || a.type === "FAC");
const bodyPlace = (a: Arg): boolean => isPlace(a) && !isNisba(a);
const nisbaOf = new WeakMap<Arg, boolean>();
/** "الروسي"، "المصرية": a nationality adjective standing for its country (cached per argument). */
export function isNisba(a: Arg): boolean {
  // "المملكة العربية السعودية" is a name; a nationality adjective is one word "ال…ي/ية/يين/يون"
  // (the cheap tests first: most arguments fail them, and a WeakMap read costs more)
  if (a.type !== "GPE" || a.first !== a.last || !a.text.startsWith("ال") || !nisbaEnd(a.text.charCodeAt(a.text.length - 1))) return false;
  let n = nisbaOf.get(a);
  if (n === undefined) nisbaOf.set(a, n = /^ال.+(ي|يه|يين|يون)$/.test(normalize(a.text)));
  return n;
}
/** ي ة ه ن: the letters a nationality adjective's text may end with (a test of the last code unit, no regex). */
const nisbaEnd = (c: number): boolean => c === 0x64a || c === 0x629 || c === 0x647 || c === 0x646;
export const sameActor = (a: Arg | null | undefined, b: Arg | null | undefined) => !!a && !!b && (a.id !== null ? a.id === b.id : a.start === b.start);

/** "الشعب السعودي"، "طائرة روسية"، "الطيران الروسي": a nationality adjective on a plain noun stands
 *  for its country; returns the noun's token index, or -1 when the adjective has no such noun. */
export function nisbaHead(ai: ArgIndex, a: Arg): number {
  if (!isNisba(a)) return -1;
  const i = a.first - 1;
  const t = ai.toks[i];
  if (!t || t.kind !== "word" || ai.at[i] || isPrepWord(t) || isRelative(t) || opensClause(t)) return -1;
  return i;
}

const isConj = (c: number): boolean => c === 0x648 || c === 0x641; // و ف
const isBL = (c: number): boolean => c === BA || c === LAM;         // ب ل

/** Is this actor usable as an argument: a name, a generic actor, or a nationality adjective on a noun
 *  or right after a preposition, where no noun can precede it ("تقف مع السعودية": the country's name)? */
const usable = (ai: ArgIndex, a: Arg) => !isNisba(a) || nisbaHead(ai, a) >= 0 || a.clitic !== "" || isPrepWord(ai.toks[a.first - 1]);

/** The preposition governing an actor: a clitic ب/ل on it, or a separate word just before it. */
export function prepOf(ai: ArgIndex, a: Arg): string | null {
  if (a.clitic) return a.clitic;
  const head = nisbaHead(ai, a);
  if (head >= 0) {
    const t = ai.toks[head];
    const r = t.readings.find((x) => /[بل]$/.test(x.pre) && x.article);
    if (r) return /ب$/.test(r.pre) ? "ب" : "ل";
    return prepOf(ai, makeArg(a.id, null, a.start, a.end, a.text, head, head, a.clitic, a.role));
  }
  for (let i = a.first - 1, seen = 0, titled = 0; i >= 0 && seen < 2; i--) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    // the word without a و/ف and then a ب/ل, each taken off only when a letter is left after it
    const norm = t.norm;
    if (!norm.length) continue; // a token that folds to nothing (only marks or invisible characters)
    let k = norm.length >= 2 && isConj(norm.charCodeAt(0)) ? 1 : 0;
    const pre = norm.length - k >= 2 && isBL(norm.charCodeAt(k)) ? norm[k++] : "";
    const word = k ? norm.slice(k) : norm;
    if (STATE_HEADS.has(word) || (word.startsWith("ل") && STATE_HEADS.has("ا" + word))) { // "مع حكومة وشعب السعودية"، "لحكومة المملكة"
      if (pre) return pre;
      continue;
    }
    // "تهنئة للرئيس الكولومبي X"، "بفخامة الرئيس X": the title's preposition governs the name (title-preposition.ts)
    if (!ai.at[i] && titled < TITLE_REACH) {
      // ("وزير"، "لواء": a title that begins with و or ل itself is read whole, with no preposition)
      const kind = titleWordKind(word), whole = kind ? null : titleWordKind(norm) ?? (isConj(norm.charCodeAt(0)) ? titleWordKind(norm.slice(1)) : null);
      if (kind === "title" && pre) return pre;
      if (kind || whole) { titled++; continue; }
    }
    // (a title with no preposition on it: the word before it is not read as one, "مع رئيس X" as before)
    if (titled) return null;
    // "إلى عناصر تنظيم داعش"، "مع مسلحي تنظيم داعش": a generic head or an organization word
    // folded into the name stands between it and its preposition
    if (!ai.at[i] && (ORG_WORDS.has(word) || genericActorIndex().matchAt(ai.toks, i))) {
      const gi = genericActorIndex();
      const pre = /([بل])$/.exec(t.readings.find((r) => /[بل]$/.test(r.pre) && (ORG_WORDS.has(r.norm) || gi.hasFirst(r.norm) || gi.hasFirst(r.bare)))?.pre ?? "");
      if (pre) return pre[1];
      continue;
    }
    seen++;
    const n = t.norm.length > 2 && isConj(t.norm.charCodeAt(0)) && !TARGET_PREPS.has(t.norm) && !PLACE_PREPS.has(t.norm) ? t.norm.slice(1) : t.norm;
    if (TARGET_PREPS.has(n) || PLACE_PREPS.has(n) || n === "من" || n === "عن" || AGENT_PREPS.has(n)) return n;
    if (n === "باسم" || n === "لدي" || n === "عبر") return n;
    return null;
  }
  return null;
}

/** The subject after a verb (VSO): the first actor within a few words (titles and adverbs may
 *  stand between: "دعا المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ"), not inside a prepositional phrase. */
export function subjectAfter(ai: ArgIndex, from: number, end: number, isTrigger: (i: number) => boolean = () => false, nounIsObject = false): Arg | null {
  let lead = true; // only words of a share ("معظم") since the verb
  let window = VS_WINDOW;
  // ("ودانت الأمانة العامة للمنظمة الهجوم": an office of a body after لـ with no holder named speaks for it: office-subject.ts)
  let office: Arg | null = null;
  for (let i = from, seen = 0; i < end && seen < window; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    // ("شجب أمين عام المنظمة الدولية بان كي مون": a name whose first word reads as a clause opener opens none)
    if (office && abbreviationDot(ai.toks, i)) continue; // ("الأمين العام للمجلس د. فلان": office-subject.ts)
    if (isBreak(t) || isRelative(t) || (opensClause(t) && ai.at[i]?.first !== i)) break;
    // "واتهم وزير الأوقاف والشؤون الدينية الفلسطيني يوسف ادعيس": a title right after the verb runs
    // on in its genitives to the name of its holder ("واستنكر معالي الأمين العام": an honorific too)
    if (seen === 0 && !ai.at[i] && (titleBefore(t) || opensOffice(t))) window = TITLE_WINDOW;
    if (!isAdverb(t)) seen++;
    const a = actorAt(ai, i);
    // an event noun ends the search ("يدينون تفجير عسير": its genitive is not the verb's subject),
    // right after the verb (or a share of it: "استهدفت معظم الغارات التركية") only when the verb
    // takes events as objects (speech acts)
    if (!a && isTrigger(i) && (!lead || nounIsObject)) break;
    if (!a && isTrigger(i)) return eventNounActor(ai, i, end, isTrigger); // "استهدفت الغارات مواقع X" (event-noun-subject.ts)
    // "وهاجمت مواقع جبهة التحرير": a verb followed by a noun for what is hit names no subject after it
    if (lead && !a && targetHead(t)) return null;
    if (lead && !(t.kind === "word" && t.norm.length <= 6 && SHARE_WORDS.has(t.norm))) lead = false;
    if (a) {
      // "نائب خادم الحرمين الشريفين الأمير محمد بن نايف": a name after "deputy of" is whose deputy
      // the subject is; the subject is named next
      if (a.type === "PERSON" && bareIn(ai.toks[a.first - 1], OF_WHOM_B)) { i = a.last; continue; }
      const p = prepOf(ai, a);
      // (after an office of a body, a person is its holder only when titles alone stand between:
      // "الأمانة العامة للجامعة تصريحات الرئيس فلان" names the object's author, not the speaker)
      // ("بمنطقة تبوك": a place the body is in, not a nationality adjective, is stepped over to the holder)
      if (office && bodyPlace(a)) { i = a.last; continue; }
      if (office && !holderAfter(ai, office, a, bodyPlace)) return office;
      if (!p && usable(ai, a)) return a;
      // "أغرقت السفن الحربية التابعة لقوات الحلف قاربين": an unnamed unit named by whom it belongs
      // to is that body acting (as before the verb: subjectBefore's `owners`) — a force (a generic
      // force noun or one with an adjective of arms) under a definite word of belonging ("قصفت وحدات
      // تابعة للتنظيم"، "استهدف المسجد التابع لقوات الطوارئ": the object)
      if (p === "ل" && a.id && ownedBy(ai, a, true) && forceBelonging(ai, a.first)) return a;
      // "واتهم المتحدث باسم الجيش (فلان) حماس": who speaks for a body acts for it; named, the person
      if (p === "باسم" && a.type !== "PERSON") {
        const k = a.last + 1, who = k < end ? actorAt(ai, k) : undefined;
        return who?.type === "PERSON" && who.first === k && !prepOf(ai, who) ? who : a;
      }
      if (a.type === "PERSON") break;
      if (!office && officeOf(ai.toks, from, a, p)) office = a;
      i = a.last;
      continue;
    }
    if (TARGET_PREPS.has(t.norm) || PLACE_PREPS.has(t.norm)) {
      // ("لمديرية الأمن في منطقة تبوك العقيد فلان": the place an office's body is in, on to its holder)
      if (office && PLACE_PREPS.has(t.norm)) { const at = actorAt(ai, i + 1); if (at && at.first === i + 1 && bodyPlace(at)) { i = at.last; continue; } }
      // a title's prepositional phrase before the name: the name follows within two words
      // ("التقى مع نظيره X": after مع the name is the partner, never the subject)
      if (t.norm !== "مع") for (let j = i + 2; j < Math.min(end, i + 4); j++) { const p = actorAt(ai, j); if (p?.type === "PERSON" && !prepOf(ai, p)) return p; }
      break;
    }
  }
  return office;
}

/** Clause openers that carry no pronoun: the subject of a verb after one stands after it. */
export const SUBJECT_FENCES = new Set(["ان", "بان", "لان", "وان", "حيث", "بينما", "لكن", "ولكن"]);

/** The subject before the trigger (SVO): the nearest actor in the same clause, not after a preposition. */
export function subjectBefore(ai: ArgIndex, at: number, start: number, window = BACK_WINDOW, acrossCommas = false, owners = false): Arg | null {
  for (let i = at - 1; i >= Math.max(start, at - window); i--) {
    const t = ai.toks[i];
    if (isBreak(t) && t.text !== "،") break;
    if (t.text === "،" && i < at - 1 && !acrossCommas) break;
    if (isRelative(t)) break;
    // "وأفادت مصادر فلسطينية بأن المصلين تصدوا": a clause opened before the verb holds its subject;
    // the actor before the opener belongs to the clause that says it (not "أنها": its pronoun takes
    // up that actor, "أكدت الوزارة أنها جمدت … ومنعت"; nor "فيما", also "فيما سبق", previously)
    if (i < at - 1 && SUBJECT_FENCES.has(t.norm)) break;
    const a = actorAt(ai, i);
    if (a && !prepOf(ai, a) && usable(ai, a)) return a;
    // "وحدة من الجيش قتلت"، "عشرات من المسلحين هاجموا": a part of a body is that body acting
    if (a && prepOf(ai, a) === "من" && partitive(ai, a) && usable(ai, a)) return a;
    // "سرية المدفعية التابعة لجيش نورستان قامت بقصف": with `owners` (a support verb of force), an
    // unnamed unit named by whom it belongs to is that body acting
    if (a && owners && prepOf(ai, a) === "ل" && ownedBy(ai, a, true)) return a;
    if (a) i = a.first;
  }
  return null;
}

/** The object of a verb or the target of a masdar: a bare actor or one after ضد/على/مع/إلى/تجاه,
 *  else one after the clitic لـ; never the source, a place after في, or an instrument after بـ. */
export function objectAfter(ai: ArgIndex, from: number, end: number, source: Arg | null, bareAllowed = true, stop: (i: number) => boolean = () => false): Arg | null {
  let viaL: Arg | null = null;
  let crossedComma = false;
  let headAt = -1; // a target noun right after a target preposition ("على مواقع")
  let ownedAt = -1; // a bare target noun ("مواقع للحوثيين"): its لـ names the owner
  for (let i = from, seen = 0; i < end && seen < TARGET_WINDOW; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t)) {
      // "قصفت طائرة أمس (الأربعاء)، هدفا": an aside in brackets is stepped over
      if (t.text === "(") { const close = closingBracket(ai.toks, i, end); if (close > 0) { i = close; continue; } }
      // "هدد تنظيم داعش، روسيا": one comma may stand before an object that comes right after it,
      // or before a noun for what is hit after an aside ("أمس (الأربعاء)، هدفا لتنظيم X")
      if (t.text === "،" && !crossedComma && (actorAt(ai, i + 1) || (seen > 0 && targetHead(ai.toks[i + 1])))) { crossedComma = true; continue; }
      // "اعتقلت الشرطة، الليلة الماضية، فلانا": a time between commas is stepped over (time-asides.ts)
      if (t.text === "،" && seen === 0) { const close = timeAsideEnd(ai.toks, i, end); if (close > 0) { i = close; continue; } }
      break;
    }
    seen++;
    if (isRelative(t) || opensClause(t) || stop(i)) break;
    const a = actorAt(ai, i);
    if (!a) {
      // "غارات على مواقع جبهة التحرير": the preposition before a noun for what is hit governs the
      // name that owns it
      // ("مع وزراء خارجية X": a title likewise stands for the body or state it heads)
      if ((targetHead(t) || personHead(t)) && i > 0 && (i > from || personHead(t)) && TARGET_PREPS.has(bareWord(ai.toks[i - 1]))) headAt = i;
      // "ضربة جوية لمواقع داعش"، "قصف لمقرات X": a noun for what is hit carrying لـ governs its owner
      else if (lamTargetHead(t)) headAt = i;
      // "قصف مواقع للحوثيين وقوات X": a bare noun for what is hit, its owner named with لـ after it
      else if (targetHead(t)) ownedAt = i;
      continue;
    }
    i = a.last;
    if (sameActor(a, source) || !usable(ai, a)) continue;
    const p = prepOf(ai, a);
    // ("مع وزراء خارجية دول X": a title's genitive chain may run one word longer)
    if (p === null && headAt >= 0 && a.first <= headAt + (personHead(ai.toks[headAt]) ? 3 : 2)) return personAfterTitle(ai, a, end);
    // ("شكره للملك X والحكومة Y": a name joined by و to one after لـ shares its لـ; the first is the object)
    if (p === null && viaL && joinedByWa(ai, a)) return viaL;
    if ((p === null || (p === "من" && partitive(ai, a))) && bareAllowed) return personAfterTitle(ai, a, end);
    if (p !== null && TARGET_PREPS.has(p)) return namedGenitive(ai, a, end) ?? personAfterTitle(ai, a, end);
    if (p === "ل" && ((ownedAt >= 0 && a.first <= ownedAt + 3) || ownedBy(ai, a))) return personAfterTitle(ai, a, end);
    if (p === "ل") viaL ??= personAfterTitle(ai, a, end); // "للرئيس الكيني X": the title's holder
  }
  return viaL;
}

const BELONG = bareSet(wordClass("belong-word"));
/** "مواقع تابعة لتنظيم X": an actor after لـ right after a word of belonging, not a place (a
 *  village "التابعة لمحافظة" is where, not whose). */
function ownedBy(ai: ArgIndex, a: Arg, unnamedOwned = false): boolean {
  if (isPlace(a) && !isNisba(a)) return false;
  let i = a.first - 1;
  while (i >= 0 && isTransparent(ai.toks[i])) i--;
  // ("تابعة لمليشيا الحوثي": the لـ may sit on a generic head before the name)
  if (i >= 0 && !ai.at[i] && ai.toks[i].readings.some((r) => lastIs(r.pre, LAM))) i--;
  if (i < 0 || ai.toks[i].kind !== "word" || !bareIn(ai.toks[i], BELONG)) return false;
  // ("صندوق الطفولة التابع للأمم المتحدة": a named body that belongs to another acts itself)
  let k = i - 1;
  while (k >= 0 && isTransparent(ai.toks[k])) k--;
  return !unnamedOwned || (k >= 0 && !ai.at[k]);
}

/** "البوارج الحربية التابعة لـ[X]": a definite word of belonging one or two words before token i,
 *  right after a generic force noun or an adjective of arms. */
function forceBelonging(ai: ArgIndex, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 2); k--) {
    if (!ai.toks[k].norm.startsWith("التابع")) continue;
    const before = ai.at[k - 1];
    return (!!before && !before.id && before.role !== "anaphor") || ARM_ADJECTIVES.has(ai.toks[k - 1].norm);
  }
  return false;
}

/** "مع وزراء خارجية X"، "ضد عناصر X": a generic actor whose genitive (within two words, nothing
 *  between but a noun) names a body or state stands for it; else null. */
function namedGenitive(ai: ArgIndex, a: Arg, end: number): Arg | null {
  if (a.id) return null;
  for (let j = a.last + 1; j < Math.min(end, a.last + 3); j++) {
    const t = ai.toks[j];
    if (isBreak(t) || isPrepWord(t) || isRelative(t)) return null;
    const b = actorAt(ai, j);
    if (b) return b.id && b.first === j && prepOf(ai, b) === null ? b : null;
  }
  return null;
}

const TARGET_HEADS = bareSet(wordClass("target-head"));
const PERSON_HEADS = wordClass("person-head");
/** A title or group of people (person-head), with or without و/ف ("وزراء" itself begins with و). */
const personHead = (t: Token): boolean => PERSON_HEADS.has(t.norm) || (/^[وف]/.test(t.norm) && PERSON_HEADS.has(t.norm.slice(1)));
const SHARE_WORDS = wordClass("share-word");
/** A word that heads a name after it: a title or group of people, a state head, an organization word ("وفد"، "حكومة"، "حزب"). */
export const headsName = (w: string): boolean => PERSON_HEADS.has(w) || STATE_HEADS.has(w) || ORG_WORDS.has(w);
export const targetHead = (t: Token | undefined): boolean => !!t && t.kind === "word" && bareIn(t, TARGET_HEADS);
/** "لمواقع"، "لمقرات": a noun for what is hit read with a لـ proclitic (its genitive owns what is hit). */
function lamTargetHead(t: Token): boolean {
  // (the cheap test first: the word must begin with ل, after a و/ف at most)
  const n = t.norm;
  if (t.kind !== "word" || n.length < 4 || !(n.charCodeAt(0) === LAM || (isConj(n.charCodeAt(0)) && n.charCodeAt(1) === LAM))) return false;
  for (const r of t.readings) if (lastIs(r.pre, LAM) && !r.article && (TARGET_HEADS.has(r.norm) || TARGET_HEADS.has(r.bare))) return true;
  return false;
}

/** The index of the ")" closing the "(" at `open` within six tokens, or -1. */
function closingBracket(toks: Token[], open: number, end: number): number {
  for (let j = open + 1; j < Math.min(end, open + 7); j++) {
    if (toks[j].text === ")") return j;
    if (isBreak(toks[j])) return -1;
  }
  return -1;
}

const PARTITIVE = wordClass("partitive");
/** "بعض"، "عدد": a quantity word of its own (not ب + عض), as the partitive class lists them. */
export const isPartitiveWord = (t: Token): boolean => PARTITIVE.has(t.norm);
/** "عشرة من عناصر جبهة التحرير"، "عدد من مسلحي داعش": من after a count takes part of the object. */
function partitive(ai: ArgIndex, a: Arg): boolean {
  let i = a.first - 1;
  while (i >= 0 && (isTransparent(ai.toks[i]) || (!ai.at[i] && (ORG_WORDS.has(ai.toks[i].norm) || genericActorIndex().matchAt(ai.toks, i))))) i--;
  if (i < 1 || ai.toks[i].norm !== "من") return false;
  const q = ai.toks[i - 1];
  return isCount(q) || PARTITIVE.has(q.norm) || PARTITIVE.has(bareWord(q)) || countedNoun(ai, i - 1); // ("وحدة" itself begins with و)
}

const SHARE = wordClass("counted-share");
/** "مقتل 120 من"، "إصابة العشرات من"، "27 عنصرا من": a number or a quantity word (or a noun it
 *  counts) right before the من at `min`: من takes a share of what follows (not a unit of a force:
 *  "وحدة من الجيش" is the army acting). */
function countedShare(ai: ArgIndex, min: number): boolean {
  const q = ai.toks[min - 1];
  return !!q && (isCount(q) || SHARE.has(q.norm) || SHARE.has(bareWord(q)) || countedNoun(ai, min - 1));
}

/** "27 عنصرا من"، "عشرين جنديا من": a noun (no name, at most an unnamed actor of one word) counted
 *  by the number right before it, standing before من — the count takes part of what follows. */
function countedNoun(ai: ArgIndex, i: number): boolean {
  const t = ai.toks[i], a = ai.at[i];
  if (i < 1 || t.kind !== "word" || isPrepWord(t) || (a && (a.id || a.first !== i || a.last !== i))) return false;
  return isCount(ai.toks[i - 1]);
}

/** "مقتل 20 من عناصر داعش"، "اعتقال عدد من أعضاء X": a count or partitive word right after `from`
 *  (quote marks aside), then من and, within three words, an actor that is or stands for a named
 *  body: that body; else null. */
export function countedOf(ai: ArgIndex, from: number, end: number): Arg | null {
  let i = from;
  while (i < end && isTransparent(ai.toks[i])) i++;
  const q = ai.toks[i];
  if (!q || ai.at[i] || !(isCount(q) || PARTITIVE.has(q.norm))) return null;
  if (isCount(q) && ai.toks[i + 2]?.norm === "من" && countedNoun(ai, i + 1)) i++; // "27 عنصرا من عناصر X"
  if (ai.toks[i + 1]?.norm !== "من") return null;
  for (let k = i + 2; k < Math.min(end, i + 5); k++) {
    if (isBreak(ai.toks[k])) return null;
    const a = actorAt(ai, k);
    // (unnamed people counted are the victims of an event told by its casualties elsewhere too:
    // "أسفر عن سقوط عدد من رجال الشرطة" in a story retelling an attack; only a named body counts)
    if (a) { const x = a.id ? a : personAfterTitle(ai, a, end); return x.id ? x : null; }
  }
  return null;
}

const MEMBER_OF = bareSet(wordClass("member-of"));
const MEMBER_PRONOUN = wordClass("member-pronoun");
/** "يشتبه بانتمائهم لبوكو حرام"، "المنتمين إلى داعش": within three words from `from`, a word of
 *  belonging and then, within three more, a named organization; else null. */
function memberOf(ai: ArgIndex, from: number, end: number): Arg | null {
  // ("17 شخصا، يشتبه في انتمائهم لتنظيم X": a comma right after the people opens their description)
  if (ai.toks[from]?.text === "،") from++;
  for (let i = from; i < Math.min(end, from + 3); i++) {
    const t = ai.toks[i];
    if (isBreak(t) || ai.at[i]) return null;
    // "انتحاري يشتبه بأنه من تنظيم X": a pronoun of suspicion, then من and the group
    if (t.kind === "word" && MEMBER_PRONOUN.has(t.norm) && ai.toks[i + 1]?.norm === "من") {
      const x = actorAt(ai, i + 2) ?? (ORG_WORDS.has(ai.toks[i + 2]?.norm ?? "") ? actorAt(ai, i + 3) : undefined);
      return x?.id && x.type === "ORG" ? x : null;
    }
    if (t.kind !== "word" || !bareIn(t, MEMBER_OF)) continue;
    for (let j = i + 1; j < Math.min(end, i + 4); j++) {
      if (isBreak(ai.toks[j])) return null;
      const x = actorAt(ai, j);
      if (x) return x.id && x.type === "ORG" ? x : null;
    }
    return null;
  }
  return null;
}

// The first words of the titles in data/lexicon/titles.tsv (honorifics left out), normalized,
// without ال: "رئيس"، "وزير"، "مدير"، "أمين"، "قائد"، "المتحدث" — a word that heads a body's holder.
let titleWords: Set<string> | null = null;
export function titleBefore(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  if (!titleWords) {
    titleWords = new Set();
    for (const { row } of readTsv(path.join(LEXICON_DIR, "titles.tsv"))) {
      if (row.kind === "honorific") continue;
      const w = normalize(row.title ?? "").split(" ")[0]?.replace(/^ال/, "");
      if (w) titleWords.add(w);
    }
  }
  // ("وزير" and "وزراء" begin with و themselves: the word as written first)
  return titleWords.has(t.norm.replace(/^(ال)/, "")) || titleWords.has(t.norm.replace(/^[وف]?(ال)?/, ""));
}

/** "الرئيس التركي رجب طيب أردوغان": a nationality adjective on a title followed by the person's
 *  name stands for that person; a generic head followed by "من X" ("مقاتلين من داعش") for X, or by
 *  "في X" for a body X ("قادة في الجيش"). */
export function personAfterTitle(ai: ArgIndex, a: Arg, end: number): Arg {
  if (isNisba(a)) {
    for (let j = a.last + 1; j < Math.min(end, a.last + 3); j++) {
      const p = actorAt(ai, j);
      if (p?.type === "PERSON" && !p.clitic) return p;
      if (p || isBreak(ai.toks[j])) break;
    }
  } else if (a.id && a.type !== "PERSON" && titleBefore(ai.toks[a.first - 1])) {
    // "رئيس لجنة حقوق الإنسان العربية الدكتور هادي اليامي": the body a title heads, then its holder
    for (let j = a.last + 1, n = 0; j < end && n < 5; j++) {
      const t = ai.toks[j];
      if (isTransparent(t) || t.kind !== "word") { if (isBreak(t)) break; continue; } // (quote marks around the body's other name)
      n++;
      if (isPrepWord(t) || isRelative(t) || opensClause(t)) break;
      const p = actorAt(ai, j);
      if (p?.type === "PERSON" && p.id && !p.clitic) return p;
      if (p) j = p.last;
    }
  } else if (!a.id && adjacentGroup(ai, a)) {
    // "المتمردين الحوثيين"، "المسلحين الحوثيين": a group's name right after unnamed fighters is theirs
    return adjacentGroup(ai, a)!;
  } else if (!a.id && ai.toks[a.last + 1]?.norm === "من") {
    // ("عناصر من «بوكو حرام»": quote marks may stand before the name)
    const x = actorAt(ai, a.last + 2) ?? (isTransparent(ai.toks[a.last + 2]) ? actorAt(ai, a.last + 3) : undefined);
    if (x?.id && x.type !== "GPE") return x;
  } else if (!a.id && ai.toks[a.last + 1]?.norm === "في") {
    // "قادة في القوات العراقية"، "مسؤولين في الوزارة": members of a body stand for the body;
    // "مسؤولين في الكاميرون": officials of a state for the state (not "مدنيين في سوريا")
    const x = actorAt(ai, a.last + 2);
    if (x?.id && (x.type === "ORG" || (x.type === "GPE" && a.role === "officials"))) return x;
  } else if (!a.id) {
    // "3 أشخاص يشتبه بانتمائهم لبوكو حرام": those held are named by the group they belong to
    const g = memberOf(ai, a.last + 1, end);
    if (g) return g;
  }
  return a;
}

/** The organization named right after an unnamed group of fighters (armed or rebels), with no
 *  preposition between ("المسلحين الحوثيين"), else null. */
function adjacentGroup(ai: ArgIndex, a: Arg): Arg | null {
  if (a.role !== "armed" && a.role !== "rebels") return null;
  const x = ai.at[a.last + 1];
  return x?.id && x.type === "ORG" && x.first === a.last + 1 && !x.clitic ? x : null;
}

/** A masdar's genitive: the actor right after it ("هجوم داعش"، "زيارة العبيدي"، "العدوان الإسرائيلي"). */
export function genitiveOf(ai: ArgIndex, from: number, end: number): Arg | null {
  for (let i = from, seen = 0; i < end && seen < 3; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isPrepWord(t) || isRelative(t) || opensClause(t)) break;
    seen++;
    const a = ai.at[i];
    // "ضربة جوية لمواقع داعش": a noun after لـ ends the genitive chain (its owner is the target)
    if (!a && lamTargetHead(t)) break;
    // a head noun standing for a name ("التنظيم") is a genitive only right after the noun
    if (a && !prepOf(ai, a)) return (a.type && !isActorType(a.type) && a.type !== "GPE") || (a.role === "anaphor" && seen > 1) ? null : a;
    if (a) return null;
  }
  return null;
}

/** "من قبل X"، "من جانب X"، "على يد X"; "(غارات مكثفة) من التحالف" — a body or a person after من
 *  within two words of the noun (not after a verb: bareMin false). */
export function agentPhrase(ai: ArgIndex, from: number, end: number, bareMin = true): Arg | null {
  for (let i = from; bareMin && i < Math.min(end, from + 3); i++) {
    const t = ai.toks[i];
    if (isBreak(t) || ai.at[i]) break;
    if (t.norm !== "من") continue;
    const x = actorAt(ai, i + 1);
    // ("مقتل 120 من عناصر الجبهة": after a count من takes part of the sufferers, it names no doer)
    if (x?.id && (x.type === "ORG" || x.type === "PERSON") && !countedShare(ai, i)) return x;
    break;
  }
  for (let i = from; i + 2 < Math.min(end, from + TARGET_WINDOW + 2); i++) {
    if (isBreak(ai.toks[i])) break;
    const n = ai.toks[i].norm, next = ai.toks[i + 1].norm;
    if ((n === "من" && (next === "قبل" || next === "جانب")) || (n === "علي" && (next === "يد" || next === "ايدي"))) { const c = [actorAt(ai, i + 2), actorAt(ai, i + 3)]; return c.find((x) => x?.id) ?? c.find(Boolean) ?? null; }
  }
  return null;
}

/** "دانت X التصريحات التي صدرت عن Y"، "رفضت الاتهامات التي أطلقها Y": the author of what a statement
 *  is about — within six words of `from`, a relative clause whose verb is followed by عن/من and a
 *  named actor, or carries an object pronoun (or بها/به) and names its subject; else null. */
export function authorOfObject(ai: ArgIndex, from: number, end: number, isTrigger: (i: number) => boolean): Arg | null {
  for (let i = from, n = 0; i < end && n < 6; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t)) return null;
    const a = ai.at[i];
    if (a && isPlace(a) && prepOf(ai, a)) { i = a.last; continue; } // ("دانت X بمكة المكرمة التصريحات")
    if (a || isPrepWord(t)) return null;
    n++;
    if (!isRelative(t)) continue;
    // "أدان المجلس الذي يتخذ من عمان مقرا له": a relative right after the subject describes the subject
    if (n === 1) return null;
    let v = i + 1;
    while (v < end && (ai.toks[v].norm === "قد" || ai.toks[v].norm === "تم" || isTransparent(ai.toks[v]))) v++;
    if (v + 1 >= end || ai.at[v] || isTrigger(v)) return null;
    const next = ai.toks[v + 1];
    const by = next.norm === "عن" || next.norm === "من";
    const bih = /^(به|بها|بهم)$/.test(next.norm);
    if (!by && !bih && !ai.toks[v].readings.some((r) => r.post === "ه" || r.post === "ها")) return null;
    // the first named actor a few words on ("عن نائب الرئيس العراقي نوري المالكي": the title's holder)
    for (let j = by || bih ? v + 2 : v + 1, k = 0; j < end && k < 5; j++, k++) {
      if (isBreak(ai.toks[j])) return null;
      const x = actorAt(ai, j);
      if (!x) continue;
      const p = personAfterTitle(ai, x, end);
      return p.id && (by || !prepOf(ai, x)) ? p : null;
    }
    return null;
  }
  return null;
}

const FIRE = wordClass("fire-of");
/** "قتل جندي بنيران مسلحين"، "برصاص قناص": a noun of gunfire after بـ (within ten words of `from`,
 *  in the clause) and the actor within two words after it, who fired; else null. */
export function fireOf(ai: ArgIndex, from: number, end: number): Arg | null {
  for (let i = from; i < Math.min(end, from + TARGET_WINDOW + 2); i++) {
    const t = ai.toks[i];
    if (isBreak(t) || isRelative(t) || opensClause(t)) return null;
    if (t.kind !== "word" || ai.at[i]) continue;
    let fire = false;
    for (const r of t.readings) if (lastIs(r.pre, BA) && (FIRE.has(r.norm) || FIRE.has(r.bare))) { fire = true; break; }
    if (!fire) continue;
    for (let j = i + 1; j < Math.min(end, i + 3); j++) {
      if (isBreak(ai.toks[j])) return null;
      const x = actorAt(ai, j);
      if (x) return x.first === j && !prepOf(ai, x) && usable(ai, x) ? x : null;
    }
    return null;
  }
  return null;
}

/** "احتجاجا على زيارة X"، "مظاهرات ضد قرار حكومة X": what a protest is against — within three
 *  words of `from` in the clause, على or ضد and then, within three words (nouns, no preposition between), a
 *  named actor that is not a place below a state; else null. */
export function againstWhom(ai: ArgIndex, from: number, end: number): Arg | null {
  for (let i = from, n = 0; i < end && n < 3; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || isRelative(t) || opensClause(t)) return null;
    n++;
    if (ai.at[i]) continue; // ("فائق الشيخ علي": the name, not the preposition)
    const w = bareWord(t);
    if (w !== "علي" && w !== "ضد") continue;
    for (let j = i + 1, w = 0; j < end && w < 4; j++) {
      const u = ai.toks[j];
      if (isTransparent(u)) continue;
      if (isBreak(u) || isRelative(u) || (w > 0 && isPrepWord(u))) return null;
      w++;
      const a = actorAt(ai, j);
      if (!a) continue;
      if (!a.id || (isPlace(a) && !isNisba(a) && a.type !== "GPE")) return null;
      return usable(ai, a) ? personAfterTitle(ai, a, end) : null;
    }
    return null;
  }
  return null;
}

/** "بين X وY" right after a masdar: the two sides. */
export function between(ai: ArgIndex, from: number, end: number): [Arg, Arg | null] | null {
  for (let i = from; i < Math.min(end, from + 4); i++) {
    if (isBreak(ai.toks[i])) return null;
    if (ai.toks[i].norm !== "بين") continue;
    const x0 = actorAt(ai, i + 1) ?? actorAt(ai, i + 2);
    if (!x0) return null;
    const x = personAfterTitle(ai, x0, end);
    let y: Arg | null = null;
    for (let j = x.last + 1; j < Math.min(end, x.last + 6); j++) { const a = actorAt(ai, j); if (a && !sameActor(a, x)) { y = personAfterTitle(ai, a, end); break; } }
    // "بين ميليشيات X المدعومة بقوات Y، ومقاتلي Z": the second side is the one joined by و; an
    // actor before it inside a phrase describing the first side is not
    if (y && !joinedByWa(ai, y)) { const w = sideJoinedByWa(ai, y.last + 1, end); if (w && !sameActor(w, x)) y = personAfterTitle(ai, w, end); }
    // "بين X وحلفائه Z من جهة، وY من جهة أخرى": the sides are the groups each من جهة closes (the
    // first actor after بين and the first after the marker); the names joined to X before it are
    // its allies, not the other side (SaudiNewsNet, 2,959 records: 23 such phrases)
    const o = otherFaction(ai, x.last + 1, end);
    if (o && !sameActor(o, x)) y = personAfterTitle(ai, o, end);
    return [x, y];
  }
  return null;
}

/** FACTION_WORDS: "من جهة"، "من طرف" close the first side of a "بين … من جهة، و… من جهة أخرى" phrase. */
const FACTION_WORDS = new Set(["جهه", "طرف"]);
/** The first actor after the "من جهة"/"من طرف" that closes the first side of a بين phrase, within
 *  twenty tokens of `from` in the clause (commas may set off either side); null when none. */
function otherFaction(ai: ArgIndex, from: number, end: number): Arg | null {
  const toks = ai.toks;
  for (let j = from; j < Math.min(end - 1, from + 20); j++) {
    const t = toks[j];
    if (isBreak(t) && t.text !== "،") return null;
    if (t.norm !== "من" || !FACTION_WORDS.has(toks[j + 1].norm)) continue;
    for (let k = j + 2, n = 0; k < end && n < 4; k++) {
      if (isBreak(toks[k]) && toks[k].text !== "،") return null;
      const a = actorAt(ai, k);
      if (a) return a;
      if (!isTransparent(toks[k]) && toks[k].text !== "،") n++;
    }
    return null;
  }
  return null;
}

/** Does a و open the actor's words, or the unnamed head right before them ("ومقاتلي المقاومة")? */
function joinedByWa(ai: ArgIndex, a: Arg): boolean {
  const wa = (t: Token | undefined) => !!t && t.kind === "word" && t.norm.charCodeAt(0) === 0x648 && t.readings.some((r) => r.pre.startsWith("و"));
  if (wa(ai.toks[a.first])) return true;
  const h = a.first - 1;
  return h >= 0 && !ai.at[h] && !isPrepWord(ai.toks[h]) && wa(ai.toks[h]);
}

/** The first actor joined by و within eight tokens of `from`, in the clause (a comma may stand before it). */
function sideJoinedByWa(ai: ArgIndex, from: number, end: number): Arg | null {
  for (let j = from; j < Math.min(end, from + 8); j++) {
    const t = ai.toks[j];
    if (isBreak(t) && t.text !== "،") return null;
    if (isRelative(t) || opensClause(t)) return null;
    const a = actorAt(ai, j);
    if (!a) continue;
    if (joinedByWa(ai, a)) return a;
    j = a.last;
  }
  return null;
}

/** The support verb governing a masdar ("شن التحالف غارات"): the nearest one before it in the
 *  clause with no other trigger in between; returns its token index, or -1. */
export function supportVerbBefore(ai: ArgIndex, at: number, start: number, isTrigger: (i: number) => boolean): number {
  const sv = supportVerbIndex();
  // "ردت سودانيا على تطاول X": a masdar after على is what the verb answers, not its act
  let p = at - 1;
  while (p >= start && isTransparent(ai.toks[p])) p--;
  if (p >= start && (ai.toks[p].norm === "علي" || ai.toks[p].norm === "وعلي")) return -1;
  // seven words back, a name counting as one ("تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف اتصالا")
  for (let i = at - 1, n = 0; i >= start && n < 7; i--, n++) {
    const t = ai.toks[i];
    // ("نفذ التنظيم في الأسبوع الأخير من يونيو هجوما": a time phrase between them counts for nothing)
    if (inTimePhrase(ai.toks, i) && !ai.at[i]) { n--; continue; }
    // ("أمس، غارات"، "كثف التحالف، الجمعة، غاراته": a time phrase or a time aside between commas, time-asides.ts)
    if (isBreak(t) && !closesTimePhrase(ai.toks, i) && !(t.text === "،" && timeAsideEnd(ai.toks, i, at) > 0)) return -1;
    const a = ai.at[i];
    if (a?.id) { i = Math.max(start, a.first); continue; }
    const aside = backingAside(ai, i, at); // ("بدعم جوي من التحالف": backing-aside.ts)
    if (aside) { n -= aside; continue; }
    if (isTrigger(i)) return -1;
    // "هجوم تبنته حركة طالبان في مقاطعة …": a support verb with an object pronoun has its object
    // already (the noun before it); it governs no event noun after it
    const svm = sv.matchAt(ai.toks, i);
    // "سارع الأهالي إلى مكان الانفجار": a verb of hastening governs only the word after its preposition
    if (svm) return objectTaken(t) || (prepOnly(svm) && !governedThroughPrep(ai, i, at)) ? -1 : i;
  }
  return -1;
}

const OBJECT_SUFFIX = new Set(["ه", "ها", "هم", "هما"]);
// "الأسبوع الذي شهدته تركيا من خلال الهجمات"، "بعد تلقيه تهديدات": whose subject undergoes or
// receives the event (or a masdar with a possessive) keeps it whatever its pronoun stands for
/** "تلقى … اتصالا من X": a verb of receiving (its giver is named after من). */
export const RECEIVE = wordClass("receive-verb");
const UNDERGO = new Set([...WITNESS_STEMS, ...RECEIVE]);
/** "تبنته"، "نفذها": the token's only readings as a support verb carry an object pronoun. */
function objectTaken(t: Token): boolean {
  const sv = supportVerbIndex();
  let pronoun = false;
  for (const r of t.readings) {
    if (!sv.hasFirst(r.norm)) continue;
    if (UNDERGO.has(r.norm)) return false;
    if (!OBJECT_SUFFIX.has(r.post)) return false;
    pronoun = true;
  }
  return pronoun;
}
