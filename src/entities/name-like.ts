// Is a word that ends a person's name in this article likely to be that person's family name when
// it stands alone later, or an ordinary word a too-long name span swallowed ("ليون صفر",
// "صالح الأخيرة", "خالد بن يحيى بسبب")? Coreference (coreference.ts) only turns bare repeats of a
// proper-looking word into mentions. The evidence is what the project already knows of ordinary
// words: the recognizer's lexicons (titles, organization heads, offices, cue words), the number
// and month words (data/lexicon/numbers.tsv, months.tsv), the shape of a definite feminine noun
// or adjective (الأخيرة، الجنوبية، الثانية: Arabic family names almost never take ال with final
// ة), and the name tagger's own weight for the word form, learned on ANERcorp's train part: a
// word it saw as outside a name more than as a person's name is an ordinary word.
import path from "node:path";
import fs from "node:fs";
import { readTsv } from "../core/tsv.ts";
import { DATA_DIR, type Lexicons } from "../mentions/lexicons.ts";
import type { NerModel } from "../mentions/model/tagger.ts";
import { normalize } from "../text/normalize.ts";

/** How much more the tagger must weigh "outside" than a person label for the word to count as ordinary. */
const ORDINARY_MARGIN = 1;

let numberWords: Set<string> | null = null;
/** Number and month words (عشر، ثلاث، صفر، رجب), normalized, from data/lexicon. */
function countWords(): Set<string> {
  if (numberWords) return numberWords;
  numberWords = new Set();
  for (const f of ["numbers.tsv", "months.tsv"]) {
    const p = path.join(DATA_DIR, "lexicon", f);
    if (!fs.existsSync(p)) continue;
    for (const r of readTsv(p)) if (r.row.form && !r.row.form.includes(" ")) numberWords.add(normalize(r.row.form));
  }
  return numberWords;
}

/** `word`: normalized, clitics already off. `model`: the name tagger, when loaded. */
export function looksLikeName(word: string, lex: Lexicons, model?: NerModel | null, counts: Set<string> = countWords()): boolean {
  if (word.length < 3) return false;
  if (lex.connectors.has(word) || lex.stops.has(word) || lex.firstNames.has(word) || lex.ordinals.has(word) || lex.nameParts.has(word)
    || lex.offices.has(word) || lex.genericPlaces.has(word) || lex.placeCues.has(word) || lex.settlementCues.has(word)
    || lex.directions.has(word) || counts.has(word) || lex.titles.has(word) || lex.orgHeads.has(word)) return false;
  if (word.startsWith("ال") && word.endsWith("ه")) return false;
  const w = model?.weightOf("0|w:" + word);
  // labels: O, B-PERS, I-PERS, ... (features.ts LABELS)
  if (w && w[0] - Math.max(w[1], w[2]) >= ORDINARY_MARGIN) return false;
  return true;
}
