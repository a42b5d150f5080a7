// "وطالبا الأمم المتحدة"، "استعادا السيطرة"، "ويطالبان": a verb in the dual carries its subject
// (two actors named before, "الطرفان") in its ending, so the name after it is its object, as after
// a plural verb ("طالبوا": implicit-subjects.ts isPluralVerb). Read as a subject, the object became
// the one who demanded or struck.
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";

/** Is this verb token (a trigger of row `trig`) a dual: a perfect form + ا or تا ("طالبا"، "أكدتا"),
 *  or an imperfect + ان ("يطالبان")? A perfect whose own last letter is ا/ى/ي is left out ("دعا"). */
export function isDualVerb(t: Token, trig: Trigger): boolean {
  const perfect = trig.perfect, imperfect = trig.imperfect;
  if (!perfect && !imperfect) return false;
  // "طالباً": the tanween of an accusative noun (a student), never on a verb
  if (t.text.includes("\u064B")) return false;
  for (const r of t.readings) {
    const w = r.norm;
    if (perfect && w.endsWith("تا") && perfect.has(w.slice(0, -2)) && !perfect.has(w)) return true;
    if (perfect && w.endsWith("ا") && w.length >= 4 && perfect.has(w.slice(0, -1)) && !/[اي]$/.test(w.slice(0, -1))) return true;
    if (imperfect && w.endsWith("ان") && imperfect.has(w.slice(0, -2))) return true;
  }
  return false;
}
