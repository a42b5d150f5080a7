// Is a clause's opening actor its subject? clauseSubject (speakers.ts) gives a cue with no subject of
// its own ("…، وأضاف"، "…، وقال إن") the actor that opens an earlier clause of its sentence. Its
// first four words are read for an actor, so it also took an actor that is not the subject: the
// object after a definite noun subject ("وأشاد المقال الجنود …، وقال": the article praised them), a
// genitive after an indefinite noun ("سمعت مرة الفنان X"، "ونطق كلمة X"), a name after a preposition
// written as a word ("وبحسب الوزارة"، "برأي X"، "لدى X") or with ال on a clitic ("للكاتب X"، "كالراحلة X"),
// or one name of a list ("زار X وY، وZ، وقال"). The words before the actor must fill the subject's
// slot: particles that open a clause (و، ف، أما، لكن، إن، أن، كما، بينما، قد، كان), at most one verb,
// then a title phrase (titles.tsv: "الرئيس الأميركي"، "وزير الدفاع"). Session 23, on 3,000 SaudiNewsNet
// records (the first 1,500 of 2015-07-21 and of 2015-08-06): 422 quotes took their speaker this way;
// with this check and the new profession titles 98 quotes changed speaker, all read: 63 better (a
// wrong name made none, or the right one), 14 worse, 21 neither (words: data/lexicon/speaker-slot.tsv,
// clause_lead and slot_preposition).
//   "subject"  the actor is the clause's subject (or nothing tells otherwise)
//   "skip"     the actor is after a preposition or is a list member: the clause says nothing of the
//              subject; an earlier clause may still name it
//   "stop"     the clause has a subject of its own that no entity names (a verb and a noun before
//              the actor, "وأوضح مسؤول X"): the cue continues that unnamed subject, no one named speaks
//   "document" the same, but a statement noun stands there ("وشكر البيان أفراد X"، reporting-cues.tsv
//              kind document): the statement's issuer speaks, the speaker carried from before
import type { Token } from "../core/document.ts";
import type { ActorMention } from "../actors/mentions.ts";
import { slotWords } from "../lexicon/speaker-slot.ts";
import { functionWords } from "../lexicon/function-words.ts";
import type { State } from "./state.ts";
import { isMessageNoun } from "./conveyed.ts";

export type Slot = "subject" | "skip" | "stop" | "document";

const KANA = functionWords("kana"), PRONOUNS = functionWords("personal-pronoun");

/** The word's form without a leading و/ف (and the form itself). */
function forms(t: Token): [string, string] {
  const n = t.norm;
  return [n, n.length > 2 && (n[0] === "و" || n[0] === "ف") ? n.slice(1) : n];
}
const has = (s: ReadonlySet<string>, t: Token): boolean => { const [a, b] = forms(t); return s.has(a) || s.has(b); };

/** A preposition with ال right after its clitic: "للكاتب"، "كالراحلة"، "بالنسبة" (never a verb). */
const articledClitic = (t: Token): boolean => /^[وف]?(لل|[بك]ال)/.test(t.norm) && t.norm.length > 4;

/** How the words [start, mm.first) before the actor stand to it. `title(i)` says whether token i is
 *  a word of a title or of an organization's head ("حكومة"، "تنظيم"): a title phrase leads to its holder. */
export function openingSlot(st: State, start: number, mm: ActorMention, title: (i: number) => boolean, statement: (i: number) => boolean): Slot {
  const leads = slotWords("clause_lead"), preps = slotWords("slot_preposition");
  // content words since the last particle (the verb, then nouns), and whether the last was definite
  let words = 0, definite = false, titled = false, stated = false;
  for (let i = start; i < mm.first; i++) {
    const t = st.toks[i];
    if (t.kind !== "word") continue;
    const next = st.toks[i + 1];
    // "ونظر إليها X"، "اتصلت به X"، "وبرز منهم X"، "وخلالها": a preposition on a pronoun is an aside
    if (PREP_PRONOUN.test(t.norm) || t.readings.some((r) => r.post !== "" && preps.has(r.norm))) continue;
    if (has(preps, t)) {
      // "ومن جانبه"، "بعد ذلك": a preposition on a word with a pronoun, or on a demonstrative, is an aside
      if (next && next.kind === "word" && !st.ix.atToken[i + 1] && (DEMONSTRATIVES.has(next.norm) || next.readings.some((r) => r.post !== "" && r.pre === ""))) { i++; continue; }
      // "وبعد أن"، "قبل أن": a preposition before أن opens a clause; any other governs what follows
      if (!(next && (next.norm === "ان" || next.norm === "ما"))) return "skip";
    }
    // a particle or pronoun opens a new clause: a verb or a subject may follow again ("والجديد أن
    // الرئيس X"، "وهو الطفل X"); كان and قد stand before the verb ("وكان X قد"، "كان يدير")
    if (has(preps, t) || has(leads, t) || has(PRONOUNS, t)) { words = 0; titled = false; stated = false; continue; }
    if (has(KANA, t)) continue;
    // ("للكاتب X"، "كالراحلة X": a title with a preposition on it governs its holder too)
    if (articledClitic(t)) return "skip";
    if (title(i)) { titled = true; continue; }
    if (titled) continue; // the rest of a title's phrase: "المستشارة الألمانية"، "رئيس البلدية"
    // "وجاءت تصريحات X": a message noun's genitive is who spoke (clause-genitive.ts)
    if (isMessageNoun(t)) continue;
    words++;
    if (statement(i)) stated = true;
    definite = t.readings.some((r) => r.article && (r.pre === "" || r.pre === "و" || r.pre === "ف"));
  }
  // a verb and an indefinite noun before the name: the name is that noun's genitive ("تذكرت موقف
  // X"، "وشكر البيان أفراد X"); three words: the clause has a subject of its own ("وحاكى العرض
  // المسرحي X"). A verb and one definite noun may be a fronted object ("قدم الحفل X"): X stays.
  if (words >= 3 || (words === 2 && !definite)) return stated ? "document" : "stop";
  // "زار X وY، وZ": a clause that is only "و" + a name right after a name and a comma lists it
  if (mm.first === start && listMember(st, start)) return "skip";
  return "subject";
}
const PREP_PRONOUN = /^[وف]?(ب|ل|عن|من|في|الي|علي|مع|لدي|عند)(ه|ها|هم|هما|هن|ي|ك|كم|نا)$/;
const DEMONSTRATIVES = new Set(["ذلك", "هذا", "هذه", "تلك", "ذاك"]);

/** The clause opens on و + the actor's first word, right after a comma that follows another actor. */
function listMember(st: State, start: number): boolean {
  const t = st.toks[start], comma = st.toks[start - 1];
  if (!t || !/^و/.test(t.norm) || !comma || comma.kind !== "punct") return false;
  const prev = st.ix.atToken[start - 2];
  return !!prev && prev.last === start - 2;
}
