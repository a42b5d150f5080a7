// Who is speaking, from word order alone: the subject right after a cue verb ("حذرت موسكو"،
// "قال المتحدث باسم الوزارة X"), a subject before it ("بوتين قال"), the antecedent of a relative
// clause ("خطاب خامنئي الذي قال فيه"), the issuer of a report ("تقرير صادر عن X، حذر"), the
// subject of the clause a coordinated verb continues ("نشر قرقاش رابطا … وأشار"), and for a cue
// with no subject at all ("وأضاف"، "وشددت") the last speaker or the actor a newer sentence opened with.
import path from "node:path";
import type { Token } from "../core/document.ts";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { normalize } from "../text/normalize.ts";
import { isActorType, type ActorMention } from "../actors/mentions.ts";
import { asSpeaker, cueAt, firstCueFrom, firstMentionFrom, hasKind, insideMarks, QUOTE_MARKS, unnamedIn, type Speaker, type State } from "./state.ts";
import { isOutlet, isVia } from "./via.ts";
import { isAn } from "./tokens.ts";
import { functionWords } from "../lexicon/function-words.ts";
import { unnamedRole } from "../lexicon/unnamed.ts";
import { speakingHeadWords } from "../lexicon/speaking-heads.ts";
import { slotWords } from "../lexicon/speaker-slot.ts";
import { openingBody } from "./opening-body.ts";
import { bodyNounSpeaker } from "./body-noun.ts";
import { titlePhraseHolder } from "./title-phrase.ts";
import { genitiveActor } from "./clause-genitive.ts";
import { openingSlot } from "./clause-subject.ts";

const CARRY_SENTENCES = 4;  // how far back "وأضاف" may reach for the last speaker
const LOOKBACK = 6;         // tokens before a cue searched for a subject–verb speaker
const TITLE_BACK = 5;
const LONG_TITLE = 13;      // words after a verb within which a person right after a title's last word is its subject       // tokens before a person's name searched for the title a later "وقال الوزير" repeats

// words that may stand between a verb and the name of the organization that is its subject
const ORG_HEADS = new Set(["تنظيم", "حركه", "جماعه", "ميليشيا", "مليشيا", "حزب", "جبهه"]);

/** The speaker named in tokens [from, to) after a cue: the subject right after the verb when it is
 *  an organization or country ("نبهت الإمارات مسؤولة … موغيريني إلى": the person is the object),
 *  else a person first ("قال المتحدث باسم الوزارة أحمد"), then an organization, then a close
 *  country; never an outlet after a via marker, an addressee ("قال لـX") or a nationality adjective. */
export function speakerFrom(st: State, from: number, to: number): ActorMention | null {
  const cands: ActorMention[] = [];
  let unnamed = unnamedIn(st, from, Math.min(to, from + 3)) ?? described(st, from);
  if (unnamed && unnamed.end > to) unnamed = undefined;
  // "المتحدث باسم الحكومة راجح بادي": a definite title is followed by its holder's name
  if (unnamed && st.toks[unnamed.start].norm.startsWith("ال")) unnamed = undefined;
  const ms = st.ix.mentions;
  // distances in words: quotation marks and commas around a name do not push its holder away
  // ("المحلل في مركز «بروكينغز»، للأبحاث في الدوحة تشارلز ليستر")
  let words = 0, at = from, relative = false, agent = false;
  for (let k = firstMentionFrom(st, from); k < ms.length; k++) {
    const mm = ms[k];
    if (mm.first >= to) break;
    for (; at < mm.first; at++) if (st.toks[at].kind !== "punct") { words++; if (RELATIVE_WORDS.has(st.toks[at].norm)) relative = true; }
    const titled = mm.type === "PERSON" && (titledAt(st, mm.first) || holderAfterBody(st, from, mm.first) || apposedHolder(st, from, mm.first) || titlePhraseHolder(st, from, mm.first));
    if (words >= 9 && !(words < LONG_TITLE && titled)) break;
    // "وقالت في البيان الذي حصلت الجزيرة على نسخة منه": a name after a relative pronoun is the relative clause's
    if (relative) break;
    // a subject follows its verb closely (past an envoy's principal less so); a long title ends on its
    // holder's name, though, right after the title's last word ("وأوضح المدير الطبي في العيادات التخصصية
    // السعودية الدكتور محمد"): past five words only such a person is taken
    if (!cands.length && words > (agent ? 8 : 5) && !titled) { if (agent) break; continue; }
    // "سكان في صنعاء", "متحدث عراقي": no one named; an organization speaks through its unnamed member
    // only when it is his ("مصادر في وزارة X"، "مسؤولو وزارة X"), not the verb's object ("ودعا خبراء البيئة الحكومة")
    if (unnamed && mm.first >= unnamed.end && !(mm.type === "ORG" && (memberOf(st, mm, unnamed.end) || reporterNoun(st, unnamed.end - 1)))) continue;
    if (!isActorType(mm.type) || isNisba(mm)) continue;
    if (mm.type === "GPE" && afterPreposition(st, mm)) continue; // "سكان في صنعاء": a place, not a speaker
    // what follows a via marker belongs to the outlet's phrase — but "ونشرت صحيفة «X»": a medium named right after the verb is its subject
    // ("قال لـ«الاقتصادية» الدكتور X": an outlet spoken to right after the verb; the subject comes after it)
    if (isVia(st, mm) && !mediumRightAfter(st, from, mm.first)) { if (isAddressee(st, mm) && onlyLamBetween(st, from, mm.first)) continue; break; }
    // the name after "according to" is a source, not the subject — but "على لسان" names who spoke for the subject
    if (accordBetween(st, from, mm.first) && !(cands.length && spokenThrough(st, cands[0].last + 1))) break;
    if (isAddressee(st, mm)) continue;
    if (mm.type === "PERSON" && agentOf(st, mm.first)) { agent = true; continue; } // "سفير خادم الحرمين": someone else's envoy
    cands.push(mm);
  }
  if (!cands.length) return unnamed ? reporterOutlet(st, unnamed.end, to) : null;
  const first = cands[0];
  if (first.type !== "PERSON" && adjacent(st, from, first.first) && !spokenThrough(st, first.last + 1)) return first;
  // a country further on speaks only through a head before it ("حكومة الخرطوم"); after a common
  // noun it is that noun's genitive ("ووصفت علاقة الخرطوم بالجزائر"، "تطالب كل من فيتنام والفلبين")
  return cands.find((c) => c.type === "PERSON") ?? cands.find((c) => c.type === "ORG") ?? cands.find((c) => c.type === "GPE" && c.first - from <= 4 && headed(st, from, c.first)) ?? null;
}

/** "كشف قائد عسكري يمني"، "وقال دبلوماسي غربي بارز": a person noun (role descriptor) with an
 *  indefinite adjective after it is someone unnamed (a nationality, عسكري، رفيع، بارز); with a
 *  definite word after it it is a title in construct ("قائد الشرطة سيف") and its holder follows. */
export function described(st: State, i: number): { start: number; end: number } | undefined {
  const t = st.toks[i], n = st.toks[i + 1];
  if (!t || !n || t.kind !== "word" || n.kind !== "word" || st.ix.atToken[i] || n.sentence !== t.sentence) return undefined;
  const heads = unnamedRole("descriptor");
  if (!t.readings.some((r) => (r.pre === "" || r.pre === "و") && !r.article && !r.post && heads.has(r.norm))) return undefined;
  const mm = st.ix.atToken[i + 1];
  if (mm && mm.type !== "GPE") return undefined;
  const mods = unnamedRole("modifier");
  const adj = n.readings.some((r) => r.pre === "" && !r.article && !r.post && (mods.has(r.norm) || (r.norm.length >= 4 && /(ي|يه)$/.test(r.norm))));
  return adj ? { start: i, end: i + 2 } : undefined;
}

// prepositions that tie an unnamed source to the body he belongs to ("مصدر في الوزارة"، "مسؤول بوزارة"،
// "متحدث باسم الوزارة": a spokesman speaks for his body)
const MEMBER_PREPS = new Set(["في", "من", "لدي", "داخل", "ب", "باسم"]);
/** The organization is the unnamed noun's genitive (right after it, at token `end`) or stands after a
 *  preposition of belonging, attached ("بوزارة") or before it ("في «الوزارة»"). */
