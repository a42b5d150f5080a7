// Does a trigger word report an event happening, or only talk about one? A careful coder
// (ACLED/PLOVER) records what the text reports as happened, happening or threatened between
// actors; analysis prose names events too, and those are not events:
// - an event noun governed by a word of analysis, risk or comparison ("خطورة الهجمات"، "أكبر
//   تهديد"، "أكثر تعاونا"، "نقض الهدنة") or naming a frame for it ("سبل التعاون"، "إطار عمل تعاون"):
//   data/lexicon/non-event-heads.tsv;
// - purpose: "لشن هجمات"، "خطط للهجوم" — a verb with the subjunctive لـ, or a force noun with لـ
//   that no other event noun governs, says what someone means to do;
// - a plural noun ("الهجمات"، "التهديدات"، "اجتماعات") is a class of events unless an actor is
//   tied to it as tightly as a genitive, a support verb or "بين X وY";
// - an imperfect verb in a relative clause describes its antecedent ("تركيا التي تعارض"), and one
//   after "كل/أي" + noun a class ("كل عمل إرهابي يستهدف").
import type { PloverType } from "../core/contract.ts";
import type { Token } from "../core/document.ts";
import { lexicon } from "../lexicon/load.ts";
import { tokenForms, type PhraseIndex } from "../lexicon/phrase-index.ts";
import { supportVerbIndex, triggerIndex, type Trigger } from "../lexicon/triggers.ts";
import { isBreak, isTransparent, wordBefore } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const FORCE_LIKE = new Set<PloverType>(["ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"]);

let headIndex: PhraseIndex<true> | null = null;
const heads = () => (headIndex ??= lexicon<true>("non-event-heads.tsv", () => true));

/** "خطورة الهجمات"، "أكبر تهديد": the noun is the topic of an analysis word. */
export function underAnalysisHead(toks: Token[], at: number): boolean {
  const p = wordBefore(toks, at);
  if (p < 0) return false;
  if (heads().matchAt(toks, p)?.end === p + 1) return true;
  // a two-word head ("إطار عمل تعاون")
  const q = wordBefore(toks, p);
  return q >= 0 && heads().matchAt(toks, q)?.end === p + 1;
}

/** "لشن هجمات"، "ليقعوا"، "خطط التنظيم للهجوم": the trigger states a purpose. */
export function isPurpose(toks: Token[], at: number, trig: Trigger, triggerBefore: boolean): boolean {
  const t = toks[at];
  if (trig.pos === "noun" && FORCE_LIKE.has(trig.type!)) {
    // "لشن هجوم"، "لتنفيذ عمليات": the support verb before the noun carries the purpose
    const p = wordBefore(toks, at);
    const sv = supportVerbIndex();
    if (p >= 0 && /^[وف]?ل/.test(toks[p].norm) && sv.matchAt(toks, p) && !sv.hasFirst(toks[p].norm)) return true;
  }
  if (!/^[وف]?ل/.test(t.norm)) return false;
  const idx = triggerIndex();
  if (!t.readings.some((r) => /^[وف]?ل$/.test(r.pre) && (idx.hasFirst(r.norm) || idx.hasFirst(r.bare)))) return false;
  if (t.readings.some((r) => !/ل$/.test(r.pre) && (idx.hasFirst(r.norm) || idx.hasFirst(r.bare)))) return false;
  // "تعرضنا لاستهداف"، "تعرضت مدينة تعز لقصف": the ل a verb of undergoing takes is no purpose
  if (undergoingBefore(toks, at)) return false;
  if (trig.pos !== "noun") return true;
  return FORCE_LIKE.has(trig.type!) && !triggerBefore;
}

/** "شهد"، "تعرض" and their persons, matched on a token's readings (clitics off): a verb of undergoing. */
export const WITNESS_STEMS = wordClass("witness-stem");
/** A verb of undergoing (witness-stem: تعرض، شهد, any person) within four words before, in the clause. */
function undergoingBefore(toks: Token[], at: number): boolean {
  for (let p = at - 1, n = 0; p >= 0 && n < 4; p--) {
    const t = toks[p];
    if (isTransparent(t)) continue;
    if (isBreak(t)) return false;
    n++;
    for (const r of t.readings) if (WITNESS_STEMS.has(r.norm) || WITNESS_STEMS.has(r.norm.replace(/(وا|نا|ن)$/, ""))) return true;
  }
  return false;
}

/** A plural event noun ("الهجمات"، "تهديدات"، "اجتماعات"). */
export function isPluralNoun(t: Token, trig: Trigger): boolean {
  if (trig.pos !== "noun") return false;
  return t.readings.some((r) => r.bare.length >= 5 && r.bare.endsWith("ات") && !r.post);
}

const ANY = wordClass("any-quantifier");
/** "ضد كل عمل إرهابي يستهدف أمنها": an imperfect verb describing any member of a class. */
const WHOEVER = wordClass("whoever");
const QUOTE_MARK = /^[«»"“”„‘’']$/;

export function isGeneralStatement(toks: Token[], at: number, trig: Trigger): boolean {
  if (!isImperfect(toks[at], trig)) return false;
  // "الوطن لمن يقاتل دفاعا عنه": whoever does it (من before a verb is the relative, not "from")
  let w = at - 1;
  while (w >= 0 && (isTransparent(toks[w]) || QUOTE_MARK.test(toks[w].text))) w--; // (لمن “يقاتل”)
  if (w >= 0 && WHOEVER.has(toks[w].norm)) return true;
  for (let i = at - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    if (isBreak(toks[i])) return false;
    if (ANY.has(toks[i].norm)) return true;
  }
  return false;
}

/** The verb matched only through an imperfect form ("تعارض" of عارض/يعارض). */
export function isImperfect(t: Token, trig: Trigger): boolean {
  if (!trig.imperfect?.size) return false;
  const forms = tokenForms(t, "verb");
  return forms.some((f) => trig.imperfect!.has(f)) && !forms.some((f) => trig.perfect!.has(f));
}
