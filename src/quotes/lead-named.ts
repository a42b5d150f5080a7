// "كشف وزير يمني عن …" … "وقال وزير الإدارة المحلية في اليمن عبدالرقيب فتح إن": a lead that brings its
// speaker in by an indefinite description (a title or a person noun of unnamed-sources.tsv's descriptor
// rows: وزير، دبلوماسي، عضو في X) and names him further on, after the same head word ("الدبلوماسي
// الإسرائيلي، دوري غولد"). The lead's statement is that person's — not an unnamed source's, nor the
// institution of "عضو في رئاسة X". Only the lead: further on, an indefinite description is someone new.
import type { Token } from "../core/document.ts";
import type { ActorMention } from "../actors/mentions.ts";
import type { State } from "./state.ts";
import { firstMentionFrom } from "./state.ts";
import { isNisba, titleWord } from "./speakers.ts";
import { unnamedRole } from "../lexicon/unnamed.ts";
import { isAn } from "./tokens.ts";

const LEAD = 3;         // the body's first sentences that make the lead (a byline may take one)
const SUBJECT = 3;      // tokens after the cue in which its subject's head stands
const PHRASE = 4;       // tokens after the head in which the institution of "عضو في رئاسة X" starts
const REACH = 2500;     // characters after the lead in which the description's holder is named
const TITLE_BEFORE = 8; // tokens before the name in which the same head word stands
const OWN_NAME = 20;    // tokens after the head in which its own holder's name would stand

/** Gives the lead's quotes whose subject is an indefinite description the person named later with it. */
export function leadNamed(st: State): void {
  const first = firstBodySentence(st);
  if (first < 0) return;
  for (const q of st.quotes) {
    if (q.sentence >= first + LEAD || q.sentence < first || q.direct) continue;
    const h = headAfter(st, q.cueAt);
    if (h < 0 || (q.speaker !== null && !institutionOf(st, h, q.speaker))) continue;
    const who = namedLater(st, h, st.toks[h]);
    if (!who) continue;
    const old = q.speaker;
    for (const o of st.quotes) if (o.sentence === q.sentence && o.speaker === old) { o.speaker = who.id; o.speaker_text = who.text; }
  }
}

/** The first sentence after the title, else -1. */
function firstBodySentence(st: State): number {
  for (let s = 0; s < st.sents.length; s++) {
    const [a, b] = st.sents[s];
    if (b > a && st.toks[a].start >= st.titleEnd) return s;
  }
  return -1;
}

/** The indefinite head of the cue's subject ("كشف وزير يمني"، "قال دبلوماسي إسرائيلي كبير") a few
 *  tokens after the cue, before any name; else -1. */
function headAfter(st: State, cue: number): number {
  const heads = unnamedRole("descriptor");
  for (let i = cue + 1; i <= cue + SUBJECT && i < st.toks.length; i++) {
    const t = st.toks[i];
    if (t.kind !== "word" || st.ix.atToken[i]) return -1;
    if (t.readings.some((r) => r.article)) continue;
    if (titleWord(t) || t.readings.some((r) => !r.post && r.pre === "" && heads.has(r.bare))) return indefinite(st, i) && !ownName(st, i) ? i : -1;
  }
  return -1;
}

/** The head at h starts an indefinite description: an indefinite adjective or a preposition follows it
 *  ("وزير يمني"، "مسؤول بالحياة البرية"، "عضو في رئاسة X"), not a noun in construct, which makes a
 *  title of one known person ("محافظ عدن"، "سيدة الأعمال"، "رئيس الوزراء"). */
function indefinite(st: State, h: number): boolean {
  const n = st.toks[h + 1];
  if (!n || n.kind !== "word") return false;
  if (IN.has(n.norm) || n.readings.some((r) => r.article && (r.pre === "ب" || r.pre === "ل"))) return true;
  const mm = st.ix.atToken[h + 1];
  return mm ? isNisba(mm) || NISBA.test(n.norm) : !n.readings.some((r) => r.article) && NISBA.test(n.norm);
}
const IN = new Set(["في", "من", "لدي"]);
const NISBA = /ي$/; // an indefinite adjective of relation ("يمني"، "إسرائيلي"، "أمني")

/** The description at h is followed by its holder's name ("صرح وزير الخارجية الكندي جون ليفر"،
 *  "أعلن محافظ عدن، X"، a long title before it), before the content opens (other punctuation, أن). */
function ownName(st: State, h: number): boolean {
  for (let j = h + 1; j <= h + OWN_NAME && j < st.toks.length; j++) {
    const t = st.toks[j];
    if (t.kind === "punct" && (t.text === "،" || t.text === ",")) continue;
    if (t.kind === "punct" || isAn(t)) return false;
    if (st.ix.atToken[j]?.type === "PERSON") return true;
  }
  return false;
}

/** The speaker id is the institution named in the head's phrase ("عضو في رئاسة الاتحاد"). */
function institutionOf(st: State, h: number, id: string): boolean {
  for (let j = h + 1; j <= h + PHRASE && j < st.toks.length && st.toks[j].kind === "word"; j++) {
    const mm = st.ix.atToken[j];
    if (mm?.id === id && mm.type !== "PERSON") return true;
  }
  return false;
}

/** The first person named after the head with the head's word up to TITLE_BEFORE tokens before his
 *  name (commas aside, no other name between): "وقال وزير الإدارة المحلية في اليمن X"، "الدبلوماسي، X". */
function namedLater(st: State, h: number, head: Token): ActorMention | null {
  const bare = bareOf(head);
  if (!bare) return null;
  // (in the lead's own sentence too: "كشف عضو في رئاسة X عن …، وقال عضو في رئاسة X، Y، إن")
  const from = h + 1;
  for (let k = firstMentionFrom(st, from); k < st.ix.mentions.length; k++) {
    const mm = st.ix.mentions[k];
    if (st.toks[mm.first].start - head.start > REACH) break;
    if (mm.type !== "PERSON" || !titleEnds(st, mm.first)) continue;
    for (let j = mm.first - 1; j >= Math.max(from, mm.first - TITLE_BEFORE); j--) {
      const w = st.toks[j];
      if (w.kind === "punct") { if (w.text === "،" || w.text === ",") continue; break; }
      if (st.ix.atToken[j]?.type === "PERSON") break;
      if (w.readings.some((r) => !r.post && (r.pre === "" || r.pre === "و") && r.bare === bare)) return mm;
    }
  }
  return null;
}

/** The word before a name (commas aside) ends a title: a definite word or a name ("وزير الإدارة المحلية
 *  في اليمن X"، "الدبلوماسي الإسرائيلي، X"), not a preposition or noun of the sentence ("بشأن X"). */
function titleEnds(st: State, first: number): boolean {
  let j = first - 1;
  while (j >= 0 && (st.toks[j].text === "،" || st.toks[j].text === ",")) j--;
  const t = st.toks[j];
  return !!t && t.kind === "word" && (!!st.ix.atToken[j] || t.readings.some((r) => r.article));
}

function bareOf(t: Token): string {
  for (const r of t.readings) if (!r.post && r.pre === "" && !r.article) return r.bare;
  return "";
}