function memberOf(st: State, mm: ActorMention, end: number): boolean {
  const t = st.toks[mm.first];
  if (mm.start > t.start && /ب$/.test(st.doc.text.slice(t.start, mm.start))) return true;
  let p = mm.first - 1;
  while (p >= end && QUOTE_MARKS.has(st.toks[p].text)) p--;
  return p < end || MEMBER_PREPS.has(st.toks[p].norm);
}

/** "مراسل «الأناضول»": the unnamed noun is an outlet's reporter (unnamed-sources.tsv role reporter). */
function reporterNoun(st: State, i: number): boolean {
  const reporters = unnamedRole("reporter");
  return !!st.toks[i]?.readings.some((r) => reporters.has(r.norm));
}

/** "سفير خادم الحرمين الشريفين"، "نائب الرئيس": the word before the person at token i is a noun in
 *  construct that names someone acting for him (unnamed-sources.tsv role agent): he does not speak. */
export function agentOf(st: State, i: number): boolean {
  const t = st.toks[i - 1];
  if (!t || t.kind !== "word" || st.ix.atToken[i - 1]) return false;
  const agents = unnamedRole("agent");
  return t.readings.some((r) => (r.pre === "" || r.pre === "و") && !r.article && !r.post && agents.has(r.norm));
}

/** "وقال مراسل لوكالة فرانس برس إن": an unnamed reporter of a named outlet: the outlet speaks
 *  (data/lexicon/unnamed-sources.tsv, role "reporter"). The outlet mention right after the phrase, else null. */
function reporterOutlet(st: State, end: number, to: number): ActorMention | null {
  const reporters = unnamedRole("reporter");
  const t = st.toks[end - 1];
  if (!t || !t.readings.some((r) => reporters.has(r.norm))) return null;
  // (the outlet right after, or after its medium noun: "لوكالة فرانس برس" where the name is "فرانس برس")
  for (let i = end; i < Math.min(end + 2, to); i++) {
    const mm = st.ix.atToken[i];
    if (mm) return mm.first === i && mm.type === "ORG" && (i === end || isOutlet(st, mm)) ? mm : null;
  }
  return null;
}

const MEDIUM_NOUNS = new Set(["وكاله", "صحيفه", "قناه", "شبكه", "مجله", "جريده", "اذاعه", "تلفزيون"]);
/** Only a medium noun and punctuation between the verb and the name ("نشرت صحيفة «X»"). */
function mediumRightAfter(st: State, from: number, at: number): boolean {
  // (a name right after the verb is its subject, its own medium noun inside it: "واشارت صحيفة ذي اندبندنت")
  if (at === from) return true;
  if (at - from > 3) return false;
  let nouns = 0;
  for (let i = from; i < at; i++) { const t = st.toks[i]; if (t.kind === "punct") continue; if (!MEDIUM_NOUNS.has(t.norm) || ++nouns > 1) return false; }
  return nouns === 1;
}

/** "وشددت وفقا لما نقلته وكالة X على": the name after "according to" is not the verb's subject. */
function accordBetween(st: State, from: number, to: number): boolean {
  const all = st.all;
  for (let k = firstCueFrom(st, from); k < all.length; k++) { const m = all[k]; if (m.start >= to) break; if (hasKind(m, "accord")) return true; }
  return false;
}

/** Only punctuation, organization heads or titles between the verb and the country ("قالت حكومة
 *  الخرطوم"، "أعلن رئيس وزراء العراق"). */
function headed(st: State, from: number, at: number): boolean {
  for (let i = from; i < at; i++) {
    const t = st.toks[i];
    if (t.kind !== "punct" && !ORG_HEADS.has(t.norm) && !isSpeakingHead(t)) return false;
  }
  return true;
}

/** A noun that makes the place after it an institution that speaks (data/lexicon/speaking-heads.tsv:
 *  حكومة، سلطات، إمارة …), or a title (رئيس، وزير). */
export function isSpeakingHead(t: Token): boolean {
  const hs = speakingHeadWords();
  return t.kind === "word" && t.readings.some((r) => (r.pre === "" || r.pre === "و") && !r.post && (hs.has(r.bare) || titleHeads().has(r.bare)));
}

/** Only punctuation or an organization head word between the verb and the name. */
function adjacent(st: State, from: number, at: number): boolean {
  for (let i = from; i < at; i++) { const t = st.toks[i]; if (t.kind !== "punct" && !ORG_HEADS.has(t.norm)) return false; }
  return true;
}

/** "أكدت الخارجية على لسان متحدثها X": the organization speaks through the person. */
function spokenThrough(st: State, from: number): boolean {
  for (let i = from; i < Math.min(from + 3, st.toks.length); i++) if (st.toks[i].norm === "لسان" || st.toks[i].norm === "باسم") return true;
  return false;
}

// prepositions that front a phrase before the verb ("وعن تجربته في السجن قال"): a name inside it is no subject
export const FRONTED = new Set(["عن", "في", "حول", "بشان", "وعن", "بخصوص", "ازاء", "تجاه"]);

/** The clause of token i (back to a punctuation mark, at most ten words) opens on a fronted
 *  preposition ("وعن مستوى التنسيق مع الجيش والمقاومة في المحافظات قال"). */
export function inFrontedPhrase(st: State, i: number, sStart: number): boolean {
  let k = i;
  while (k > sStart && k > i - 10 && st.toks[k - 1].kind !== "punct") k--;
  if (k === i || (k > sStart && st.toks[k - 1].kind !== "punct")) return false;
  // (not في: "في المقابل لم تترك X"، "وفي تصريح لوزير الخارجية X قال": a fronted adverbial, then the subject)
  const w = st.toks[k].norm.replace(/^[وف](?=..)/, "");
  return w !== "في" && FRONTED.has(w);
}

/** Subject before its verb ("بوتين قال إن"); a verb with و/ف continues a clause, so it has none here. */
export function lookback(st: State, cue: number, sent: number): Speaker | null {
  if (hasConjunction(st.toks[cue])) return null;
  // (after الذي/التي the subject is the relative's antecedent: antecedent() finds it)
  const rel = st.toks[cue - 1]?.norm;
  if (rel === "الذي" || rel === "التي") return null;
  const [sStart] = st.sents[sent];
  for (let i = cue - 1; i >= Math.max(sStart, cue - LOOKBACK); i--) {
    // a subject is not cut off from its verb by a comma (quotation marks around a name are no break)
    if (st.toks[i].kind === "punct") { if (QUOTE_MARKS.has(st.toks[i].text)) continue; break; }
    if (PRONOUNS.has(st.toks[i].norm)) return null; // "… بوتين وهو يحذره": the pronoun is the subject
    if (isAn(st.toks[i])) return null; // "ولفت X إلى أنه يعتبر": the verb's subject is in the complementizer's clause
    const mm = st.ix.atToken[i];
    if (mm && isActorType(mm.type) && !isVia(st, mm) && !afterPreposition(st, mm) && !isOutlet(st, mm)) return inConstruct(st, mm) || isNisba(mm) || inFrontedPhrase(st, mm.first, sStart) ? null : asSpeaker(mm);
  }
  return null;
}

