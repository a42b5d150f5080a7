// "كشف مصدر في قيادة العمليات عن … وقال المصدر إن": a definite source noun (unnamed-sources.tsv, role
// back: مصدر، مسؤول) as the subject of a cue, with no name of its own, is the source the text brought in
// before with the indefinite noun. That source spoke for the institution its phrase named ("مصدر في X"،
// "مسؤول بوزارة X": X speaks, as for the first statement); one that named none ("مسؤول حكومي يوناني")
// stays unnamed, and so does a definite noun with no such source before it. Not the last speaker: the
// text often quotes a named person between the two ("صرح مسؤول …، وأعلن الوزير X … وقال المسؤول").
import type { Token } from "../core/document.ts";
import type { Speaker, State } from "./state.ts";
import { asSpeaker } from "./state.ts";
import { isActorType } from "../actors/mentions.ts";
import { isNisba } from "./speakers.ts";
import { unnamedRole } from "../lexicon/unnamed.ts";

const REACH = 3000;   // characters back in which the source's first mention is looked for (the article points to it however far)
const SUBJECT = 4;    // tokens after the first statement's cue in which the source noun stands ("أكد لـ«عكاظ» مصدر")
const COMPLEMENT = 4; // tokens after the source noun in which the institution it speaks for starts ("مصدر مسؤول في الأزهر")

/** The institution a definite source noun at token i speaks for, through the source brought in before
 *  it; null when the noun is none, or no such source (or one that named no institution) stands before. */
export function sourceBack(st: State, i: number): Speaker | null {
  const t = st.toks[i];
  if (!t || t.kind !== "word" || st.ix.atToken[i] || !isSource(t, true)) return null;
  for (let k = i - 1; k >= 0 && t.start - st.toks[k].start <= REACH; k--) {
    if (st.toks[k].kind === "word" && isSource(st.toks[k], false)) return firstStatement(st, k) ? institutionAfter(st, k) : null;
  }
  return null;
}

/** The source noun at k is the subject of a statement found with a named speaker ("وأكد مصدر مسؤول في
 *  الأزهر أن"): a source whose first statement stayed unnamed stays unnamed when it speaks again. */
function firstStatement(st: State, k: number): boolean {
  const sent = st.toks[k].sentence;
  for (const q of st.quotes) if (q.sentence === sent && q.cueAt < k && k - q.cueAt <= SUBJECT && q.speaker !== null) return true;
  return false;
}

/** A back row's noun, definite when asked ("المصدر"، "والمسؤول"), else with or without the article. */
function isSource(t: Token, definite: boolean): boolean {
  const back = unnamedRole("back");
  for (const r of t.readings) if (!r.post && (!definite || r.article) && (r.pre === "" || r.pre === "و" || r.pre === "ال" || r.article) && back.has(r.bare)) return true;
  return false;
}

/** The organization or state named after the source noun at k through a preposition ("في الأزهر"،
 *  "بوزارة الدفاع"), before any punctuation; not an adjective of nationality ("مصدر أمني عراقي": unnamed). */
function institutionAfter(st: State, k: number): Speaker | null {
  for (let j = k + 1; j <= k + COMPLEMENT && j < st.toks.length; j++) {
    if (st.toks[j].kind === "punct") return null;
    const mm = st.ix.atToken[j];
    if (!mm) continue;
    if (mm.type === "PERSON" || !isActorType(mm.type) || isNisba(mm) || !(IN.has(st.toks[j - 1].norm) || st.toks[j].readings.some((r) => r.pre === "ب" || r.pre === "ل"))) return null;
    return asSpeaker(mm);
  }
  return null;
}

// the prepositions that tie a source to its institution ("مصدر في"، "مسؤول من"، "مصدر لدى")
const IN = new Set(["في", "من", "لدي", "داخل"]);
