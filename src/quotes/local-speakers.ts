// A town does not speak. "وقال البكري، إن" after a sentence about عدن، "أوضحت الشؤون الصحية بجازان"،
// "قالت الشرطة في منطقة ريتشموند": a city, town, village, district or province read as the speaker
// was the place of the one who spoke, of an earlier sentence, or a word the entity stage misread as
// a town (a person's name: "ليون"، "أورلاندو"); who spoke is unnamed, or named elsewhere. A capital
// stands for its government ("وقالت بكين"، "أكدت طهران") and a region may have one (Iraqi
// Kurdistan): both speak, as in events/local-places.ts, the same rule for an event's doer. Places
// the knowledge base does not hold keep their role: their kind is unknown. Walks the quotes found,
// once, after surname-speaker.ts (a surname read as a town, "وقال ليون" of "برناردينو ليون", is the
// person's): the speaker goes, the quote stays, and the carry that led to it is left as it was.
import { kbEntryOf } from "../kb/index.ts";
import type { State } from "./state.ts";

/** Knowledge-base kinds of place below a state that have no government of their own to speak. */
const LOCAL = new Set(["city", "town", "village", "district", "neighbourhood", "province", "governorate"]);

/** Makes unnamed the quotes whose speaker is a place below its state (not a capital, not a
 *  self-governing region). */
export function localSpeakers(st: State): void {
  for (const q of st.quotes) {
    if (!q.speaker) continue;
    const sub = kbEntryOf(q.speaker)?.subtype ?? null;
    if (sub === null || !LOCAL.has(sub) || subjectAfterCue(st, q.cueAt, q.speaker)) continue;
    q.speaker = null; q.speaker_text = null;
  }
}

/** The place is named as the cue's own subject, right after it or after one head noun ("وقال ليون"،
 *  "ولم يكشف مارسيليا"، "وأكدت حكومة الأنبار"): there it is as often a name the entity stage read
 *  as a town (a person's surname, a club) or the place's own government, and it stays. */
function subjectAfterCue(st: State, cueAt: number, id: string): boolean {
  let i = st.cueStarting[cueAt]?.end ?? cueAt + 1;
  while (i < st.toks.length && st.toks[i].kind === "punct") i++; // (quotation marks: "ولم يكشف «X»")
  const at = st.ix.atToken[i], next = st.ix.atToken[i + 1];
  return at?.id === id || (at === undefined && st.toks[i]?.kind === "word" && next?.id === id && next.first === i + 1);
}
