// A family name written with ال that no list holds (الكرزوني، الطرموني، الشقحاني), where the words
// before it already say a person is named:
// - in the subject slot of a verb of saying, after a title (speaker-names.ts): "وقال قائد اللواء
//   العقيد نومان الكرزوني إن" (a given name no list holds, then the family name), "وأضاف المهندس
//   الطرموني أن" (the title and the family name alone). The slot reads its name words without ال (an
//   ال-word there is the title's descriptor, "المتحدث الرسمي"), so such a name was cut to its given
//   name or lost, and with it the quote;
// - after a chain of two given names (model-mentions.ts cutOverrun): "خالد مرضي الزعبلي" (the
//   person's and the father's given names, then the family name), which the tagger, trained on
//   ANERcorp, ends at the father's name.
// The family name is recognized by what it is not: no ordinary word (hunspell-ar's list, with its
// inflections), no adjective, title, office, organization head, stop word, given name or KB name, no
// plural. A family name alone after a title (`alone`) must also be no nisba of an ordinary word
// (الإعلامي، الميداني): there only the hard end of the slot speaks for it, not a name word before it.
import type { FoundMention } from "./candidate.ts";
import { ordinaryWords } from "./model/features.ts";
import { inflected } from "./speaker-names.ts";
import type { Token } from "../core/document.ts";
import { ADJ_WORD, FIRST_NAME, STOP, TITLE, wordClasses } from "./word-classes.ts";
import type { Ctx } from "./words.ts";

const PLURAL = /(ات|ون|ين)$/;

/** Is token k (of sentence `sent`) a family name written with ال? */
export function articledFamilyName(c: Ctx, k: number, sent: number, alone: boolean): boolean {
  const { tokens, lex, gaz } = c;
  if (k >= tokens.length) return false;
  const t = tokens[k];
  if (t.kind !== "word" || t.sentence !== sent || /\d/.test(t.norm)) return false;
  const r = t.readings[0];
  if (!r.article || r.pre !== "" || r.post !== "" || r.bare.length < 4 || PLURAL.test(r.bare)) return false;
  if (wordClasses(c)[k] & (STOP | TITLE | ADJ_WORD | FIRST_NAME) || lex.offices.has(t.norm) || lex.orgHeads.has(t.norm) || lex.titles.has(t.norm) || gaz.lookup(t.norm) || gaz.adjective(t.norm)) return false;
  const words = ordinaryWords();
  if (!words.size || inflected(words, r.bare) || words.has(t.norm)) return false;
  if (alone && r.bare.endsWith("ي") && words.has(r.bare.slice(0, -1))) return false;
  return true;
}

/** The same, in a speaker slot: no mention over the token yet. */
export function slotFamilyName(c: Ctx, cover: readonly (FoundMention | undefined)[], k: number, sent: number, alone: boolean): boolean {
  return k < cover.length && !cover[k] && articledFamilyName(c, k, sent, alone);
}

/**
 * Does the person pattern m, cut by the tagger at `cut`, end on such a family name after the father's
 * name: "خالد مرضي [الزعبلي]", "سعد [مفلح الطرموني]" (three words from a known given name; the middle one
 * may be an ordinary word, مفلح "successful", which names a father as often)? Then the name is whole; the tagger's cut stands not.
 */
export function familyAfterGivenChain(c: Ctx, m: FoundMention, cut: number): boolean {
  const k = m.tokens.end - 1, i = m.tokens.start;
  if (k - i < 2 || cut !== k && !(cut === i + 1 && k === i + 2)) return false;
  if (!plainGiven(c, c.tokens[i])) return false;
  for (let j = i + 1; j < k; j++) {
    const g = c.tokens[j];
    // (an ordinary word there is the father's name too, مفلح "successful"; not an accusative, تحليلا)
    if (!plainGiven(c, g) && (g.readings[0].pre !== "" || g.readings[0].post !== "" || g.readings[0].article || g.kind !== "word" || /[^ا]ا$/.test(g.norm))) return false;
  }
  return articledFamilyName(c, k, c.tokens[k].sentence, false);
}

/** A known given name written whole: no clitic, no ال. */
function plainGiven(c: Ctx, t: Token): boolean {
  const r = t.readings[0];
  return r.pre === "" && r.post === "" && c.lex.firstNames.has(t.norm);
}
