// A verb of saying whose named subject carries a long description: "وقال الرائد X، الناطق باسم
// عملية Y، التي يقودها Z، قائد …، إن …"، "قال أمين عام اللجنة الوطنية X خلال كلمته التي ألقاها في
// الحفل الذي أقامته اللجنة … أمس إن …". The complementizer stands past the 22 tokens in which
// find-quotes.ts looks for it; past a named subject, the first bare إن/أن, colon or quotation further
// on in the same clause still opens the content, where the subject's phrase ends (a comma, a closing
// mark, a name, a time word) and only for a verb that opens its clause. (SaudiNewsNet 2015-07-23 and
// 2015-08-03, 2,661 records: a verb of saying, 16 to 40 words, then its complementizer or quotation:
// 149 runs, 22 with no quote before, 15 after; with the other runs the rule reaches ("شدد X … على أن",
// a quotation past the window), 38 documents changed, 35 of 38 right; session 23.)
import type { State } from "./state.ts";
import { markOpenAt } from "./state.ts";
import { isAn, isColon } from "./tokens.ts";

/** Tokens after the verb within which a far complementizer may still open its content. */
export const FAR_WINDOW = 45;

/**
 * The first token in [from, to) that opens the content of a verb whose named subject ended at
 * `subjectEnd`: a complementizer without و (إن، أن، بأن، أنه …), a colon, a quotation mark, or one
 * of the verb's framed prepositions right before أن ("شدد X، …، على أن"); else -1. `isFramed`
 * says whether a token is one of those prepositions. Never a complementizer right after a
 * preposition or a noun that governs it ("بعد أن"، "رغم أن": isAn's own list).
 */
export function farOpening(st: State, from: number, to: number, isFramed: (i: number) => boolean): { at: number; how: "an" | "colon" | "mark" } | null {
  const { toks } = st;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (isColon(t)) return { at: i, how: "colon" };
    if (t.kind === "punct" && !markOpenAt(st, t.start)) continue;
    // so far from the verb only where the subject's phrase ends: after a comma, a closing mark, a
    // name or a time word ("…، إن"، "لـ«رويترز» "…""، "أمس إن"); after a plain word the complementizer
    // or quotation is that word's ("ورغم أن"، "تحت عنوان «…»"، "متهمة إياهم «…»")
    if (!endsPhrase(st, i - 1)) continue;
    if (markOpenAt(st, t.start)) return { at: i, how: "mark" };
    // (the preposition itself would read as a conjunction before أن, "على أن" provided that: not asked)
    if (isFramed(i) && i + 1 < to && isAn(toks[i + 1], undefined, toks[i + 2])) return { at: i + 1, how: "an" };
    if (isAn(t, toks[i - 1], toks[i + 1]) && !/^[وف]/.test(t.norm) && !st.ix.atToken[i]) return { at: i, how: "an" };
  }
  return null;
}

// time words that close the verb's adjuncts right before its content ("في الحفل الذي أقامته اللجنة أمس إن")
const TIME_WORDS = new Set(["امس", "اليوم", "مساء", "صباح", "ظهر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"]);

/** Token k ends a phrase: a comma or closing mark, the last token of a name, or a time word. */
function endsPhrase(st: State, k: number): boolean {
  const t = st.toks[k];
  if (!t) return false;
  if (t.kind === "punct") return t.text === "،" || t.text === "," || t.text === ")" || /^[»"”']$/.test(t.text);
  const mm = st.ix.atToken[k];
  return (!!mm && mm.last === k) || TIME_WORDS.has(t.norm);
}
