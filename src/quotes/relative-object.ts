// "الإجراءات التي أعلنتها الحكومة"، "الحزب الذي تصفه أنقرة بأنه …": a verb of saying right after a
// relative, carrying an object pronoun. The pronoun stands for the antecedent, so the verb already has
// its object: the antecedent is what was announced or whom it was said of, never the speaker, and the
// words after the subject are no content of the verb ("… التي أعلنتها الحكومة الأسبوع الماضي تأخرت").
// It reports speech only through a second complement that opens right after its named subject:
// أن ("ما ذكره الخبير أن …"), a quotation ("ما اعتبره الوزير «…»") or its framed preposition ("بأنه").
// (Before session 18 a test on the token's readings meant to catch this never held: every token keeps
// its whole reading, so the pronoun-object cue went on to quote whatever followed its subject.)
import type { Token } from "../core/document.ts";
import type { Cue } from "../lexicon/cues.ts";
import { cueIndex } from "../lexicon/cues.ts";
import { functionWords } from "../lexicon/function-words.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { State } from "./state.ts";

const RELATIVES = functionWords("relative");
// "ما" and its fused forms as a relative ("بحسب ما أوردته"، "مما وصفه"), "من" for a person ("من وصفهم")
const RELATIVE_MA = new Set(["ما", "مما", "عما", "بما", "من", "ممن", "وما"]);
const OBJECT_PRONOUNS = new Set(["ه", "ها", "هم", "هما", "هن"]);
// words at most between the subject's last word and its second complement ("X أمس بأنه")
const COMPLEMENT_NEAR = 3;

/** True when the cue at m is one word right after a relative, read as a verb of saying + an object
 *  pronoun, and its whole written form is no cue of its own ("نبه" stays the verb نبّه). */
export function pronounObjectAfterRelative(toks: readonly Token[], m: PhraseMatch<Cue>): boolean {
  if (m.end - m.start !== 1) return false;
  const t = toks[m.start], prev = toks[m.start - 1];
  if (!prev || prev.sentence !== t.sentence || !(RELATIVES.has(prev.norm) || RELATIVE_MA.has(prev.norm))) return false;
  const idx = cueIndex();
  if (idx.hasFirst(t.norm)) return false;
  return t.readings.some((r) => r.pre === "" && OBJECT_PRONOUNS.has(r.post) && idx.hasFirst(r.norm));
}

/** Whether such a cue's content opens right after its named subject (last word `subjectLast`, or
 *  the last of the names joined to it by و): a complementizer, a quotation mark or a framed preposition
 *  within a few words (punctuation and quotation marks not counted); an object content never, the
 *  pronoun being the object, unless it opens with the ب its verb frames ("وصفه X بأنه"، "اتهمه X بـ"). */
export function opensAfterSubject(st: State, cue: Cue, subjectLast: number, marker: number, how: string): boolean {
  const { toks } = st;
  let last = subjectLast;
  // "تصفه أنقرة وواشنطن بأنه": the subjects joined by و
  for (let mm = st.ix.atToken[last + 1]; mm && /^[وف]/.test(toks[last + 1].norm) && mm.first === last + 1; mm = st.ix.atToken[last + 1]) last = mm.last;
  if (marker <= last) return false;
  let words = 0;
  for (let k = last + 1; k < marker; k++) if (toks[k].kind !== "punct") words++;
  if (words > COMPLEMENT_NEAR) return false;
  if (how !== "obj") return true;
  return (cue.frames.has("whole") || cue.frames.has("ب")) && toks[marker].readings.some((r) => r.pre.endsWith("ب"));
}
