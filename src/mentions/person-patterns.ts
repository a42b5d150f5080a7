// Persons the knowledge base has never seen, found by how the press introduces them:
// - a title or role, then the descriptors that belong to it, then the name
//   ("رئيس مجلس الوزراء الدكتور خالد محفوظ بحاح", "المتحدث باسم الوزارة يحيى رسول");
// - a known given name followed by more name words ("ماركو مسعد", "محمد فتحي الشريف").
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { firstNameReading, hasArticle, personNameEnd, titleAt, type Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { unknownFamilyName } from "./family-names.ts";
import { spacedGivenAt, spacedNameEnd } from "./spaced-given.ts";
import { ADJ_WORD, FIRST_NAME, STOP, SURNAME, surnameReading, TITLE, TITLE_PRE, wordClasses } from "./word-classes.ts";

const PRONOUN_END = /(ته|تها|تهم|اته|يته|ها|هم|هما|هن|كم|نا)$/;
const SKIP_PREPS = new Set(["الي", "في", "لدي"]);
const MAX_SKIP = 9;

/** `known`: mentions already found (KB, organizations), by start token, to skip over after a title. */
export function titledPersons(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i < tokens.length; i++) {
    if (!(cls[i] & TITLE)) continue; // titleAt's own first test, without the call
    let j = titleAt(c, i);
    if (j < 0) continue;
    // "مطار الملك فهد الدولي", "جامعة الملك سعود": a title inside an organization's or facility's name
    const before = tokens[i - 1];
    if (isWord(before) && before.readings.some((r) => r.post === "" && c.lex.orgHeads.has(r.norm))) continue;
    const titleImplies = c.lex.titles.get(tokens[i].readings.find((r) => c.lex.titles.has(r.norm))?.norm ?? "")?.[0]?.impliesType;
    if (titleImplies && titleImplies !== "PERSON") continue;
    // skip what describes the title: ال-words, لل-words, adjectives, known names, further titles
    const sentence = tokens[i].sentence;
    for (let steps = 0; j < tokens.length && steps < MAX_SKIP; steps++) {
      const t = tokens[j];
      if (!isWord(t) || t.sentence !== sentence) break;
      const m = known.get(j);
      if (m && m.type !== "PERSON") { j = m.tokens.end; continue; }
      if (m) break; // a known person: the KB has it already
      const tj = cls[j] & TITLE ? titleAt(c, j) : -1;
      if (tj > j) { j = tj; continue; }
      if (hasArticle(t) || cls[j] & ADJ_WORD || c.lex.orgHeads.has(t.norm) || c.lex.offices.has(t.norm)) { j++; continue; }
      if (c.lex.rankQualifiers.has(t.norm)) { j++; continue; } // "العميد ركن X": the rank's qualifier (org18)
      if (t.readings.some((r) => r.article && r.pre !== "" && r.post === "")) { j++; continue; }
      if (SKIP_PREPS.has(t.norm) && j + 1 < tokens.length && isWord(tokens[j + 1]) && (known.has(j + 1) || hasArticle(tokens[j + 1]))) { j++; continue; }
      break;
    }
    // (no read past the end of tokens: it deoptimizes this function)
    const t = j < tokens.length ? tokens[j] : undefined;
    if (!isWord(t) || t.sentence !== sentence || cls[j] & STOP || known.has(j)) continue;
    // a given name that is also a word (أكبر، وعد، يان) counts only before another given name
    if (c.lex.ambiguousNames.has(t.norm) && !c.lex.firstNames.has(j + 1 < tokens.length ? tokens[j + 1].norm : "") && !unknownFamilyName(c, j + 1, true)) continue;
    // (a compound written as two words is a given name too: "اللواء عبد الرب الشدادي", spaced-given.ts)
    const known1 = c.lex.firstNames.has(t.norm), spaced = !known1 && spacedGivenAt(c, j) !== null;
    const given = known1 || spaced;
    if (/^[يت]/.test(t.norm) && t.norm.length >= 4 && !given) continue; // a verb, not a name
    if (/^[وفبل]/.test(t.norm) && !given) continue; // a clitic in front: لكرة، بقيادة، ولي عهده
    let end = spaced ? spacedNameEnd(c, j + 2, true) : personNameEnd(c, j);
    // "اقتراح أنان بوقف فوري": a name run stops before a name already found that it would run on past
    // (one that ends the run is the KB's family name of this person: "عبداللطيف بن راشد الزياني";
    // a run from a given name is a name, whatever KB pieces it holds: "محمد بن مبارك بن عبد الله الدوسري")
    // (a place or body the run would end on is no family name: "قائد عملية تحرير [عدن]")
    for (let k = j + 1; k < end && !known1; k++) {
      const m = known.get(k);
      if (m && (m.tokens.end < end || m.type !== "PERSON")) { end = k; break; }
    }
    if (end <= j || spaced && end <= j + 2) continue; // (the compound alone: no name yet, الأمير عبد الله is the KB's)
    // one word must be a known given name (الأمير خالد); "X الY" needs X to be one (not جيش الحكومة)
    if (!given && (end - j === 1 || hasArticle(tokens[j + 1]))) continue;
    // بلاده، حكومته: a word with a possessive pronoun is no part of a name
    if (!given && tokens.slice(j, end).some((x) => PRONOUN_END.test(x.norm) && !c.lex.firstNames.has(x.norm))) continue;
    const m = makeMention(text, tokens, t.readings[0], j, end, "PERSON", "pattern", 0.6, normalize(text.slice(t.start, tokens[end - 1].end)));
    m.role = "name";
    out.push(m);
    i = end - 1;
  }
  return out;
}

