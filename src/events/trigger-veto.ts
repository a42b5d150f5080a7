// Whether a trigger occurrence is an event mention at all (accept): not a word of a name, not
// hypothetical, counted, general, demanded or a state; its lexicon row's needs/next/unless guards
// hold. Every veto on a trigger before its arguments are read lives here.
import type { Token } from "../core/document.ts";
import { type PhraseMatch, tokenForms } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { isBreak, isHypothetical } from "./clause.ts";
import { isDemanded } from "./demanded.ts";
import { isIntended } from "./intended.ts";
import { FORCE, UNREAL_AFTER } from "./event-classes.ts";
import type { Ctx } from "./event-context.ts";
import { isGeneralStatement, isImperfect, isPurpose, underAnalysisHead } from "./occurrence.ts";
import { headsPlaceName } from "./place-word.ts";
import { isPossibility, isPotential } from "./possibility.ts";
import { isBlessing, isPrayer } from "./prayer.ts";
import { isQuestion } from "./question.ts";
import { matchReport } from "./match-report.ts";
import { blessedSentence } from "./scripture.ts";
import { runningToll, thousandsToll } from "./running-toll.ts";
import { GROUND_MARK, groundAfter } from "./ground-object.ts";
import { casualtyVerb } from "./verb-words.ts";
import { sentOff } from "./send-off.ts";
import { inTimePhrase } from "./time-asides.ts";
import { sentenceOf } from "./sentences.ts";
import { wordClass } from "./word-classes.ts";