/** "خطاب خامنئي (…) الذي قال فيه": the relative pronoun points back to the nearest actor. */
export function antecedent(st: State, cue: number, sent: number): Speaker | null {
  const prev = st.toks[cue - 1];
  if (!prev || (prev.norm !== "الذي" && prev.norm !== "التي") || relativeDisagrees(st, cue)) return null;
  const [sStart] = st.sents[sent];
  // the relative follows its antecedent: the name must end right before it, past a comma, a
  // parenthesis ("خطاب خامنئي (…) الذي") or its adjectives; "نماذجهم التي تقول" has no named antecedent
  let j = cue - 2;
  while (j > sStart && st.toks[j].kind === "punct" && st.toks[j].text !== ")") j--;
  if (st.toks[j]?.text === ")") {
    // (a name in the parenthesis is the antecedent's own: "منظمة … (أيباك) التي")
    const close = j;
    while (j > sStart && st.toks[j].text !== "(") j--;
    for (let i = j + 1; i < close; i++) { const p = st.ix.atToken[i]; if (p && isActorType(p.type) && !isNisba(p)) return asSpeaker(p); }
    j--;
  }
  // "سامي الوردي، رئيس مركز الدراسات الإقليمية الذي": a person, a comma, his title, the relative
  const appos = appositionHead(st, j, sStart);
  if (appos) return asSpeaker(appos);
  // (past two definite adjectives of the name: "لتيل الألماني المولد، الذي")
  const j0 = j;
  for (let k = 0; k < 2 && j > sStart && !st.ix.atToken[j] && st.toks[j].readings.some((r) => r.article && r.pre === "" && !r.post); k++) j--;
  const mm = j >= sStart ? st.ix.atToken[j] : undefined;
  if (mm) return mm.last === j && isActorType(mm.type) && !isNisba(mm) && !isVia(st, mm) ? asSpeaker(mm) : null;
  // a definite noun or one with a pronoun is the antecedent itself ("المجتمع المدني الذي"، "نماذجهم التي");
  // past anything else (a date: "خطاب خامنئي في 18 يوليو الذي") the nearest actor before it is
  const t = st.toks[j0];
  if (!t || t.kind !== "word" || t.readings.every((r) => r.article || r.post)) return null;
  for (let i = j0; i >= Math.max(sStart, cue - 10); i--) {
    const a = st.ix.atToken[i];
    if (a && isActorType(a.type) && !isNisba(a) && !isVia(st, a)) return asSpeaker(a);
  }
  return null;
}

/** "مدينة زنجبار التي قال إن أخبارها …": a verb whose gender is not the relative's has a subject of
 *  its own (the one the text goes on with), not the antecedent: "التي قال"، "الذي قالت". */
export function relativeDisagrees(st: State, cue: number): boolean {
  // (a perfect verb only: "التي يعتقد أنها" is mostly the passive, "which is believed")
  if (/^[يت]/.test(st.toks[cue].norm)) return false;
  const prev = st.toks[cue - 1]?.norm, g = cueGender(st.toks[cue]);
  return (prev === "التي" && g === "m") || (prev === "الذي" && g === "f");
}

/** The person before a comma that opens a title phrase ending at token j ("X، المحلل في Y، الذي"). */
function appositionHead(st: State, j: number, sStart: number): ActorMention | null {
  for (let k = j; k > Math.max(sStart, j - 9); k--) {
    if (!isClauseBreak(st.toks[k])) continue;
    const mm = st.ix.atToken[k - 1];
    return mm && mm.type === "PERSON" && mm.last === k - 1 && titleWord(st.toks[k + 1]) ? mm : null;
  }
  return null;
}

/** "تقرير صادر عن X" earlier in the sentence: X issued what the cue reports (not a phrase inside
 *  quoted words or an earlier quote's content, "وأضاف: «القرارات الصادرة عن مجلس الأمن …»": the
 *  quote's speaker said it). */
export function issuer(st: State, cue: number, sent: number): Speaker | null {
  const [sStart] = st.sents[sent];
  const all = st.all, ms = st.ix.mentions;
  for (let k = firstCueFrom(st, sStart); k < all.length; k++) {
    const m = all[k];
    if (m.start >= cue) break;
    if (!hasKind(m, "issuer") || insideMarks(st, st.toks[m.start].start) || inQuoteContent(st, st.toks[m.start].start)) continue;
    for (let j = firstMentionFrom(st, m.end); j < ms.length && ms[j].first <= m.end + 2; j++) if (isActorType(ms[j].type)) return asSpeaker(ms[j]);
  }
  return null;
}

/** Does offset off lie inside the content of a quote found already? (its words are that speaker's) */
function inQuoteContent(st: State, off: number): boolean {
  for (let k = st.quotes.length - 1; k >= 0; k--) { const q = st.quotes[k]; if (q.start <= off && off < q.end) return true; }
  return false;
}

/** The speaker of an earlier quote in this sentence ("وفق X، … إلا أنه أكد"). */
export function earlierInSentence(st: State, sent: number): Speaker | null {
  let q = null;
  for (let k = st.quotes.length - 1; k >= 0 && !q; k--) if (st.quotes[k].sentence === sent && st.quotes[k].speaker) q = st.quotes[k];
  return q ? { id: q.speaker, text: q.speaker_text, at: q.cueAt } : null;
}

/** The subject of the nearest earlier clause of this sentence that opens with an actor
 *  ("وبعد أن نشر قرقاش رابطا … وأشار"، "وجه داعش رسالة، بعدما ادعى"). */
export function clauseSubject(st: State, cue: number, sent: number): Speaker | null {
  const [sStart] = st.sents[sent];
  let end = cue;
  while (end > sStart) {
    let start = end - 1;
    while (start > sStart && !isClauseBreak(st.toks[start - 1])) start--;
    const mm = openingActor(st, start, end);
    // ("قرارات مجلس X"، "مصادر أمنية مصرية": a name in construct after a noun is not the clause's subject)
    const gen = mm ? genitiveActor(st, mm, (i) => titleWord(st.toks[i])) : null;
    if (gen === "adjective") return { id: null, text: null, at: cue };
    // (the words before the actor must fill its subject slot: "وأشاد المقال الجنود" has its own
    // subject, "وبحسب X" a source, "زار X وY، وZ" a list: clause-subject.ts)
    const slot = mm && !gen && CLAUSE_SLOT ? openingSlot(st, start, mm, (i) => slotTitle(st, i), (i) => cueAt(st, i, "document") !== undefined) : "subject";
    if (slot === "stop") return { id: null, text: null, at: cue };
    if (slot === "document") return null;
    if (slot === "skip") { end = start - 1; continue; }
    if (mm && !gen) return asSpeaker(mm);
    end = start - 1;
  }
  return null;
}

/** Token i is a word of a title (titles.tsv, honorifics too: "الشيخ"، "الفنان") or of a speaking
 *  head ("حكومة"، "تنظيم"): the name after it is the title's holder or the head's body. */
function slotTitle(st: State, i: number): boolean {
  const t = st.toks[i];
  return titleWord(t) || titledAt(st, i + 1) || isSpeakingHead(t) || ORG_HEADS.has(t.norm);
}
const CLAUSE_SLOT = process.env.RASID_CLAUSE_SLOT !== "0"; // 0: the opening actor unchecked (to measure)

/** A cue with no subject ("وأضاف"، "وشددت"): the last speaker; but a sentence after the last
 *  quote that opens with a new actor of the cue's gender ("دانت البحرين … . وشددت"), or tells of
 *  a person in a relative clause ("… برئاسة X، الذي افتتح الجلسة. وأعلن"), takes over. */
