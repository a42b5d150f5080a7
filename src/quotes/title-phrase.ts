// "ويؤكد مدير المركز الإقليمي للدراسات في عمّان، X، أن"، "وأكد الناطق الإعلامي بقيادة الدفاع المدني في
// المنطقة الشرقية العقيد البحري X أن": a subject that opens on a title word is one noun phrase, the
// title with its complements (the body, the place, a rank, adjectives), up to its holder's name. The
// name may stand past five words from the verb and after a word that ends no title (البحري، ألمانيا)
// or an appositive comma; it is still the title's holder. The phrase is broken (the person is someone
// else, the verb's object or the one spoken to) by a relative pronoun, a complementizer, a word that
// carries a pronoun ("لقائه"، "نظيره"), a title with ل ("لرئيس الوزراء": spoken to), a word of company
// or occasion (data/lexicon/speaker-slot.tsv, class phrase_break: "مع"، "خلال"، "بحضور"), another
// cue, or any punctuation but quotation marks and one comma right before the name.
import type { Token } from "../core/document.ts";
import type { State } from "./state.ts";
import { cueAt } from "./state.ts";
import { isAn } from "./tokens.ts";
import { functionWords } from "../lexicon/function-words.ts";
import { slotWords } from "../lexicon/speaker-slot.ts";
import { titleHeads } from "./speakers.ts";

const MARKS = new Set(["«", "»", "\"", "“", "”"]);

/** The subject at `from` (right after the verb) opens on a title and the person at token i ends its phrase. */
export function titlePhraseHolder(st: State, from: number, i: number): boolean {
  if (i - from < 2 || !opensTitle(st.toks[from])) return false;
  const rel = functionWords("relative"), breaks = slotWords("phrase_break");
  let comma = -1;
  for (let k = from; k < i; k++) {
    const t = st.toks[k];
    if (t.kind === "punct") {
      if (MARKS.has(t.text)) continue;
      if ((t.text === "،" || t.text === ",") && comma < 0) { comma = k; continue; }
      return false;
    }
    if (k > from && st.ix.atToken[k]?.type === "PERSON") return false;
    if (rel.has(t.norm) || breaks.has(t.norm) || isAn(t) || (k > from && cueAt(st, k, "say"))) return false;
    // (a word that may end on a pronoun, its text not on ة: "رسالته"، "نظيره"؛ the whole-word reading is always there)
    if (!st.ix.atToken[k] && !t.readings.some((r) => r.article) && t.readings.some((r) => r.post) && !/ة$/.test(t.text)) return false;
    if (k > from && t.readings.some((r) => r.pre === "ل" && !r.post && titleHeads().has(r.bare))) return false;
  }
  // (a comma ends the title's phrase only right before its holder, quotation marks aside)
  if (comma >= 0) for (let k = comma + 1; k < i; k++) if (!MARKS.has(st.toks[k].text)) return false;
  return true;
}

/** A title word with no proclitic but the article and no pronoun ("مدير"، "الناطق"). */
function opensTitle(t: Token): boolean {
  return t.kind === "word" && t.readings.some((r) => r.pre === "" && !r.post && titleHeads().has(r.bare));
}

