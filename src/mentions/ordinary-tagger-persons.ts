// The tagger's one-word persons that are an ordinary Arabic word ("فور" "upon", "غارتان" "two
// raids", "باسمه" "in his name"): the tagger reads a word in a name's slot (after قال, before a
// comma) as a name whatever it is. A lone word names a person when the document gives evidence:
// it is a given name, a KB name, the last word of a longer person's name found in the document
// (a family name met again: "وقال نوهو"), or a title stands before it. Otherwise an ordinary word
// (hunspell-ar's list as written, or with a plural, dual or feminine ending) is the word.
import { ordinaryWords } from "./model/features.ts";
import { titleAt, type Ctx } from "./words.ts";
import { type FoundMention, isWord, withoutWhere } from "./candidate.ts";

export function withoutOrdinaryTaggerWords(c: Ctx, ms: FoundMention[], isTagger: (m: FoundMention) => boolean): FoundMention[] {
  let lasts: Set<string> | null = null; // last words of the document's longer person names
  return withoutWhere(ms, (m) => m.type === "PERSON" && m.tokens.end - m.tokens.start === 1 && isTagger(m) && !m.kbId && ordinaryLone(c, m, (lasts ??= lastWords(c, ms))));
}

function ordinaryLone(c: Ctx, m: FoundMention, lasts: Set<string>): boolean {
  const i = m.tokens.start, t = c.tokens[i];
  if (c.lex.firstNames.has(t.norm) || lasts.has(t.norm) || c.gaz.lookup(t.norm) || !ordinaryWord(t.norm)) return false;
  if (c.lex.articledGivenNames.has(t.norm)) return false;
  // (a given name with ال is a name too: "«الحسين»")
  for (const r of t.readings) if (r.post === "" && (c.lex.firstNames.has(r.norm) || lasts.has(r.norm) || (r.article && c.lex.firstNames.has(r.bare)))) return false;
  return !titledBefore(c, i);
}

// plural, dual and feminine endings hunspell's list lacks (غارتان، كوبونات، مأساوية): a name seldom
// ends so; no pronoun or accusative (ميسي، مادونا are no ميس + ي، مادون + ا)
const ENDINGS: [string, string][] = [["ات", ""], ["ات", "ه"], ["تان", "ه"], ["تين", "ه"], ["ون", ""], ["ين", ""], ["ه", ""]];

/** A word of hunspell-ar's list as written, or with a plural, dual or feminine ending. */
function ordinaryWord(n: string): boolean {
  const words = ordinaryWords();
  if (words.has(n)) return true;
  for (const [end, base] of ENDINGS) if (n.endsWith(end) && n.length - end.length >= 3 && words.has(n.slice(0, -end.length) + base)) return true;
  return false;
}

function lastWords(c: Ctx, ms: readonly FoundMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of ms) if (m.type === "PERSON" && m.tokens.end - m.tokens.start >= 2) out.add(c.tokens[m.tokens.end - 1].norm);
  return out;
}

/** A title ends right before token i, or one word before it ("الجنرال X", "الرئيس السابق X"). */
function titledBefore(c: Ctx, i: number): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const t = c.tokens[i - back];
    if (!isWord(t) || t.sentence !== c.tokens[i].sentence) return false;
    const end = titleAt(c, i - back);
    if (end === i || (end > 0 && end === i - 1)) return true;
  }
  return false;
}