export function carry(st: State, sent: number, cue: number): Speaker | null {
  // "أكدوا"، "يعتبرون": a plural verb without a subject continues no single named speaker
  if (pluralVerb(st.toks[cue], !cueAt(st, cue, "say")?.values.some((v) => v.participle))) return null;
  const last = st.last;
  const lastSent = last ? st.toks[last.at].sentence : -1;
  const fem = feminineVerb(st.toks[cue]), g = cueGender(st.toks[cue]);
  for (let s = sent - 1; s > lastSent && s >= sent - 2; s--) {
    const [a, b] = st.sents[s];
    const mm = openingActor(st, a, b) ?? relativeTopic(st, a, b) ?? titledOpening(st, a, b);
    if (mm && agrees(st, mm, fem, g)) return asSpeaker(mm);
  }
  if (last && lastSent >= sent - CARRY_SENTENCES) {
    // "وقالت هدى … . وقال": a person whose given name is of the other gender does not continue;
    // the speaker before her (him) of the cue's gender does, else no one named
    // (unless the cue that gave the words to that person had this gender too: "وأكدت الخارجية على
    // لسان متحدثها أحمد … . وطالبت" continues the body speaking through him)
    // (a country or city is feminine: "أكدت مصر … . ويؤكد" is someone else, a man named before)
    if (g === "m" && isPlace(st, last)) return earlierOfGender(st, last, sent, g) ?? { id: null, text: null, at: cue };
    // (and a feminine cue does not continue a man, or a person of unknown gender whose own cue was
    // not feminine: "وقال يانيس … . وقالت" is a body or a woman named before)
    if (g === "f" && isPerson(st, last) && personGender(st, last) !== "f" && cueGender(st.toks[last.at]) !== "f") return earlierOfGender(st, last, sent, g) ?? { id: null, text: null, at: cue };
    if (!otherGender(st, last, g) || cueGender(st.toks[last.at]) === g) return last;
    return earlierOfGender(st, last, sent, g!) ?? { id: null, text: null, at: cue };
  }
  for (let s = sent; s >= Math.max(0, sent - 1); s--) {
    const [a, b] = st.sents[s];
    // (not an outlet the words were given to: "كشف لـ«عكاظ» رئيس المركز"; not a person of the other gender)
    for (let i = a; i < Math.min(b, a + 5); i++) { const mm = st.ix.atToken[i]; if (mm && isActorType(mm.type) && !isNisba(mm) && !isAddressee(st, mm) && !otherGender(st, asSpeaker(mm), g)) return asSpeaker(mm); }
  }
  return null;
}

function punctBetween(st: State, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (st.toks[i].kind === "punct") return true;
  return false;
}

const isPerson = (st: State, sp: Speaker): boolean => !!sp.id && entityOf(st, sp.id)?.type === "PERSON";

/** Is the speaker a place (GPE, LOC)? */
function isPlace(st: State, sp: Speaker): boolean {
  const t = sp.id ? entityOf(st, sp.id)?.type : undefined;
  return t === "GPE" || t === "LOC";
}

/** The speaker of an earlier quote, before `last`'s, that a cue of this gender continues: a person
 *  whose given name is of the cue's gender (a masculine cue: or of no known gender). A body or a
 *  place does not take over: its grammatical gender says little ("وأضافت" after a letter). */
function earlierOfGender(st: State, last: Speaker, sent: number, g: "m" | "f"): Speaker | null {
  for (let k = st.quotes.length - 1; k >= 0; k--) {
    const q = st.quotes[k];
    if (st.toks[q.cueAt].sentence < sent - 2 * CARRY_SENTENCES) break;
    if (!q.speaker || q.speaker === last.id || entityOf(st, q.speaker)?.type !== "PERSON") continue;
    const sp: Speaker = { id: q.speaker, text: q.speaker_text, at: q.cueAt };
    const pg = personGender(st, sp);
    if (pg === g || (pg === undefined && g === "m")) return sp;
  }
  return null;
}

// ---------- a person's gender from the given name (data/lexicon/first-names.tsv) ----------

let givenGender: Map<string, "m" | "f"> | null = null;
/** Normalized given names of one known gender (a name listed as both, or u, is none). */
function genders(): Map<string, "m" | "f"> {
  if (givenGender) return givenGender;
  const g = new Map<string, "m" | "f" | "u">();
  for (const { row } of readTsv(path.join(LEXICON_DIR, "first-names.tsv"))) {
    const n = normalize(row.name ?? ""), v = row.gender === "m" || row.gender === "f" ? row.gender : "u";
    if (!n || n.includes(" ")) continue;
    const had = g.get(n);
    g.set(n, had === undefined || had === v ? v : "u");
  }
  givenGender = new Map();
  for (const [n, v] of g) if (v !== "u") givenGender.set(n, v);
  return givenGender;
}

const entityMaps = new WeakMap<object, Map<string, { type: string; name: string }>>();
function entityOf(st: State, id: string): { type: string; name: string } | undefined {
  const ents = st.doc.entities;
  let m = entityMaps.get(ents);
  if (!m) { m = new Map(); for (const e of ents) m.set(e.id, { type: e.type, name: e.name }); entityMaps.set(ents, m); }
  return m.get(id);
}

/** The gender of a person speaker's given name (the first word of the mention, else of the
 *  entity's name); undefined for a name of either gender, an unknown name, or no person. */
export function personGender(st: State, sp: Speaker): "m" | "f" | undefined {
  if (!sp.id) return undefined;
  const e = entityOf(st, sp.id);
  if (!e || e.type !== "PERSON") return undefined;
  const g = genders();
  for (const s of [sp.text, e.name]) {
    const w = normalize(s ?? "").split(" ")[0];
    const v = w ? g.get(w) : undefined;
    if (v) return v;
  }
  return undefined;
}

/** A person speaker whose given name is known to be of the other gender than the cue's known gender. */
function otherGender(st: State, sp: Speaker, cue: "m" | "f" | undefined): boolean {
  if (!cue) return false;
  const g = personGender(st, sp);
  return g !== undefined && g !== cue;
}

// the masculine forms of the say verbs and participles (reporting-cues.tsv "قال/يقول"، "مشيرا"),
// normalized: a cue is feminine only when it is one of them inflected (قالت، تقول، مشيرة)
let mascForms: { perfect: Set<string>; imperfect: Set<string>; participle: Set<string> } | null = null;
function masculineForms() {
  if (mascForms) return mascForms;
  const perfect = new Set<string>(), imperfect = new Set<string>(), participle = new Set<string>();
  for (const { row } of readTsv(path.join(LEXICON_DIR, "reporting-cues.tsv"))) {
    if (row.kind !== "say") continue;
    const first = (row.form ?? "").split(" ")[0] ?? "";
    if (row.pos === "participle") { const n = normalize(first); if (n) participle.add(n); continue; }
    if (row.pos !== "verb") continue;
    const [p, i] = first.split("/");
    if (p) perfect.add(normalize(p));
    if (i) imperfect.add(normalize(i));
  }
  return (mascForms = { perfect, imperfect, participle });
}

/** The gender a say cue's verb or participle shows for certain: "قال"، "يقول"، "مشيرا" m; "قالت"،
 *  "تقول"، "مشيرة" f ("تابع" is a perfect, m, not an imperfect); undefined for any other form ("وأبلغه"). */
export function cueGender(t: Token): "m" | "f" | undefined {
  return formGender(t.norm) ?? (/^[وف]/.test(t.norm) ? formGender(t.norm.slice(1)) : undefined);
}
function formGender(n: string): "m" | "f" | undefined {
  const { perfect, imperfect, participle } = masculineForms();
  if (perfect.has(n) || imperfect.has(n) || participle.has(n)) return "m";
  // (a verb ending in a long vowel drops it before ت: دعا → دعت، نفى → نفت، رأى → رأت)
  if (n.length >= 3 && n.endsWith("ت")) { const b = n.slice(0, -1); if (perfect.has(b) || perfect.has(b + "ا") || perfect.has(b + "ي")) return "f"; }
  if (n.startsWith("ت") && imperfect.has("ي" + n.slice(1))) return "f";
  if (n.endsWith("ه") && participle.has(n.slice(0, -1) + "ا")) return "f";
  return undefined;
}

/** A participle continues the speaker of this sentence: its last quote, else (unless `quotedOnly`,
 *  for a plural participle) its first actor. */
export function sameSentence(st: State, sent: number, cue: number, quotedOnly = false): Speaker | null {
  for (let k = st.quotes.length - 1; k >= 0; k--) {
    const q = st.quotes[k];
    if (q.sentence === sent) return { id: q.speaker, text: q.speaker_text, at: q.cueAt };
  }
  if (quotedOnly) return null;
  const [sStart] = st.sents[sent];
  // "واستمع المجلس …، ورفع شكره لخادم الحرمين …، منوهًا": the body the opening verb's definite subject names
  const body = openingBody(st, sStart, cue);
  if (body) return body;
  const ms = st.ix.mentions;
  let best: ActorMention | null = null;
  for (let k = firstMentionFrom(st, sStart); k < ms.length && ms[k].first < cue; k++) {
    const mm = ms[k];
    if (!isActorType(mm.type) || isNisba(mm) || isVia(st, mm)) continue;
    // "وأكد دعم حقوق الإنسان باليمن، مشددا": a place after a preposition or a noun is no subject
    if (mm.type === "GPE" && (afterPreposition(st, mm) || inConstruct(st, mm))) continue;
    if (mm.type === "PERSON") { best = mm; break; }
    best ??= mm;
  }
  return best ? asSpeaker(best) : null;
}

