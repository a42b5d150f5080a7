// "برقية تهنئة للرئيس X"، "عن شكره لفخامة الرئيس X"، "أشاد بالملك X"، "أرسل رسالة إلى وزير الخارجية
// الأمريكي X": a name in apposition to its title is governed by the preposition written on (or before)
// the title. prepOf (arguments.ts) looked one word back from the name, found a title and said "no
// preposition", so the addressee of a thanks or a congratulation was read as its genitive, its doer
// (SaudiNewsNet 2015-07-22/08-03, 2,843 records: 17 SUPPORT events whose source was the person thanked
// or congratulated, "برقية تهنئة لجلالة السلطان X"). This module says which words make such a title:
// the words of data/lexicon/titles.tsv (honorifics included) and, inside the title, a nationality
// adjective ("للرئيس الكولومبي X").
import path from "node:path";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { normalize } from "../text/normalize.ts";

/** Words a title is written with, folded, without ال ("رئيس"، "وزير"، "فخامه"، "ملك"). */
let words: Set<string> | null = null;
function titleWords(): Set<string> {
  if (words) return words;
  words = new Set();
  // (a title's first word, and every word of an honorific, "صاحب السمو الملكي الأمير"; the later words of
  // other titles are nouns of their own, "أمير منطقة"، "المدير العام", and are left out)
  for (const { row } of readTsv(path.join(LEXICON_DIR, "titles.tsv"))) {
    const ws = normalize(row.title ?? "").split(" ");
    for (const w of row.kind === "honorific" ? ws : ws.slice(0, 1)) {
      const bare = w.replace(/^ال/, "");
      if (bare.length >= 3) words.add(bare);
    }
  }
  return words;
}

/** The longest run of title words (and nationality adjectives inside it) this walk may step over. */
export const TITLE_REACH = 4;

/** What the word before a name is to its title: "title" for a word of a title ("الرئيس"، "فخامة"),
 *  "adjective" for a definite nationality adjective ("الكولومبي"), else null. `word` is the
 *  token's folded form without a و/ف and a ب/ل (a لل word comes as ل + the rest: "لرئيس"). */
export function titleWordKind(word: string): "title" | "adjective" | null {
  const w = word.startsWith("ال") ? word.slice(2) : word.startsWith("ل") && titleWords().has(word.slice(1)) ? word.slice(1) : word;
  if (titleWords().has(w)) return "title";
  if (word.startsWith("ال") && word.length >= 5 && /(ي|يه)$/.test(word)) return "adjective";
  return null;
}
