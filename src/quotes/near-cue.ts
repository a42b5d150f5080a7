// Cues of frame near (reporting-cues.tsv): words that are as often no verb of saying ("بين" is also
// "between", "زاد" also "increased"). They speak only when their content opens close by: within
// NEAR_WINDOW tokens, or right after their named subject ("وبين مدير مركز الحي خالد المالكي أن"),
// and only in their bare form ("بينهم"، "بيننا" are the preposition with a pronoun).
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Cue } from "../lexicon/cues.ts";
import { markOpenAt, type State } from "./state.ts";
import { speakerFrom } from "./speakers.ts";
import { conjoinedCue, isAn, isColon } from "./tokens.ts";

export const NEAR_WINDOW = 4;  // tokens after the cue in which its content must open (a short subject between)
const SUBJECT_REACH = 10;      // tokens after the cue in which its named subject may end
const AFTER_SUBJECT = 3;       // tokens after the subject's name: a comma, then the complementizer

/** The token (exclusive) before which the content of a near cue ending at cueEnd must open. */
export function nearLimit(st: State, cueEnd: number, winEnd: number): number {
  const near = cueEnd + NEAR_WINDOW;
  const subj = speakerFrom(st, cueEnd, Math.min(cueEnd + SUBJECT_REACH, winEnd));
  if (!subj || subj.last + AFTER_SUBJECT <= near) return near;
  // (the subject's title runs from the cue to the name: no conjunction or punctuation in it, "بين X و Y")
  for (let k = cueEnd; k < subj.first; k++) { const t = st.toks[k]; if (t.kind !== "word" || t.norm.charCodeAt(0) === 0x0648) return near; }
  return subj.last + AFTER_SUBJECT;
}

/** A cue of frame near that says nothing here: it carries a pronoun; it stands inside a clause
 *  (no conjunction, no punctuation before it: "اتفاق بين الطرفين"); it repeats an earlier one
 *  ("بيننا وبين الأسر"); or no complementizer (not "وأن", which goes on with a clause before),
 *  colon or quotation opens its content before its limit in the sentence ending at sEnd. */
export function silentNear(st: State, m: PhraseMatch<Cue>, sEnd: number): boolean {
  if (!m.values.every((v) => v.frames.has("near"))) return false;
  const t = st.toks[m.start], last = st.toks[m.end - 1];
  if (last.readings.some((r) => r.post !== "")) return true;
  // ("بين أن": the complementizer right after it makes it the verb, wherever it stands)
  const next = st.toks[m.end];
  if (next && next.sentence === t.sentence && isAn(next) && next.norm.charCodeAt(0) !== 0x0648) return false;
  const prev = st.toks[m.start - 1];
  if (!conjoinedCue(t, m.values)) {
    if (prev && prev.sentence === t.sentence && !(prev.kind === "punct" && CLAUSE_MARKS.has(prev.text)) && !OPENERS.has(prev.norm)) return true;
  } else if (sameWordBefore(st, m.start)) return true;
  const limit = Math.min(nearLimit(st, m.end, sEnd), sEnd);
  for (let i = m.end; i < limit; i++) {
    const w = st.toks[i];
    if (isAn(w, i === m.end ? undefined : st.toks[i - 1]) && w.norm.charCodeAt(0) !== 0x0648) return false;
    if (isColon(w) || markOpenAt(st, w.start)) return false;
  }
  return true;
}

// what a clause opens after: punctuation (not a dash or a quotation mark: "-للأسف- بيننا"، "«…» بين البلدين"),
// and the conjunctions that open a clause of their own ("، كما بين المدير أن")
const CLAUSE_MARKS = new Set(["،", ",", ".", "؛", ":"]);
const OPENERS = new Set(["كما", "حيث", "ثم", "فيما", "بينما", "وكما", "لكن", "ولكن"]);
const PAIR_REACH = 8; // tokens back in which "بين X" is looked for before "وبين Y"
/** The cue's word without its conjunction stands a few tokens before it in its sentence ("بين X وبين Y"). */
function sameWordBefore(st: State, i: number): boolean {
  const word = st.toks[i].norm.slice(1), s = st.toks[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - PAIR_REACH) && st.toks[k].sentence === s; k--) {
    if (st.toks[k].readings.some((r) => r.norm === word && r.pre === "")) return true;
  }
  return false;
}
