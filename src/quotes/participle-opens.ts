// Where a running statement ends: a participle of saying inside it ("…، مشيرا إلى أن") opens the
// next statement and cuts the one before. But several participle forms are as often a noun or an
// adjective mid-clause: the feminine of a form-III participle is the verb's own verbal noun
// ("برعاية ومتابعة المحافظ"، "إلى متابعة المشروع" beside "متابعة أن"), and "لافتا" is "notable" in
// "حضورا لافتا". A participle that takes no direct object (frames with no obj, whole or gen) cuts
// the content only where its own content opens: a complementizer, a colon or a quotation mark close
// after it, or one of its framed prepositions right after it. A participle that takes an object
// ("مؤكدا أهمية …") cuts as before: what follows it is always its content.
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Cue } from "../lexicon/cues.ts";
import type { Token } from "../core/document.ts";
import { markOpenAt, type State } from "./state.ts";
import { isAn, isColon } from "./tokens.ts";

// tokens after the participle in which its complementizer may stand ("مشيرا في حديث للصحيفة بأن")
const AN_REACH = 8;

/** Whether the participle cue m opens a statement of its own (and so ends the content before it). */
export function participleOpens(st: State, m: PhraseMatch<Cue>): boolean {
  const vs = m.values;
  for (let k = 0; k < vs.length; k++) {
    const f = vs[k].frames;
    if (!vs[k].participle || f.has("obj") || f.has("whole") || f.has("gen")) return true;
  }
  const { toks } = st;
  const sent = toks[m.start].sentence, end = Math.min(toks.length, m.end + AN_REACH);
  for (let i = m.end; i < end && toks[i].sentence === sent; i++) {
    const t = toks[i];
    if (isColon(t) || markOpenAt(st, t.start) || isAn(t, toks[i - 1], toks[i + 1])) return true;
    if (i === m.end && framedPrep(t, vs)) return true;
  }
  return false;
}

/** The word right after the participle is one of its framed prepositions ("لافتا إلى"، "مشيدا بـ"). */
function framedPrep(t: Token, vs: readonly Cue[]): boolean {
  for (const v of vs) {
    if (v.frames.has(t.norm)) return true;
    if (v.frames.has("ب") && t.readings.some((r) => r.pre === "ب")) return true;
  }
  return false;
}
