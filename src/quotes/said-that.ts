// "…، أوضح ذلك المتحدث الرسمي للدفاع المدني الرائد X." and "أوضح ذلك الناطق الإعلامي X وقال إن …":
// a verb of saying with ذلك as its object points back: what was said is the clause before it in its
// sentence (after a comma), or, when the verb opens its sentence, the sentence before; the subject
// named after ذلك (past his title only) said it, and the next "وأشار"/"وقال" goes on with him.
// Only ذلك, not هذا/هذه ("وقال هذا المصدر" is a demonstrative before the subject), and ذلك followed by
// a title or the name ("ويعلن ذلك القرار" is the demonstrative too).
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Cue } from "../lexicon/cues.ts";
import type { ActorMention } from "../actors/mentions.ts";
import { skipPunct, trimBack, enoughWords, type State } from "./state.ts";
import { speakerFrom, titleWord } from "./speakers.ts";

const SUBJECT_REACH = 14; // tokens after ذلك in which the subject's name (after his title) must end
const CLAUSE_BEFORE = 4;  // tokens at least in the clause before a mid-sentence "، أوضح ذلك"

export interface SaidThat { speaker: ActorMention; start: number; end: number; sentence: number }

/** The statement a cue followed by ذلك points back to, and its subject; null when the cue is not one. */
export function saidThat(st: State, m: PhraseMatch<Cue>): SaidThat | null {
  const { toks } = st;
  const that = toks[m.end];
  if (!that || that.text !== "ذلك" || that.sentence !== toks[m.start].sentence) return null;
  const sent = that.sentence, [sStart, sEnd] = st.sents[sent];
  const who = speakerFrom(st, m.end + 1, Math.min(sEnd, m.end + 1 + SUBJECT_REACH));
  // (a title or the name right after ذلك: "ويعلن ذلك القرار" is the demonstrative with its noun)
  if (!who || (who.first !== m.end + 1 && !titleWord(toks[m.end + 1]))) return null;
  // (the title alone between: no punctuation, no complementizer; "أكد ذلك، وقال إن" has no subject there)
  for (let i = m.end + 1; i < who.first; i++) if (toks[i].kind !== "word") return null;
  const a = skipPunct(toks, sStart, m.start);
  const prev = toks[m.start - 1];
  if (m.start - a >= CLAUSE_BEFORE && prev && (prev.text === "،" || prev.text === ",")) {
    const end = trimBack(toks, a, m.start - 1);
    return span(st, who, a, end, sent);
  }
  // the verb opens its sentence (after و at most): the sentence before
  if (a !== m.start || sent === 0) return null;
  const [pa, pb] = st.sents[sent - 1];
  const from = skipPunct(toks, pa, pb);
  if (from >= pb || toks[from].start < st.titleEnd || st.quotes.some((q) => q.sentence === sent - 1)) return null;
  return span(st, who, from, trimBack(toks, from, pb), sent - 1);
}

function span(st: State, who: ActorMention, from: number, to: number, sentence: number): SaidThat | null {
  const start = st.toks[from].start, end = st.toks[to - 1].end;
  return enoughWords(st.doc.text, start, end) ? { speaker: who, start, end, sentence } : null;
}
