// A knowledge-base person named by one word of a longer name ("الأسد", "البرهان", "رئيسي"), when
// that word is also an ordinary Arabic word (the lion, the proof, main): on its own the word is
// far more often the word. Such a lone name stands only with evidence that the person is meant:
// - the person is named in full elsewhere in the document (a longer KB mention of the same id);
// - a title stands right before it (الرئيس الأسد، الفريق أول البرهان), or a title and one word
//   that describes it (الرئيس السوري الأسد);
// - for a hand-written alias only (the KB says the press calls the person so), a country the
//   person belongs to is named in the document (الأسد in an article about Syria).
// A family name found only through the KB's index of last words (knownSurnames: رئيسي of إبراهيم
// رئيسي) has no alias behind it and needs one of the first two. Words that are no ordinary word
// (أوباما، لافروف) are not asked: the KB flags ordinary words at compile time (kb/compile.ts).
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord } from "./candidate.ts";
import type { NameEntry } from "./gazetteer.ts";
import { titleAt, type Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";

/** Is m a lone word of a multi-word KB person's name that is also an ordinary word? */
export function isOrdinaryLoneName(c: Ctx, m: FoundMention, e: NameEntry | undefined): boolean {
  if (!e || e.type !== "PERSON" || m.tokens.end - m.tokens.start !== 1 || !m.key || !c.gaz.ordinary) return false;
  if (!normalize(e.name).includes(" ")) return false; // a one-word name (هتلر) is the person's whole name
  if (c.lex.firstNames.has(m.key)) return false; // a given name (موسى، عزام) is a name before it is a word
  return c.gaz.ordinary(m.key);
}

/**
 * Does the document give evidence for the lone name m of person e? `full`: ids of KB persons named
 * by two words or more; `countries`: countries the document names; `alias`: found as the KB's
 * hand-written alias (not only as the last word of a name).
 */
export function loneNameEvidence(c: Ctx, m: FoundMention, e: NameEntry, full: ReadonlySet<string>, countries: ReadonlySet<string>, alias: boolean): boolean {
  if (full.has(e.id)) return true;
  if (titledBefore(c, m.tokens.start)) return true;
  return alias && e.country !== null && countries.has(e.country);
}

/** A title ends right before token i, or a title and one word after it (an adjective or office). */
function titledBefore(c: Ctx, i: number): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const t: Token = c.tokens[i - back];
    if (!isWord(t) || t.sentence !== c.tokens[i].sentence) return false;
    const end = titleAt(c, i - back);
    if (end === i || (end > 0 && end === i - 1)) return true;
  }
  return false;
}

/** Ids of the KB persons the mentions name by two words or more. */
export function fullyNamed(ms: readonly FoundMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of ms) {
    if (m.type !== "PERSON" || m.tokens.end - m.tokens.start < 2) continue;
    if (m.kbId) out.add(m.kbId);
    if (m.candidates) for (const id of m.candidates) out.add(id);
  }
  return out;
}

/**
 * The tagger's one-word persons that are a KB family name and an ordinary word ("خطيب" of
 * "إمام وخطيب المسجد", "عقار" "property"): the tagger learned the KB's family names as a feature and
 * reads the word as that name; without the person's full name or a title before it, it is the word.
 * A given name (عثمان، سعيد) is left to the tagger, as before.
 * `full`: ids of KB persons named in full in the document.
 */
export function withoutOrdinaryTaggerSurnames(c: Ctx, ms: FoundMention[], full: ReadonlySet<string>, isTagger: (m: FoundMention) => boolean): FoundMention[] {
  if (!c.gaz.ordinary || !c.gaz.surname) return ms;
  const out: FoundMention[] = [];
  for (const m of ms) {
    if (m.type === "PERSON" && m.tokens.end - m.tokens.start === 1 && isTagger(m) && m.key && c.gaz.ordinary(m.key) && !c.lex.firstNames.has(m.key)) {
      const e = c.gaz.surname(m.key);
      if (e && !full.has(e.id) && !titledBefore(c, m.tokens.start)) continue;
    }
    out.push(m);
  }
  return out;
}