// ---------- small tests on words ----------

/** The first actor among the first four words of tokens [a, b), not after a preposition. */
function openingActor(st: State, a: number, b: number): ActorMention | null {
  let words = 0;
  for (let i = a; i < b && words < 4; i++) {
    const t = st.toks[i];
    if (t.kind === "punct") continue;
    if (PREPS.has(t.norm)) return null; // "في العاصمة موسكو"، "ووجه رسالته إلى بوتين": what follows is not the subject
    const mm = st.ix.atToken[i];
    if (mm && mm.first === i && isActorType(mm.type) && !isNisba(mm) && !afterPreposition(st, mm) && !isVia(st, mm) && !isOutlet(st, mm)) return mm;
    words++;
  }
  return null;
}

/** "استنكر رئيس المجلس البلدي في المحافظة الشيخ X الهجوم. وقال إن": a sentence that opens on a word
 *  and then a long title ending on its holder's name (past openingActor's four words) tells of him;
 *  the person speakerFrom takes as the subject of that first word, with no punctuation before him. */
function titledOpening(st: State, a: number, b: number): ActorMention | null {
  const t = st.toks[a];
  if (!t || t.kind !== "word" || st.ix.atToken[a] || PREPS.has(t.norm) || !titleWord(st.toks[a + 1] ?? t)) return null;
  const mm = speakerFrom(st, a + 1, Math.min(b, a + 1 + TITLED_OPENING));
  if (!mm || mm.type !== "PERSON" || mm.first - a <= 4) return null;
  for (let i = a + 1; i < mm.first; i++) if (st.toks[i].kind === "punct") return null;
  return mm;
}
const TITLED_OPENING = 14; // tokens after the opening word in which the titled subject may end

/** A person the sentence [a, b) goes on to tell of in a relative clause ("… برئاسة X، الذي افتتح
 *  الجلسة"): the last such person, when the sentence names no other person after him. */
function relativeTopic(st: State, a: number, b: number): ActorMention | null {
  let found: ActorMention | null = null;
  for (let i = a; i < b; i++) {
    const mm = st.ix.atToken[i];
    if (!mm || mm.first !== i || mm.type !== "PERSON") continue;
    found = null;
    // (not a name with a preposition on it: "فن التدمير لـX، الذي استخدم")
    if (mm.start > st.toks[i].start && /[بلك]$/.test(st.doc.text.slice(st.toks[i].start, mm.start))) continue;
    let j = mm.last + 1;
    if (j < b && isClauseBreak(st.toks[j])) j++;
    if (j + 1 < b && RELATIVE_WORDS.has(st.toks[j].norm) && st.toks[j + 1].kind === "word") found = mm;
  }
  return found;
}

const PRONOUNS = functionWords("personal-pronoun");

/** A place after a common noun is that noun's genitive ("عملية تحرير مدينة عدن كشفت"): the noun
 *  is the subject, not the place. (A title or head before a person or organization is its own.) */
function inConstruct(st: State, mm: ActorMention): boolean {
  if (mm.type !== "GPE") return false;
  const prev = st.toks[mm.first - 1];
  if (!prev || prev.kind !== "word" || st.ix.atToken[mm.first - 1] || isSpeakingHead(prev)) return false;
  // "مهندس ياباني": a nationality adjective after any noun describes it
  if (/ي$/.test(normalize(mm.text)) && prev.norm.length >= 4 && !isAn(prev)) return true;
  return /(ة|ات)$/.test(prev.text) || /^[وف]?ال/.test(prev.norm) && !RELATIVE_WORDS.has(prev.norm);
}
const RELATIVE_WORDS = functionWords("relative");

const isClauseBreak = (t: Token) => t.kind === "punct" && /^[،,؛;]$/.test(t.text);

/** "المصري"، "الكويتية": a nationality adjective modifies a noun; it does not speak. */
export const isNisba = (mm: ActorMention): boolean => mm.type === "GPE" && (mm.nisba ??= NISBA.test(normalize(mm.text)) || PLURAL_NISBA.test(normalize(mm.text)));
const NISBA = /^ال.+(ي|يه|يين|يون)$/;

/** A state's formal name: several words, the first a state noun of speaking-heads.tsv, the last an
 *  adjective ("المملكة العربية السعودية"، "الجمهورية اليمنية"). isNisba takes it for a nationality
 *  adjective by its ending; where two states are wanted ("وأكد البلدان") it is the state itself.
 *  (Not for every speaker slot: on 3,000 news records letting such names speak everywhere was right
 *  in 2 of 7 changes, a king's "ملك المملكة المغربية" read as his kingdom.) */
function stateName(mm: ActorMention): boolean {
  if (mm.type !== "GPE") return false;
  const n = normalize(mm.text), sp = n.indexOf(" ");
  return sp > 2 && n.startsWith("ال") && speakingHeadWords().has(n.slice(2, sp));
}
// "إماراتيين رفضوا"، "سوريون": a plural nationality names people of the country, not the country
const PLURAL_NISBA = /^[^ ]{3,}(يين|يون)$/;

const PREPS = new Set(["في", "من", "الي", "علي", "عن", "قرب", "داخل", "حول", "مع", "ضد", "بين"]);
/** The actor stands after a preposition: attached ("بالرقة"), before it ("في صنعاء"), or before the
 *  title it carries ("وحين يسأل عن الرئيس أشرف غني يجيب"، "للرئيس عبد ربه منصور هادي"): it is no subject. */
export function afterPreposition(st: State, mm: ActorMention): boolean {
  const t = st.toks[mm.first];
  if (mm.start > t.start && /[بلك]$/.test(st.doc.text.slice(t.start, mm.start))) return true;
  let i = mm.first - 1;
  // (a person's title, one or two words, between the preposition and the name; not "للمستشار X":
  // after ل the name may be a source, "وفقا للمستشار X")
  if (mm.type === "PERSON") for (let n = 0; n < 2 && i >= 0 && titleWord(st.toks[i]); n++) i--;
  const prev = st.toks[i];
  return !!prev && i < mm.first && PREPS.has(prev.norm);
}

/** The word before token i is the last word of a title or honorific of titles.tsv ("الدكتور"، "اللواء"،
 *  "المتحدث الرسمي"), written without proclitic or enclitic: a name follows its title. */
function titledAt(st: State, i: number): boolean {
  const t = st.toks[i - 1];
  if (!t || t.kind !== "word") return false;
  const ends = readTitles().ends;
  return t.readings.some((r) => r.pre === "" && !r.post && ends.has(r.bare));
}

/** "المتحدث الرسمي لهيئة الإغاثة الوطنية نادر الخطيب": the subject opens on a title and the person
 *  follows right after the body the title is of (the last token of an actor mention before him). */
function holderAfterBody(st: State, from: number, i: number): boolean {
  const prev = st.ix.atToken[i - 1];
  return !!prev && prev.last === i - 1 && prev.type !== "PERSON" && titleWord(st.toks[from]);
}

/** "وقال المدير العام لمكتب الصحة بالمحافظة، سالم الحربي، إن": the subject opens on a definite title
 *  and its holder's name stands after the title's phrase, set off by a comma; the comma is the first
 *  punctuation after the verb (past an aside, "الوزير، خلال لقائه رئيس الوزراء، X"، the name is not his). */
function apposedHolder(st: State, from: number, i: number): boolean {
  if (i - from < 3 || !isComma(st.toks[i - 1]) || !definiteTitle(st.toks[from])) return false;
  for (let k = from; k < i - 1; k++) if (st.toks[k].kind !== "word") return false;
  return true;
}
const isComma = (t: Token) => t.text === "،" || t.text === ",";
const definiteTitle = (t: Token) => t.kind === "word" && t.readings.some((r) => r.pre === "" && r.article && !r.post && titleHeads().has(r.bare));