export function firstNamePersons(c: Ctx): FoundMention[] {
  const { tokens, text } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i < tokens.length; i++) {
    if (!(cls[i] & FIRST_NAME)) continue;
    const r = firstNameReading(c, tokens[i]);
    if (!r) continue;
    // the name runs from the given name on; at least one more name word must follow
    const end = personNameEnd(c, i);
    const names = tokens.slice(i, end).filter((t) => !c.lex.connectors.has(t.norm));
    const words = names.length;
    if (end <= i + 1 || words < 2) continue;
    // عيد الفطر، حسن الجوار، أكبر تهديد: a given name that is also a word needs a father's given name (or بن) after it
    // (a compound's second part settles it, when a family name follows: "عز الدين الأصبحي", not "عز الدين" alone)
    if (c.lex.ambiguousNames.has(r.norm) && !c.lex.firstNames.has(names[1].norm) && !c.lex.connectors.has(tokens[i + 1].norm) && !unknownFamilyName(c, i + 1, false) && !(words >= 3 && c.lex.compoundTails.has(names[1].norm))) continue;
    // فضل الله، عز الدين: a compound given name alone is not yet a person's full name
    if (words === 2 && c.lex.nameParts.has(names[1].norm)) continue;
    // بثه، حكومته: a word with a possessive pronoun is no part of a name
    if (names.slice(1).some((x) => PRONOUN_END.test(x.norm) && !c.lex.firstNames.has(x.norm))) continue;
    const from = givenBefore(c, i) ? i - 1 : i;
    const fr = from === i ? r : tokens[from].readings[0];
    out.push(makeMention(text, tokens, fr, from, end, "PERSON", "pattern", 0.55, normalize(text.slice(tokens[from].start + fr.from, tokens[end - 1].end))));
    i = end - 1;
  }
  return out;
}

/**
 * Is the word before a name that starts with a given name (at i) that person's own given name, one
 * the lexicon lacks? When a reporting verb stands right before it (verb-subject order: "وأضاف نشوان
 * هاشم محمد", "وذكر غزال عبد الله") and it is a plain word: no clitic, article, stop word, title,
 * name already found, adjective, number or verb-like prefix.
 */
function givenBefore(c: Ctx, i: number): boolean {
  const { tokens, lex } = c;
  if (i < 2) return false;
  const w = tokens[i - 1], v = tokens[i - 2];
  if (!isWord(w) || w.kind !== "word" || !isWord(v) || w.sentence !== tokens[i].sentence || v.sentence !== w.sentence) return false;
  if (!v.readings.some((x) => x.post === "" && (x.pre === "" || x.pre === "و" || x.pre === "ف") && lex.sayVerbs.has(x.norm))) return false;
  const cls = wordClasses(c);
  if (cls[i - 1] & (STOP | TITLE | ADJ_WORD | FIRST_NAME) || w.readings[0].article || w.readings.length > 1 && w.readings[1].pre !== "") return false;
  if (/^[يتوفبل]/.test(w.norm) || w.norm.length < 3 || lex.offices.has(w.norm) || lex.orgHeads.has(w.norm)) return false;
  return true;
}

/**
 * A KB person named by family name alone ("عرفات", "لاريجاني"): when exactly one person in the
 * KB has that family name and the word is no given name, stop word or KB name of anything else.
 */
export function knownSurnames(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, gaz } = c;
  const out: FoundMention[] = [];
  if (!gaz.surname) return out;
  const cls = wordClasses(c);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(cls[i] & SURNAME) || t.kind !== "word" || known.has(i)) continue;
    for (const r of t.readings) {
      if (r.post !== "" || !TITLE_PRE.has(r.pre)) continue;
      const e = surnameReading(c, r);
      if (!e) continue;
      out.push(makeMention(text, tokens, r, i, i + 1, "PERSON", "kb", 0.5, r.norm, [e.id]));
      break;
    }
  }
  return out;
}
