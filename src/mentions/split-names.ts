// One person found as two: a given name the tagger or a pattern found ("عبد الودود") right before a
// family name the KB knows as another person's (وحيدي of أحمد وحيدي). The press names one person
// there, the one with this given name; the KB's person, whose given name is another, is not meant.
// The two mentions become one unlinked person, so the quotes of the person point at one entity and
// no KB person is credited with them. Guards: adjacent tokens of one sentence, the second mention a
// single word matched to a KB person, the first no KB person itself, and the KB person's names none
// that starts with the first mention's words (then the pattern would have found the KB's full name).
import type { FoundMention } from "./candidate.ts";
import { joinPersons } from "./join-persons.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";

// RASID_NER_SPLIT=0 turns the rule off (for ablations)
const ON = process.env.RASID_NER_SPLIT !== "0";

/** `found` sorted by start; returns it with such pairs joined. */
export function joinSplitNames(c: Ctx, found: FoundMention[]): FoundMention[] {
  if (!ON) return found;
  return joinPersons(c, found, (a, b) => joins(c, a, b), false, (a) => ({ via: "pattern", score: a.score }));
}

function joins(c: Ctx, a: FoundMention, b: FoundMention): boolean {
  if (a.type !== "PERSON" || b.type !== "PERSON" || a.kbId || !b.kbId || b.tokens.start !== a.tokens.end || b.tokens.end - b.tokens.start !== 1) return false;
  const ta = c.tokens[a.tokens.end - 1], tb = c.tokens[b.tokens.start];
  // (the family name read whole: "ماي [وكازنوف]" is two persons)
  if (ta.sentence !== tb.sentence || tb.start !== b.start || tb.readings[0].pre !== "") return false;
  // (the first mention a given name, or two words: not a word the tagger took for a name, "ديالكتيك")
  if (a.tokens.end - a.tokens.start < 2 && !c.lex.firstNames.has(c.tokens[a.tokens.start].norm)) return false;
  const e = c.gaz.byId(b.kbId);
  if (!e || e.type !== "PERSON") return false;
  // (a mention's first word that starts one of the KB person's names is that person's: بشار [الأسد])
  const first = normalize(c.tokens[a.tokens.start].text);
  for (const n of [e.name, ...e.aliases]) if (normalize(n).split(" ")[0] === first) return false;
  return true;
}