/** Only punctuation and "لـ" between the verb and the name ("قال لـ«الاقتصادية»"). */
function onlyLamBetween(st: State, from: number, at: number): boolean {
  for (let i = from; i < at; i++) { const t = st.toks[i]; if (t.kind !== "punct" && t.text !== "لـ") return false; }
  return true;
}

/** A title word (رئيس، الرئيس، للرئيس، الوزير), with any proclitic and no enclitic. */
export function titleWord(t: Token): boolean {
  return t.kind === "word" && t.readings.some((r) => !r.post && titleHeads().has(r.bare));
}

// "قال لـX"، "أبلغ الرئيسَ": X is spoken to — unless X issued the document ("بيان لوزارة X")
const TO = new Set(["الي", "مع", "ضد", "ل", "لـ"]);
function isAddressee(st: State, mm: ActorMention): boolean {
  const t = st.toks[mm.first];
  const prefix = st.doc.text.slice(t.start, mm.start);
  // (quotation marks around the name do not cut it from its preposition: "كشف لـ«عكاظ» رئيس المركز")
  let p = mm.first - 1;
  while (p > 0 && st.toks[p].kind === "punct" && QUOTE_MARKS.has(st.toks[p].text)) p--;
  const prev = st.toks[p];
  const toIt = /ل$/.test(prefix) || /^لل/.test(mm.text) || (!!prev && TO.has(prev.text === "لـ" ? "لـ" : prev.norm));
  if (!toIt) return false;
  const before = /ل$/.test(prefix) || /^لل/.test(mm.text) ? mm.first - 1 : p - 1;
  return !(before >= 0 && cueAt(st, before, "document"));
}

/** "وقال"، "فأكدت": the verb carries a conjunction, so its subject is not right before it. */
function hasConjunction(t: Token): boolean { return /^[وف]/.test(t.norm) && t.norm.length >= 4; }

/** أكدوا، وأضافوا، يعتبرون: a plural verb (the plural participles, مؤكدين، are not: they continue
 *  their sentence's speaker in sameSentence). */
export function pluralVerb(t: Token, verb = false): boolean {
  const n = hasConjunction(t) ? t.norm.slice(1) : t.norm;
  // (with an object pronoun: "ويعتبرونه"، "يتهمونه"; a perfect, "وطالبوه"، only when the cue is a
  // verb: "منوها" is a participle)
  return (n.length >= 4 && /وا$/.test(n)) || (n.length >= 5 && /^[يت].+ون(ه|ها|هم)?$/.test(n)) || (verb && n.length >= 6 && /و(ه|ها|هم)$/.test(n));
}

/** شددت، أكدت، تقول، مشيرة: the verb agrees with a feminine subject. */
export function feminineVerb(t: Token): boolean {
  const n = hasConjunction(t) ? t.norm.slice(1) : t.norm;
  return /ت$/.test(n) || /^ت/.test(n) || /ه$/.test(n);
}

/** Gender agreement between a cue and an actor found away from it: a person or an organization
 *  whose head is masculine takes "أضاف"; a country, or an organization headed by a feminine noun
 *  (وزارة، حكومة، مملكة), takes "أضافت". */
function agrees(st: State, mm: ActorMention, fem: boolean, cue?: "m" | "f"): boolean {
  // (a person whose given name is of the other gender never: "فإن هدى … . وقال")
  // (a feminine cue: a woman by her given name, "وشاركت هدى … . وقالت")
  if (mm.type === "PERSON") return fem ? personGender(st, asSpeaker(mm)) === "f" : !otherGender(st, asSpeaker(mm), cue);
  if (mm.type === "GPE") return fem;
  const head = normalize(st.doc.text.slice(mm.start, mm.end)).split(" ")[0] ?? "";
  return /ه$/.test(head) === fem;
}

// ---------- "ملك المغرب": a country's title-holder speaks, not the country ----------

// data/lexicon/titles.tsv, read once for both sets, normalized and without ال:
// `single` the single-word political and royal titles (ملك، رئيس، أمير), `heads` the first words of
// every title but the honorifics (وزير، مسؤول …: a title in construct, see constructTitle).
let titleSets: { single: Set<string>; heads: Set<string>; ends: Set<string> } | null = null;
function readTitles(): { single: Set<string>; heads: Set<string>; ends: Set<string> } {
  if (titleSets) return titleSets;
  const single = new Set<string>(), heads = new Set<string>(), ends = new Set<string>();
  for (const { row } of readTsv(path.join(LEXICON_DIR, "titles.tsv"))) {
    const n = normalize(row.title ?? "");
    if ((row.kind === "political" || row.kind === "royal") && !n.includes(" ")) single.add(n.replace(/^ال/, ""));
    const last = n.split(" ").pop() ?? "";
    if (last.length > 2) ends.add(last.replace(/^ال/, ""));
    if (row.kind === "honorific") continue;
    const w = n.split(" ")[0] ?? "";
    if (w) heads.add(w.replace(/^ال/, ""));
  }
  return (titleSets = { single, heads, ends });
}
const titles = (): Set<string> => readTitles().single;
export const titleHeads = (): Set<string> => readTitles().heads;

const bareOf = (t: Token | undefined) => (t ? t.norm.replace(/^[وف]?ال/, "") : "");

/** bareOf(t) === b, without making the string: the length of the stripped [وف]?ال, then a compare in place. */
function bareIs(t: Token | undefined, b: string): boolean {
  if (!t) return b === "";
  const n = t.norm;
  let k = 0;
  // (lengths checked first: a read past a string's end deoptimizes the callers this is inlined into)
  const c = n.length > 0 ? n.charCodeAt(0) : 0;
  if (n.length >= 3 && (c === 0x0648 || c === 0x0641) && n.charCodeAt(1) === 0x0627 && n.charCodeAt(2) === 0x0644) k = 3;
  else if (n.length >= 2 && c === 0x0627 && n.charCodeAt(1) === 0x0644) k = 2;
  return n.length - k === b.length && n.startsWith(b, k);
}

/** For a country named after a title ("وعبر ملك المغرب"): the person the text earlier gave that
 *  title ("الملك محمد السادس"); undefined when the country is not after a title, null when the
 *  holder is not named. */
export function titleHolder(st: State, gpe: ActorMention): Speaker | null | undefined {
  if (gpe.type !== "GPE") return undefined;
  const title = bareOf(st.toks[gpe.first - 1]);
  if (!titles().has(title)) return undefined;
  for (let k = st.ix.mentions.indexOf(gpe) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    if (gpe.first - mm.first > 400) break;
    if (mm.type === "PERSON" && (bareIs(st.toks[mm.first - 1], title) || (mm.last > mm.first && bareIs(st.toks[mm.first], title)))) return asSpeaker(mm);
  }
  return null;
}

// ---------- "وأعربت وزارة الخارجية الإسبانية": a subject the entity layer did not name ----------

let orgHeadWords: Set<string> | null = null;
/** Heads of organization names from data/lexicon/org-heads.tsv (وزارة، حركة، مجلس …), normalized. */
function orgHeads(): Set<string> {
  if (orgHeadWords) return orgHeadWords;
  orgHeadWords = new Set();
  for (const { row } of readTsv(path.join(LEXICON_DIR, "org-heads.tsv"))) if (row.type === "ORG") orgHeadWords.add(normalize(row.head ?? ""));
  return orgHeadWords;
}

/** The verb's subject is an organization named by words no entity covers: it speaks, unnamed —
 *  the quote must not be given to the last speaker. */
export function unknownOrgSubject(st: State, i: number): boolean {
  const t = st.toks[i];
  if (!t || st.ix.atToken[i] || t.kind !== "word") return false;
  // a head or its plural ("وكالات التصنيف"), or an institution noun of speaking-heads.tsv that is no
  // title ("وقالت قيادة المنطقة العسكرية الرابعة"; a title, "رئيس"، points back to its holder)
  return t.readings.some((r) => (r.pre === "" || r.pre === "و") && !r.article && (orgHeads().has(r.norm) || (/ات$/.test(r.norm) && orgHeads().has(r.norm.slice(0, -2) + "ه"))
    || (!r.post && institution(r.bare))));
}