const TIME_BEFORE_NUMBER = new Set(["الدقيقه", "الساعه", "عام", "العام", "سنه", "في", "منذ", "حتي", "قبل", "بعد"]);
/** Is the word at i right after a number that counts it (not a year, not a time)? */
function countedNoun(toks: Token[], i: number): boolean {
  const n = toks[i - 1];
  if (!n || n.kind !== "number" || /^[وف]/.test(toks[i].norm)) return false;
  const v = Number(n.norm.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  if (!Number.isFinite(v) || (v >= 1900 && v <= 2100)) return false;
  const before = toks[i - 2];
  return !before || !TIME_BEFORE_NUMBER.has(before.norm);
}

const GROUP_NOUNS = wordClass("group-noun");
const STATE_VERBS = [...wordClass("state-verb")];
/** A row whose imperfect tells a state outside a heading ("تسيطر على"): state-verb class. */
const stateVerb = (trig: Trigger): boolean => !!trig.perfect && STATE_VERBS.some((w) => trig.perfect!.has(w));

/** Is token i a word of a trigger match that reads as a REQUEST? */
function isRequestAt(ctx: Ctx, i: number): boolean {
  const k = ctx.triggerAt[i];
  if (k < 0 || ctx.ai.at[i]?.id) return false; // "حزب الدعوة": a word of a name demands nothing
  for (const v of ctx.matchValues[k]) if (v.type === "REQUEST") return true;
  return false;
}

/** Is this trigger occurrence an event mention at all? */
export function accept(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger): boolean {
  const { toks, ai } = ctx;
  for (let i = m.start; i < m.end; i++) if (ai.at[i]?.id) return false; // a word of a name
  if (isHypothetical(toks, m.start)) return false;
  if (isPossibility(toks, m.start, trig) || isPotential(toks, m.start, trig)) return false; // "قد تهاجم"، "من شأن زيارته": a possibility (possibility.ts)
  if (isPrayer(toks, ai, m, trig)) return false; // "ودعا الوزير المولى أن يحفظ البلاد": a prayer, no request (prayer.ts)
  if (isBlessing(toks, m, trig)) return false; // "الملك - أيده الله -": a blessing formula, no support (prayer.ts)
  // "الذي قتل الخليفة فلان رضي الله عنه": religious history or a hadith (scripture.ts)
  // "ألم تقتل إسرائيل الأبرياء؟": a question asks, it tells nothing (question.ts)
  // "وقع النادي مع اللاعب لموسمين": a football report tells no political event (match-report.ts)
  { const s = sentenceOf(ctx.es, m.start), [a, b] = ctx.sents[s]; if (blessedSentence(toks, a, b) || isQuestion(toks, a, b) || matchReport(toks, a, b, ctx.heading[s])) return false; }
  // "1500 طالب جامعي"، "أكثر من 500 طالب": after a count the word is the noun counted, not a verb
  // (a year or a minute may stand before a verb: "في 1945 دمر"، "الدقيقة 34 تصدى")
  if (trig.pos === "verb" && countedNoun(toks, m.start)) return false;
  if (trig.pos === "noun" && underAnalysisHead(toks, m.start)) return false;
  // "في مقاطعة ألبرتا": a place word before a place's name, not the event it also means (place-word.ts)
  if (trig.pos === "noun" && m.end - m.start === 1 && headsPlaceName(ai, m.start)) return false;
  // "طرد الحارس في الدقيقة 80": a player sent off in a match report (send-off.ts)
  if (trig.mode === "expel") { const [a, b] = ctx.sents[sentenceOf(ctx.es, m.start)]; if (sentOff(toks, a, b)) return false; }
  // "مقتل 12 ألف شخص منذ 1991": a toll counted since a year or a war's start is no one event (running-toll.ts)
  if (trig.pos === "noun" && trig.type === "ASSAULT" && trig.mode === "killing") { const [a, b] = ctx.sents[sentenceOf(ctx.es, m.start)]; if (runningToll(toks, m.start, m.end, a, b)) return false; }
  // "50 ألفا و570 جنديا قتلوا": thousands killed or wounded are a war's toll (running-toll.ts)
  if (trig.type === "ASSAULT" && (trig.mode === "killing" || casualtyVerb(trig))) { const [a, b] = ctx.sents[sentenceOf(ctx.es, m.start)]; if (thousandsToll(toks, m.start, m.end, a, b, (i) => otherAct(ctx, i, m.start))) return false; }
  // "زعيم المعارضة": with its article the noun names a group
  if (trig.pos === "noun" && m.end - m.start === 1 && toks[m.start].readings.some((r) => r.article && !r.post && GROUP_NOUNS.has(r.bare))) return false;
  // "العقوبات المحتملة"، "الهجوم المرتقب": a possible or proposed event is not one told
  if (trig.pos === "noun" && m.end < toks.length && UNREAL_AFTER.has(toks[m.end].norm)) return false;
  if (isGeneralStatement(toks, m.start, trig)) return false;
  // "وتسيطر جبهة التحرير على الوادي" holds ground; only a heading tells news in the imperfect
  if (stateVerb(trig) && isImperfect(toks[m.start], trig) && !ctx.heading[sentenceOf(ctx.es, m.start)]) return false;
  if (isPurpose(toks, m.start, trig, m.start > 0 && ctx.triggerAt[m.start - 1] >= 0)) return false;
  // "طالب بالإفراج عن"، "دعا إلى وقف الهجمات": the act a demand asks for is the request's content
  if (trig.type !== "REQUEST" && isDemanded(toks, m.start, (i) => isRequestAt(ctx, i), (i) => ctx.triggerAt[i] >= 0 && !ctx.ai.at[i]?.id)) return false;
  // "هدد بإعدام الرهينة"، "تسعى إلى استهداف"، "أبدت استعدادها للتعاون": an act threatened, ordered,
  // wanted, planned or hoped for is not told as done (intended.ts)
  if (isIntended(toks, m.start)) return false;
  if (trig.needs) {
    let ok = false;
    for (let i = m.end, n = 0; i < toks.length && n < 8 && !ok; i++, n++) {
      // ("في نيسان/ أبريل 2014": a slash joins two names of one month, it ends no clause)
      if (isBreak(toks[i]) && toks[i].text !== "/") break;
      const t = toks[i];
      // ("سيطرت قوات حزب الله يوم الثلاثاء الماضي على": for an act of force a name and a time phrase
      // count for one word and none; a statement's word stays close: "وقع رئيس النادي … مساء أمس عقدا")
      if (FORCE.has(trig.type!) || trig.type === "MOBILIZE") { if (ai.at[i]?.id && ai.at[i]!.last > i) i = ai.at[i]!.last; else if (inTimePhrase(toks, i) && !ai.at[i]) n--; }
      if (tokenForms(t, "noun").some((f) => trig.needs!.has(f))) ok = true;
      else if (trig.needs.has("ب") && t.readings.some((r) => /ب$/.test(r.pre))) ok = true;
    }
    if (!ok) return false;
  }
  // "أسر 35 آخرين": the row's `next` word (or a number, "#") must come right after it
  if (trig.next) {
    const t = toks[m.end];
    if (!t || !((t.kind === "number" && trig.next.has("#")) || tokenForms(t, "noun").some((f) => trig.next!.has(f)) || (trig.next.has(GROUND_MARK) && groundAfter(ai, m.start, m.end)))) return false;
  }
  // "سيطرت فرق الدفاع المدني على الحريق": a word of the row's `unless` in the clause makes it no event
  if (trig.unless) {
    for (let i = m.end, n = 0; i < toks.length && n < 10; i++, n++) {
      if (isBreak(toks[i])) break;
      if (tokenForms(toks[i], "noun").some((f) => trig.unless!.has(f))) return false;
    }
  }
  return true;
}

/** Is token i a word of another trigger than the one at `own`, one that is no attack ("نظم ألف
 *  شخص اعتصاما": the count before it is its own; "قتل وأصيب 5000": not so for another casualty)? */
function otherAct(ctx: Ctx, i: number, own: number): boolean {
  const k = ctx.triggerAt[i];
  return k >= 0 && k !== ctx.triggerAt[own] && !ctx.matchValues[k].some((v) => v.type === "ASSAULT");
}
