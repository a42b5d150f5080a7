// "جاء ذلك في تصريحات أدلى بها الوزير X، التي وصف فيها الموسم بالضعيف"، "خطاب X الذي قال فيه":
// a verb of saying right after a relative and فيه/فيها ("in which"), with no subject after it. The
// relative's antecedent is the statement, and the statement's giver, named right before the relative,
// is the speaker; what follows فيه is what was said. (Before, فيها read as a preposition with a
// pronoun pointing back to what was said, "التي أعلن عنها", and the cue quoted nothing, so a
// following "وأضاف" carried on from whoever spoke or acted before.)
import type { ActorMention } from "../actors/mentions.ts";
import { isActorType } from "../actors/mentions.ts";
import type { Cue } from "../lexicon/cues.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { State } from "./state.ts";
import { afterPreposition, titleWord } from "./speakers.ts";

const RELATIVE = new Set(["التي", "الذي", "والتي", "والذي"]);
const IN_WHICH = new Set(["فيه", "فيها", "خلاله", "خلالها"]);

/** The giver of the statement a cue "الذي/التي + cue + فيه" stands in, and the first token of the
 *  content; null when the construction is not there, a subject follows فيه ("الذي أكد فيه X أن": the
 *  ordinary subject rules hold), or no person or body is named right before the relative. */
export function inWhichSaid(st: State, m: PhraseMatch<Cue>): { giver: ActorMention; from: number } | null {
  const { toks } = st;
  const rel = toks[m.start - 1], at = toks[m.end];
  if (!rel || !at || !RELATIVE.has(rel.norm) || !IN_WHICH.has(at.norm) || rel.sentence !== at.sentence) return null;
  const next = st.ix.atToken[m.end + 1];
  if (next && next.first === m.end + 1) return null;
  // the giver ends right before the relative, or before a comma there ("X، التي")
  let k = m.start - 2;
  if (toks[k]?.kind === "punct" && toks[k].text !== ".") k--;
  const giver = st.ix.atToken[k];
  if (!giver || giver.last !== k || !isActorType(giver.type) || giver.type === "GPE" || giver.type === "LOC") return null;
  // not a name governed by a preposition ("حوار مع الأمين العام لمنظمة X الذي"، "شهادتها أمام الكونغرس، التي"),
  // nor a body after its officer's title ("وكيل وزارة X، التي": the officer gave it), nor an apposition set
  // off by a comma ("خطاباته للإمبراطور، X، التي": the letters are another's)
  const before = toks[giver.first - 1];
  if (afterPreposition(st, giver) || (before && giver.type !== "PERSON" && titleWord(before)) || (before?.kind === "punct" && before.text !== ".")) return null;
  return { giver, from: m.end + 1 };
}