/** An organization head (org-heads.tsv: مركز، جهاز، حركة …) or an institution noun of speaking-heads.tsv. */
function institutionHead(bare: string): boolean {
  return orgHeads().has(bare) || institution(bare);
}

function lastIsPerson(st: State): boolean {
  const id = st.last?.id;
  return !!id && st.ix.mentions.some((mm) => mm.id === id && mm.type === "PERSON");
}

function institution(bare: string): boolean {
  return speakingHeadWords().has(bare) && !titleHeads().has(bare);
}

// ---------- "وقال الوزير" / "وهدد الإرهابي": a definite noun as subject ----------

/** A definite common noun right after the verb is its subject. It names someone met before when
 *  an earlier actor carried that noun as its title or head ("الوزير كريم سالم" … "وقال الوزير"),
 *  even if someone else spoke last; null when no earlier actor carried it (the caller then
 *  continues as for a verb without subject: such nouns point back far more often than not). */
export function definiteSubject(st: State, i: number): Speaker | null {
  const t = st.toks[i];
  if (!t || t.kind !== "word" || st.ix.atToken[i] || cueAt(st, i, "document")) return null;
  const held = constructTitle(st, i);
  if (held) return held;
  const r = t.readings.find((x) => x.article && (x.pre === "" || x.pre === "و") && !x.post);
  if (!r || r.norm === "الي" || r.norm === "الذي" || r.norm === "التي") return null;
  // "وقالت الوزارة"، "وأكدت الشركة": a body noun names the body of its kind met before (body-noun.ts)
  const body = bodyNounSpeaker(st, i, r.bare);
  if (body !== undefined) return body;
  // "اللجنة السعودية"، "الدكتور التركي": the noun met before with a nationality adjective names someone
  // of that country, not the country: a person further back who carried the noun as his own title
  // ("الدكتور عبدالله التركي"), else an unnamed speaker
  let nisba = false;
  for (let k = firstMentionFrom(st, i) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    if (!isActorType(mm.type)) continue;
    if (nisba) {
      if (mm.type === "PERSON" && (bareIs(st.toks[mm.first - 1], r.bare) || bareIs(st.toks[mm.first], r.bare))) return asSpeaker(mm);
      continue;
    }
    // (a person carries a title before him, "الوزير كريم"; "مدير المركز أحمد" does not make him "المركز")
    if (mm.type === "PERSON" && !titleHeads().has(r.bare)) continue;
    // (the title may stand a few words before the name: "وزير المالية اليوناني المستقيل X" … "وأوضح الوزير")
    // (not a word of another name before it: "وحذر البرلمان الليبي ميليشيات X" … "وتعهد البرلمان" is not X)
    for (let j = Math.max(0, mm.first - 3); j <= mm.first; j++) if (bareIs(st.toks[j], r.bare) && (j === mm.first || !otherMention(st, j, mm))) { if (isNisba(mm)) { nisba = true; break; } return asSpeaker(mm); }
    // (a title standing for its holder, "الرئيس الروسي" (entities/title-holders.ts), carries no title
    // before it: "ويرى الباحث … أن الرئيس الروسي" names the researcher's subject, not him)
    if (nisba || mm.type !== "PERSON" || titleWord(st.toks[mm.first])) continue;
    for (let j = mm.first - 4; j >= Math.max(0, mm.first - TITLE_BACK) && !punctBetween(st, j, mm.first); j--) if (bareIs(st.toks[j], r.bare)) return asSpeaker(mm);
  }
  // ("وأفاد المركز" after "مدير المركز أحمد": an institution met only in a person's title is unnamed,
  // not the last speaker when that speaker is a person; after an organization it may well be it)
  if (nisba || (institutionHead(r.bare) && lastIsPerson(st))) return { id: null, text: null, at: i };
  return null;
}

/** Is token j inside a mention other than mm? */
function otherMention(st: State, j: number, mm: ActorMention): boolean {
  const o = st.ix.atToken[j];
  return !!o && o !== mm;
}

/** "وقال وزير الخارجية"، "كتبته مسؤولة السياسة الخارجية": a title in construct (a title word, then a
 *  definite noun, perhaps a definite adjective) names the person the text earlier introduced with the
 *  same words ("وزير الخارجية عادل الجبير"): the last speaker if he was, else the latest such person;
 *  null when no earlier person carried them. */
function constructTitle(st: State, i: number): Speaker | null {
  const t = st.toks[i], n = st.toks[i + 1];
  if (!n || n.kind !== "word" || st.ix.atToken[i + 1]) return null;
  let head = "";
  for (const r of t.readings) if (!r.article && !r.post && (r.pre === "" || r.pre === "و") && titleHeads().has(r.norm)) { head = r.norm; break; }
  if (!head) return null;
  const dep = definiteBare(n);
  if (!dep) return null;
  // "قال وزير الموارد المائية والري السوداني معتز موسى": the title's own holder follows
  for (let j = i + 2; j < Math.min(i + 10, st.toks.length) && st.toks[j].kind !== "punct"; j++) if (st.ix.atToken[j]?.type === "PERSON") return null;
  // a third word ("وزير الخارجية المصري") must be there too
  const third = st.toks[i + 2] && !st.ix.atToken[i + 2] ? definiteBare(st.toks[i + 2]) : "";
  let best: Speaker | null = null;
  for (let k = firstMentionFrom(st, i) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    if (mm.type !== "PERSON" || (best && mm.id !== st.last?.id)) continue;
    for (let j = Math.max(0, mm.first - 6); j < mm.first - 1; j++) {
      if (!bareIs(st.toks[j], head) || !bareIs(st.toks[j + 1], dep) || (third && !bareIs(st.toks[j + 2], third))) continue;
      if (mm.id === st.last?.id) return asSpeaker(mm);
      best ??= asSpeaker(mm);
    }
  }
  return best;
}

/** The bare form of a definite word without pronoun ("الخارجية" → خارجيه), else "". */
function definiteBare(t: Token): string {
  if (t.kind !== "word") return "";
  for (const r of t.readings) if (r.article && !r.post && r.pre === "") return r.bare;
  return "";
}

// ---------- "ودعا المعتصمون"، "وقال عدد من السكان": a group as subject ----------

/** The word right after the verb names a group of people, not one speaker: a sound masculine plural
 *  ("المعتصمون"، "يمنيون": a stem of six letters or more in ون, the nominative a subject takes; shorter
 *  stems in ون are singulars, قانون، زيتون), or a broken plural or quantifier of unnamed-sources.tsv
 *  role "group" (الأهالي، طلاب، عدد، بعض; `broken` false: the sound plurals only). A row "-X" says
 *  that X in ون is a singular (تلفزيون). Such a subject speaks for no named speaker: the statement
 *  is not the last speaker's. A name there is the subject's own business (speakerFrom comes first);
 *  a plural nationality ("الفلسطينيون") is a group too. */
export function groupSubject(st: State, i: number, broken = true): boolean {
  const t = st.toks[i];
  if (!t || t.kind !== "word") return false;
  const mm = st.ix.atToken[i];
  if (mm && !isNisba(mm)) return false;
  const groups = unnamedRole("group");
  for (const r of t.readings) {
    if (r.pre !== "" || r.post !== "") continue;
    if ((broken && groups.has(r.bare)) || (r.bare.length >= 6 && r.bare.endsWith("ون") && !groups.has("-" + r.bare))) return true;
  }
  return false;
}

// ---------- "وقالت الكتلة البرلمانية لحركة حماس": a part of a body speaks for it ----------

/** The subject right after the verb is a part of a body (speaker-slot.tsv body_part: كتلة، مكتب، جناح),
 *  definite, with definite adjectives only, then ل and an organization ("لحركة حماس"، "لـX"): that
 *  organization speaks (speakerFrom takes it for an addressee). null otherwise. */
