// A title named for its holder in apposition elsewhere in the document: "اللواء فلان وزير الداخلية
// النورستاني" (the name before the title) or "رئيس الأركان النورستاني الجنرال فلان" (a rank or
// "السابق" between the title and the name). titleHolder (implicit-subjects.ts) finds the title
// followed right by the name; these are the two other ways news names the holder once.
import { titleBefore, type Arg, type ArgIndex } from "./arguments.ts";
import { isBareWord, isBreak, isPrepWord } from "./clause.ts";

/** The person a title phrase (its words as bareWord reads them) is said of in apposition: named
 *  right before one occurrence of it, or right after it past one word with the article; else null.
 *  Not at the occurrence being resolved (its last word at `self`): there a name before the title is
 *  the verb's subject and the title its object ("واتهم فلان رئيس الوزراء النورستاني"). */
export function appositiveHolder(ai: ArgIndex, phrase: readonly string[], self: number): Arg | null {
  const toks = ai.toks, at = ai.at, n = phrase.length;
  for (let i = 1; i + n < toks.length; i++) {
    // (a title's phrase only: "الشعب النورستاني"، "التحقيقات النورستانية" are held by no one)
    if (!isBareWord(toks[i], phrase[0]) || !titleBefore(toks[i])) continue;
    let k = 1;
    while (k < n && isBareWord(toks[i + k], phrase[k])) k++;
    if (k < n || i + n - 1 === self) continue;
    const before = at[i - 1];
    if (before?.type === "PERSON" && before.id && !before.clitic && before.last === i - 1) return before;
    const e = i + n, w = toks[e];
    if (at[e] || w.kind !== "word" || isBreak(w) || isPrepWord(w) || !w.norm.startsWith("ال")) continue;
    const after = at[e + 1];
    if (after?.type === "PERSON" && after.id && !after.clitic && after.first === e + 1) return after;
  }
  return null;
}
