// "ونددت الولايات المتحدة والاتحاد الأوروبي بالهجوم"، "وقال الوزيران X وY إن": two parties joined by و
// right after the verb are one subject, and each says what follows. The verb agrees with the first
// alone, so nothing in its form tells the pair; what does is where the content opens: right after the
// second party (a complementizer, a colon, a quotation, or the preposition of a verb that takes no
// object). After a verb that takes an object, "اتهم X وY بالتخطيط/بأن" names its objects, not its
// subject, so such a verb's preposition or بأن is not believed; neither is a pair that mixes a person and a body
// ("أعلن الرئيس X والحكومة": the second is more often an object or an aside).
import type { Cue } from "../lexicon/cues.ts";
import { isActorType, type ActorMention } from "../actors/mentions.ts";
import { firstMentionFrom, QUOTE_MARKS, type State } from "./state.ts";
import { afterPreposition, isNisba } from "./speakers.ts";

const CONTENT_AFTER = 4; // tokens at most between the second party and where the content opens

/** The second party of a subject "X وY" that the content opens right after, else null.
 *  `a`: the subject found after the verb; `marker`/`how`: where and how the content opens. */
export function jointSubject(st: State, a: ActorMention, cue: Cue, marker: number, how: string): ActorMention | null {
  if (marker < 0 || cue.participle) return null;
  const { toks } = st;
  // (a verb that takes an object, then ب: "اتهم X وY بأن"، "بالتخطيط" — the pair is its object)
  if (how === "obj" || (cue.frames.has("obj") && (how === "prep" || toks[marker].norm.startsWith("ب")))) return null;
  // the token after the first party (past a closing quotation mark) opens with و and starts the second
  let i = a.last + 1;
  while (i < toks.length && QUOTE_MARKS.has(toks[i].text)) i++;
  const w = toks[i];
  if (!w || w.kind !== "word" || !w.norm.startsWith("و") || w.sentence !== toks[a.first].sentence) return null;
  const ms = st.ix.mentions;
  const k = firstMentionFrom(st, i);
  const b = ms[k];
  if (!b || b.first !== i || b.id === a.id || !isActorType(b.type) || isNisba(b) || afterPreposition(st, b)) return null;
  if ((a.type === "PERSON") !== (b.type === "PERSON")) return null;
  return marker > b.last && marker - b.last <= CONTENT_AFTER ? b : null;
}
