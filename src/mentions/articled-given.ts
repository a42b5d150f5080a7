// Persons whose given name is written with ال: Maghrebi and Yemeni names (الخضر، المبروك، المنصف،
// الباجي) and foreign names the press begins with ال (اليوت، البرت). The name patterns read such a
// word as a definite noun: the title pattern skips it as a descriptor of the title ("مدير مكتب
// الصحة اليمني الخضر ...") and the given-name pattern never starts on it, so the person, and every
// quote that names them, was lost. The names are lexicon rows (ner-cues.tsv articled_given_name);
// the word names a person only when a name word follows it: a given name (the father's: "المبروك
// سالم") or a family name no dictionary holds (unknownFamilyName: "المبروك اقريرة"). A name that is
// also a common word (الخضر "the vegetables", الفريد "the unique": ambiguous_name) needs a title
// before it too.
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { normalize } from "../text/normalize.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";
import { unknownFamilyName } from "./family-names.ts";
import { firstNameReading, personNameEnd, type Ctx } from "./words.ts";
import { ADJ_WORD, STOP, TITLE, wordClasses } from "./word-classes.ts";

// the tokens written as such a given name, found by form (text/form-gate.ts)
const GIVEN = formGate((t, lex: Lexicons) => t.kind === "word" && lex.articledGivenNames.has(t.norm));

/** How far back a title may stand before the name (title words and their descriptors). */
const TITLE_REACH = 6;

/** `known`: mentions found so far by start token (a KB name there stands as found). */
export function articledGivenPersons(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  if (lex.articledGivenNames.size === 0) return out;
  const hits = tokensPassing(GIVEN, tokens, lex);
  if (hits.length === 0) return out;
  for (let h = 0; h < hits.length; h++) {
    const i = hits[h], j = i + 1;
    if (known.has(i) || j >= tokens.length) continue;
    const t = tokens[i], next = tokens[j];
    if (!isWord(next) || next.kind !== "word" || next.sentence !== t.sentence) continue;
    // "شارع المنصف ...", "مدينة الخضر ...": a place's name after its head
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const inSentence = prev !== undefined && prev.sentence === t.sentence;
    if (inSentence && (lex.orgHeads.has(prev.norm) || lex.placeCues.has(prev.norm) || lex.settlementCues.has(prev.norm))) continue;
    // "محمد المنصف ...": the second part of a compound given name (Tunisian usage)
    const from = inSentence && isWord(prev) && firstNameReading(c, prev) && !lex.ambiguousNames.has(prev.norm) ? i - 1 : i;
    const titled = titleBefore(c, i);
    if (lex.ambiguousNames.has(t.norm) && !titled) continue;
    let end: number;
    const father = firstNameReading(c, next);
    // (a father's name that is also a word, سالم "safe", needs a family name after it: "المنصف سالم الورتاني")
    const run = father ? personNameEnd(c, j) : j;
    if (father && (run > j + 1 || !lex.ambiguousNames.has(father.norm))) end = Math.max(j + 1, run);
    else if (unknownFamilyName(c, j, titled) || (titled && !lex.ambiguousNames.has(t.norm) && plainWord(c, j))) end = j + 1;
    else continue;
    const f = firstNameReading(c, tokens[from]) ?? t.readings[0];
    const m = makeMention(text, tokens, f, from, end, "PERSON", "pattern", 0.6, normalize(text.slice(tokens[from].start + f.from, tokens[end - 1].end)));
    m.role = "name";
    out.push(m);
  }
  return out;
}

/**
 * After a title and a name that is no common word ("النائب اليوت ..."), the next word is its family
 * name even when it is also an ordinary word: any plain word (no clitic, article or pronoun read
 * first, no stop word, title, adjective, office, organization head or number).
 */
function plainWord(c: Ctx, j: number): boolean {
  const t = c.tokens[j], r = t.readings[0];
  if (r.pre !== "" || r.post !== "" || r.article || r.bare.length < 3 || /\d/.test(t.norm) || t.norm.startsWith("و")) return false;
  return !(wordClasses(c)[j] & (STOP | TITLE | ADJ_WORD)) && !c.lex.offices.has(t.norm) && !c.lex.orgHeads.has(t.norm);
}

/** Does a title word stand within TITLE_REACH tokens before token i, in its sentence? */
function titleBefore(c: Ctx, i: number): boolean {
  const cls = wordClasses(c);
  const s = c.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - TITLE_REACH; k--) {
    if (c.tokens[k].sentence !== s) return false;
    if (cls[k] & TITLE) return true;
  }
  return false;
}
