// A person the knowledge base knows by a shorter name, written out in full: "خادم الحرمين
// الشريفين الملك سلمان بن عبدالعزيز آل سعود", "محمد بن نايف بن عبدالعزيز". The longest KB alias
// that matches may end before the descent ("… الملك سلمان"); the rest is still the person's name
// (annotators write the full form), so the mention runs on over each particle of descent (lineage
// in ner-cues.tsv: بن، بنت، آل) with the name after it: after بن/بنت a given name (first-names.tsv,
// or عبد + a word), after آل any word that is no stop word. What follows that is left alone
// ("بن عبدالعزيز الوفد": the object of the verb, not a family name).
import type { FoundMention } from "./candidate.ts";
import { isWord, mentionOf } from "./candidate.ts";
import { STOP, wordClasses } from "./word-classes.ts";
import type { Ctx } from "./words.ts";

const FAMILY = "ال"; // normalized آل
/** m, or m run on over the descent that follows it (a KB person only). */
export function withLineage(c: Ctx, m: FoundMention): FoundMention {
  if (m.type !== "PERSON" || !c.lex.lineage.size) return m;
  const { tokens, lex } = c;
  const sentence = tokens[m.tokens.end - 1].sentence;
  let end = m.tokens.end;
  for (;;) {
    const p = tokens[end];
    if (!p || p.sentence !== sentence || !lex.lineage.has(p.norm)) break;
    const w = nameAt(c, end + 1, sentence, p.norm === FAMILY);
    if (w < 0) break;
    end = w;
  }
  if (end === m.tokens.end) return m;
  const to = tokens[end - 1].end;
  return mentionOf(m.start, to, c.text.slice(m.start, to), m.type, m.kbId, m.via, m.score, { start: m.tokens.start, end }, m.key, m.candidates, m.role);
}

/** Where the name starting at token i ends (exclusive), or -1: a given name (any word after آل). */
function nameAt(c: Ctx, i: number, sentence: number, family: boolean): number {
  const { tokens, lex } = c;
  const t = tokens[i];
  if (!isWord(t) || t.kind !== "word" || t.sentence !== sentence || wordClasses(c)[i] & STOP) return -1;
  if (lex.connectors.has(t.norm) && !lex.lineage.has(t.norm)) { // عبد العزيز، أبو بكر
    const u = tokens[i + 1];
    return isWord(u) && u.sentence === sentence && !(wordClasses(c)[i + 1] & STOP) ? i + 2 : -1;
  }
  if (family) return t.readings[0].pre === "" ? i + 1 : -1;
  return lex.firstNames.has(t.norm) ? i + 1 : -1;
}
