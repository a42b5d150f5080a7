// A death told or mourned by the victim's side names no killer in its teller. "أعلنت الجبهة استشهاد أحد
// عناصرها": martyrdom is how a side announces its own dead, so the announcer is the victims' side,
// not their doer; "أرسل الرئيس برقية تعزية بمقتل X"، "عبر عن فخره باستشهاد ابنه": who sends condolences
// or grieves for the dead did not kill them. Without this the support verb's subject (noun-roles.ts)
// became the source. An army announcing "مقتل 20 مسلحا" is left alone: there the announcer usually did
// it. The killer, when the sentence names one ("برصاص X"، "بنيران X"), is still taken by the agent
// phrase step. Words: event-word-classes.tsv (martyrdom-noun, mourning-word).
import type { Token } from "../core/document.ts";
import { ANNOUNCE, bareVerb } from "./verb-words.ts";
import { wordClass } from "./word-classes.ts";

const MARTYRDOM = wordClass("martyrdom-noun");
const MOURNING = wordClass("mourning-word");

/** True when the masdar at `start`, governed by the support verb at `sv`, tells a death from the
 *  victims' side: a martyrdom noun announced (أعلن، announce-verb), or a casualty noun after بـ/لـ
 *  right behind a word of grief or condolence. (A martyrdom after another verb keeps that verb's
 *  subject: news, "حاول إرهابيون التسلل … نتج عنه استشهاد رجل أمن" names the doers.) */
export function toldByVictimSide(toks: readonly Token[], start: number, sv: number): boolean {
  const t = toks[start];
  if (ANNOUNCE.has(bareVerb(toks[sv])) && t.readings.some((r) => MARTYRDOM.has(r.bare))) return true;
  if (start === 0 || !t.readings.some((r) => r.pre.endsWith("ب") || r.pre.endsWith("ل"))) return false;
  return toks[start - 1].readings.some((r) => MOURNING.has(r.bare));
}