export function bodyOf(st: State, from: number, to: number): ActorMention | null {
  const t = st.toks[from];
  if (!t || t.kind !== "word" || st.ix.atToken[from]) return null;
  const parts = slotWords("body_part");
  if (!t.readings.some((r) => r.article && r.pre === "" && !r.post && parts.has(r.bare))) return null;
  for (let i = from + 1; i < Math.min(to, from + 5); i++) {
    const mm = st.ix.atToken[i];
    if (mm) return mm.first === i && mm.type === "ORG" && afterLam(st, mm) ? mm : null;
    const w = st.toks[i];
    if (w.text === "لـ" || QUOTE_MARKS.has(w.text)) continue;
    if (w.kind !== "word" || !w.readings.some((r) => r.article && r.pre === "" && !r.post)) return null;
  }
  return null;
}

/** The mention stands after ل: attached ("لحركة"، "للأمم المتحدة") or after "لـ". */
function afterLam(st: State, mm: ActorMention): boolean {
  const prefix = st.doc.text.slice(st.toks[mm.first].start, mm.start);
  let p = mm.first - 1;
  while (p > 0 && QUOTE_MARKS.has(st.toks[p].text)) p--;
  return /ل$/.test(prefix) || /^لل/.test(mm.text) || st.toks[p]?.text === "لـ";
}

// ---------- "أكد الطرفان"، "وأعربا": two parties speak ----------

const PAIR_BACK = 12;     // sentences back in which the pair must have been named
const PAIR_GAP = 6;      // tokens at most from the first party to the second ("X وأخيه فخامة الرئيس Y")
/** A subject of two: a pair noun right after the verb (unnamed-sources.tsv role pair: الطرفان،
 *  الجانبان) or a dual perfect verb with no subject after it ("وأكدا"، "وأعربا"). The two parties are
 *  the pair the last statement was given to, else the latest pair the text named, two actors of one
 *  kind joined by و ("كل من X و Y"، "X وأخيه Y"; not "بين X و Y"), within PAIR_BACK sentences for a
 *  pair noun and within the sentence before for a bare dual verb; null when there is none. */
export function pairSubject(st: State, cue: number, after: number): [Speaker, Speaker] | null {
  const kind = pairNounAt(st, after), noun = kind !== null;
  if (!noun && !dualVerb(st.toks[cue], st.toks[cue - 1])) return null;
  // ("وأكد البلدان": a noun that names what the two are, states or persons, takes only a pair of that kind)
  const fits = (type: string | undefined) => kind === "states" ? type === "GPE" : kind === "persons" ? type === "PERSON" : true;
  const sent = st.toks[cue].sentence, back = noun ? PAIR_BACK : 1;
  // ("اللذان قالا": the pair is the relative's antecedent, named right before it, or none)
  const rel = !noun && /^(اللذان|اللتان|اللذين|اللتين)$/.test(st.toks[cue - 1]?.norm ?? "");
  const qs = st.quotes, n = qs.length;
  if (!rel && n >= 2 && qs[n - 1].cueAt === qs[n - 2].cueAt && qs[n - 1].speaker && qs[n - 2].speaker && qs[n - 1].speaker !== qs[n - 2].speaker && st.toks[qs[n - 1].cueAt].sentence >= sent - PAIR_BACK
    && fits(entityOf(st, qs[n - 1].speaker!)?.type) && fits(entityOf(st, qs[n - 2].speaker!)?.type))
    return [{ id: qs[n - 2].speaker, text: qs[n - 2].speaker_text, at: qs[n - 2].cueAt }, { id: qs[n - 1].speaker, text: qs[n - 1].speaker_text, at: qs[n - 1].cueAt }];
  const ms = st.ix.mentions;
  let b: ActorMention | null = null;
  for (let k = firstMentionFrom(st, cue) - 1; k >= 0; k--) {
    const a = ms[k];
    if (st.toks[a.first].sentence < sent - back || (rel && b && b.last < cue - 3)) break;
    // (a pair named inside what someone said is no subject: "أدانا أعمال داعش وحزب الله")
    if (!isActorType(a.type) || (isNisba(a) && !(kind === "states" && stateName(a))) || saidWithin(st, a.start) || !fits(a.type)) continue;
    if (b && b.id !== a.id && (a.type === "PERSON") === (b.type === "PERSON") && joined(st, a, b) && !related(st, a)) return [asSpeaker(a), asSpeaker(b)];
    b = a;
  }
  return null;
}

/** The pair noun right after a verb at token i (unnamed-sources.tsv, definite: "الطرفان"، "البلدان"، "الوزيران")
 *  and what it says the two are: role pair "any", pair_states "states" (two countries), pair_persons
 *  "persons"; null when token i holds none. */
export function pairNounAt(st: State, i: number): "any" | "states" | "persons" | null {
  const t = st.toks[i];
  if (!t || t.kind !== "word" || st.ix.atToken[i]) return null;
  for (const [role, kind] of PAIR_ROLES) {
    const forms = unnamedRole(role);
    if (t.readings.some((r) => r.article && (r.pre === "" || r.pre === "و") && !r.post && forms.has(r.bare))) return kind;
  }
  return null;
}
const PAIR_ROLES: [string, "any" | "states" | "persons"][] = [["pair", "any"], ["pair_states", "states"], ["pair_persons", "persons"]];

/** "بين X و Y"، "مع X و Y": the pair stands after a preposition; it is no subject. */
function related(st: State, a: ActorMention): boolean {
  let p = a.first - 1;
  while (p > 0 && QUOTE_MARKS.has(st.toks[p].text)) p--;
  return afterPreposition(st, a) || /^و?بين$/.test(st.toks[p]?.norm ?? "");
}

/** The offset lies inside the content of a quote found so far. */
function saidWithin(st: State, off: number): boolean {
  for (const q of st.quotes) if (q.start <= off && off < q.end) return true;
  return false;
}

/** "وأكدا"، "أعربا": a perfect verb in the dual (a final ا after the stem; not "دعا"، "وأكدوا"). */
export function dualVerb(t: Token, prev: Token | undefined): boolean {
  const n = hasConjunction(t) ? t.norm.slice(1) : t.norm;
  // (not "أكدها"، "أبلغنا": an object pronoun; not "طالبًا": a noun with its tanween)
  if (n.length < 4 || !n.endsWith("ا") || /(وا|عا|ها|نا)$/.test(n) || /^[يتم]/.test(n) || t.text.includes("\u064b")) return false;
  // a verb opens its clause: after و/ف or a clause opener ("حيث أكدا"، "كما أكدا"); elsewhere a word in ـا is
  // more often an accusative noun ("كان طالبا")
  return hasConjunction(t) || (!!prev && DUAL_OPENERS.has(prev.norm));
}
const DUAL_OPENERS = new Set(["حيث", "كما", "ثم", "قد", "وقد", "لقد", "فقد"]);

/** The second party follows the first after و, within a few words of no punctuation but a comma or quotation marks. */
function joined(st: State, a: ActorMention, b: ActorMention): boolean {
  if (b.first <= a.last || b.first - a.last > PAIR_GAP) return false;
  let i = a.last + 1;
  // (past quotation marks and a comma: "اتفقت X، وY، على")
  while (i < b.first && (QUOTE_MARKS.has(st.toks[i].text) || st.toks[i].text === "،")) i++;
  const w = st.toks[i];
  if (!w || !/^و/.test(w.norm)) return false;
  for (let j = a.last + 1; j < b.first; j++) { const x = st.toks[j]; if (x.kind === "punct" && !QUOTE_MARKS.has(x.text) && x.text !== "،") return false; }
  return true;
}

/** "أعلن كل من X و Y": the second party of a subject that opens on "كل من", else null. */
export function bothOf(st: State, a: ActorMention): ActorMention | null {
  let p = a.first - 1;
  while (p > 0 && QUOTE_MARKS.has(st.toks[p].text)) p--;
  if (st.toks[p]?.norm !== "من" || st.toks[p - 1]?.norm !== "كل") return null;
  const ms = st.ix.mentions;
  for (let k = firstMentionFrom(st, a.last + 1); k < ms.length && ms[k].first - a.last <= PAIR_GAP; k++) {
    const b = ms[k];
    if (isActorType(b.type) && !isNisba(b) && b.id !== a.id && joined(st, a, b)) return b;
  }
  return null;
}
