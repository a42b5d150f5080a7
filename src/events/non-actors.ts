// Words the generic-actor lexicon lists that, where they stand, name no one who acts or suffers:
// - a count of things: "عشرات الصواريخ"، "آلاف المنازل"، "عشرات الغارات" — the count word is a
//   generic actor ("عشرات" alone: dozens of people), but followed by a definite noun that names no
//   actor it counts that noun (things, or the events themselves);
// - an adjective on an event noun: "هجوم مسلح"، "تفجير انتحاري"، "الهجمات الانتحارية" — a singular
//   word agreeing with the event noun in definiteness describes the event (an armed attack, a
//   suicide bombing); a genitive would disagree ("هجوم الانتحاري") or be plural ("هجمات مسلحين").
// Both were read as the event's source or target (a count or an adjective taken for its doer).
import type { Token } from "../core/document.ts";
import type { Arg, ArgIndex } from "./arguments.ts";
import { isDefinite, isTransparent } from "./clause.ts";


/** "عشرات الصواريخ": is the count word of a generic actor ending at token `end` (exclusive)
 *  followed by a definite noun (with no و/ف/ب/ل before it) that no actor covers? Then it counts
 *  that noun, not people. */
export function countOfThings(toks: Token[], at: (Arg | undefined)[], end: number): boolean {
  const t = toks[end];
  if (!t || t.kind !== "word" || at[end]) return false;
  // (a sound masculine plural counts people the lexicon does not list: "عشرات العاملين")
  for (const r of t.readings) if (r.article && r.pre === "" && !/(ين|ون)$/.test(r.bare)) return true;
  return false;
}

/** A plural's endings (sound masculine and feminine, and a construct's ـو/ـي): such a word after
 *  an event noun is its genitive ("هجمات مسلحين"), not an adjective. */
const PLURAL = /(ين|ون|ات|و)$/;

/** "هجوم مسلح"، "تفجيراً انتحارياً"، "الهجوم الانتحاري": an unnamed actor inside the trigger's words
 *  after its first is none; and when the word right after the event noun ending at `end` (exclusive) is a one-word generic actor, singular, agreeing with the noun in
 *  definiteness, it is the noun's adjective: it is taken out of the argument index. */
export function dropEventAdjective(ai: ArgIndex, noun: number, end: number): void {
  // ("هجوم مسلح" may be one trigger of two words: its second word is no actor either)
  for (let k = noun + 1; k < end; k++) { const x = ai.at[k]; if (x && !x.id && x.first > noun) ai.at[k] = undefined; }
  let i = end;
  while (i < ai.toks.length && isTransparent(ai.toks[i])) i++;
  const a = ai.at[i];
  if (!a || a.id || a.first !== i || a.last !== i || a.role === "anaphor") return;
  const t = ai.toks[i];
  const r = t.readings.find((x) => x.article) ?? t.readings[0];
  if (!r || r.pre !== "" || PLURAL.test(r.bare ?? r.norm)) return;
  if (isDefinite(t) !== isDefinite(ai.toks[noun])) return;
  ai.at[i] = undefined;
}
