// A title and then a full name of the Gulf and Levant kind — the person's own given name, the
// father's, the grandfather's, the family name ("الرقيب غانم سعد ناصر الدوسري") — lists of soldiers,
// victims and accused are written so. When the person's own given name is rare (no dictionary
// holds it), the tagger starts the name at the father's given name and the pattern that ran from
// the title loses its first word, or the person is merged with a KB namesake made of the last
// words ("أحمد عسيري"). The word right after the title is the name's first word when it is a plain
// word no dictionary holds and a chain of given names goes on after it: the pattern stands.
import type { FoundMention } from "./candidate.ts";
import { isWord } from "./candidate.ts";
import { TITLE, wordClasses } from "./word-classes.ts";
import { titleAt, type Ctx } from "./words.ts";

// RASID_NER_TITLED_FIRST=0 turns the rule off (for ablations, as model-mentions.ts's switches)
const ON = process.env.RASID_NER_TITLED_FIRST !== "0";

/**
 * Does the titled pattern m keep its first word against the tagger's person span that starts at
 * `from` (> m's start)? When m starts right after its title (no descriptor between), the span
 * starts one word later on a given name that is no common word, and that first word is plain
 * (no clitic, no article), no given name the lexicon knows (those givenFirst keeps), and no word
 * that qualifies the rank ("العميد ركن علي …": ner-cues.tsv rank_qualifier). Rare given names are
 * often ordinary words besides (مفرح، ماطر), so the dictionary of words cannot judge it.
 */
export function titledFirstWord(c: Ctx, m: FoundMention, from: number): boolean {
  if (!ON || m.role !== "name" || m.type !== "PERSON" || m.via !== "pattern") return false;
  const i = m.tokens.start;
  if (from !== i + 1 || m.tokens.end - i < 4) return false;
  if (!rightAfterTitle(c, i)) return false;
  const w = c.tokens[i], r = w.readings[0];
  if (w.kind !== "word" || r.pre !== "" || r.post !== "" || r.article || w.norm.length < 3) return false;
  if (c.lex.firstNames.has(w.norm) || c.lex.stops.has(w.norm) || c.lex.titles.has(w.norm) || c.gaz.adjective(w.norm)) return false;
  if (c.lex.rankQualifiers.has(w.norm)) return false;
  const g = c.tokens[from];
  return g.readings[0].pre === "" && c.lex.firstNames.has(g.norm) && !c.lex.ambiguousNames.has(g.norm);
}

/** Does a title (of up to three words) end right before token i, in its sentence? */
function rightAfterTitle(c: Ctx, i: number): boolean {
  const cls = wordClasses(c);
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = c.tokens[k];
    if (!isWord(t) || t.sentence !== c.tokens[i].sentence) return false;
    if (cls[k] & TITLE && titleAt(c, k) === i) return true;
  }
  return false;
}
