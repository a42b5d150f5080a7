// A person pattern that starts with a known given name and goes on with a family name no
// dictionary holds ("ياسر القحطاني", "تايلر ادامز", "وليد باخشوين", "سجعان قزي") is a person by its
// words alone. The tagger, trained on ANERcorp, often reads such a pair as O or as the given name
// alone (an unknown word after a given name is rare in its training text), and its doubt used to
// drop the pattern or cut it to the given name — and with it every quote of the person. The family
// name is judged by family-names.ts (unknownFamilyName: no ordinary word, KB name, adjective, stop
// word, title, office or organization head, no pronoun or preposition phrase), which is what keeps
// out the patterns that run into an object ("عمر البطارية", "شهد اللقاء", "تحسين الربط").
// For the same reason the tagger, starting a name at the second given name of a compound one
// ("وعلي [رضا هاشمي]"), does not take a known first given name off a pattern (givenFirst).
import type { FoundMention } from "./candidate.ts";
import { mentionOf } from "./candidate.ts";
import { unknownFamilyName } from "./family-names.ts";
import { inflected, ordinary } from "./speaker-names.ts";
import { ordinaryWords } from "./model/features.ts";
import type { Ctx } from "./words.ts";
import type { Token } from "../core/document.ts";
import { normalize } from "../text/normalize.ts";

// RASID_NER_FAMILY=0 turns the rule off (for ablations, as model-mentions.ts's switches)
const ON = process.env.RASID_NER_FAMILY !== "0";

/**
 * Does the person pattern m start with a known given name (no clitic) followed by a family name no
 * dictionary knows? Then the first two words are a name whatever the tagger reads there.
 */
export function familyNamed(c: Ctx, m: FoundMention): boolean {
  if (!ON || m.type !== "PERSON" || m.via !== "pattern" || m.kbId || m.tokens.end - m.tokens.start < 2) return false;
  const i = m.tokens.start;
  const g = c.tokens[i];
  // (the whole word, no clitic: "ورود" read as و + رود is a noun, not a name)
  if (g.readings[0].pre !== "" || g.readings[0].post !== "" || !c.lex.firstNames.has(g.norm)) return false;
  // (a given name that is also a word, أمل، جهاد، عودة, needs more than the tagger's silence: a
  // title before it, "وزير النقل بدر باسلمة" (the minister), which titledPersons gave the role "name")
  const ambiguous = c.lex.ambiguousNames.has(g.norm);
  if (ambiguous && m.role !== "name") return false;
  // (read as without a title: after one, unknownFamilyName lets a preposition's phrase through,
  // "الملك عبدالله [لتنمية]"; and no inflected ordinary word either: "احتمالات"، "مسموعة"، "أحيت")
  // (nor a definite one: "[أسماء] المبحرين"، "عمر الخامسة")
  const f = c.tokens[i + 1], r = f.readings[0];
  // (such a titled word-name is judged as titledPersons judged it, the whole word first: باسلمة is
  // no ب + أسلمة there, the noun being written with its hamza; but a preposition before an ordinary
  // word that has no hamza to lose stays a phrase: "الملك سعود [بزراعة]")
  return unknownFamilyName(c, i + 1, ambiguous) && (ambiguous ? !inflected(ordinaryWords(), f.norm) && !plainPhrase(c, f) : !ordinary(c, f)) && !(r.article && inflected(ordinaryWords(), r.bare));
}

/** Is t ب/ل + an ordinary word whose first letter is no bare alef (بزراعة، لتنمية; not باسلمة)? */
function plainPhrase(c: Ctx, t: Token): boolean {
  const words = ordinaryWords();
  for (const x of t.readings) {
    if (x.post !== "" || (x.pre !== "ب" && x.pre !== "ل") || !inflected(words, x.bare)) continue;
    if (c.text.charCodeAt(t.start + x.from) !== 0x627) return true;
  }
  return false;
}

/** m cut to its given name and family name (what the pattern ran on past them is the tagger's to judge). */
export function givenAndFamily(c: Ctx, m: FoundMention): FoundMention {
  const e = m.tokens.start + 2;
  if (m.tokens.end === e) return m;
  const end = c.tokens[e - 1].end;
  const text = c.text.slice(m.start, end);
  return mentionOf(m.start, end, text, m.type, m.kbId, m.via, m.score, { start: m.tokens.start, end: e }, normalize(text), m.candidates, m.role);
}

/**
 * Does the person pattern m start with a known given name, read whole or after و/ف, that is no word
 * besides? The tagger, which starts a name at the second given name of a compound one ("وعلي [رضا
 * هاشمي]", "محمد [علي] …"), does not take that word off the pattern.
 */
export function givenFirst(c: Ctx, m: FoundMention): boolean {
  if (!ON || m.type !== "PERSON" || m.via !== "pattern" || m.tokens.end - m.tokens.start < 3) return false;
  if (m.role === "name" && c.lex.articledGivenNames.has(c.tokens[m.tokens.start].norm)) return true; // "المنجي [سعيد الحامدي]" (articled-given.ts)
  for (const r of c.tokens[m.tokens.start].readings) {
    if (r.post === "" && (r.pre === "" || r.pre === "و" || r.pre === "ف") && c.lex.firstNames.has(r.norm) && !c.lex.ambiguousNames.has(r.norm)) return true;
  }
  return false;
}

/**
 * Do the words at k - 1 and k both read as given names that are no common word (محمد عبدالله)? An
 * Arabic name chains the father's and grandfather's given names after the person's own, and the
 * press sets no two persons' names side by side without a conjunction: a cut between them cuts one
 * name ("يحيى محمد | عبدالله صالح").
 */
export function givenChain(c: Ctx, k: number): boolean {
  if (k < 1 || k >= c.tokens.length) return false;
  const a = c.tokens[k - 1], b = c.tokens[k];
  if (b.sentence !== a.sentence || a.kind !== "word" || b.kind !== "word") return false;
  return plainGiven(c, a) && plainGiven(c, b);
}

function plainGiven(c: Ctx, t: Token): boolean {
  const r = t.readings[0];
  return r.pre === "" && r.post === "" && c.lex.firstNames.has(t.norm) && !c.lex.ambiguousNames.has(t.norm);
}
