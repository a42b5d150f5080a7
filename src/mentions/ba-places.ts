// A one-word KB place written with the preposition ب on it, "بالطائف", "ببريدة", "بأبها": the press's
// way of saying where a thing happened. model-mentions.ts lets the tagger drop a place reached by
// splitting a clitic off at a low margin (splitPlace), because "وجيزة" "and brief" and "كحماة" "as
// protectors" are ordinary words; ب + a place name is not, unless the written word is itself in the
// dictionary ("بنوك" "banks", "بليون" "billion"). Such a place then needs the margin of any KB place.
// Measured on 1,467 SaudiNewsNet records (2015-08-07): the low margin dropped 72 split places; the 50
// with ب were 49 places (الطائف 18, بريدة 13, أبها 12, الأحساء 6) and one number word (بليون).
import type { FoundMention } from "./candidate.ts";
import { ordinaryWords } from "./model/features.ts";
import type { Ctx } from "./words.ts";

const BA = new Set(["ب", "وب", "فب"]);
const HAMZA = /[أإآ]/;

/** Is the one-word place m written with a proclitic ب on a word that is no dictionary word? */
export function placedByBa(c: Ctx, m: FoundMention): boolean {
  if (m.tokens.end - m.tokens.start !== 1) return false;
  const t = c.tokens[m.tokens.start];
  const words = ordinaryWords();
  if (words.has(t.norm)) return false;
  let ba = false;
  for (const r of t.readings) {
    // "بابها" "her door" (باب + ها) folds as ب + أبها: a dictionary stem with an enclitic is the
    // likelier reading, unless the word is written with the hamza the fold took away ("بأبها")
    if (r.post !== "") { if (words.has(r.norm) && !HAMZA.test(t.text)) return false; continue; }
    if (BA.has(r.pre) && r.norm === m.key) ba = true;
    // "وبنوك" "and banks": the word after و is a dictionary word
    else if ((r.pre === "و" || r.pre === "ف") && words.has(r.norm)) return false;
  }
  return ba;
}
