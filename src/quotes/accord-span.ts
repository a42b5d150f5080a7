// "وتسببت الاشتباكات، وفق X، بمقتل عشرة"، "وهي، بحسب بيان X نشره على موقعه، أول سفينة …": an
// "according to" phrase standing inside a sentence splits one statement in two. What stands before
// it is only the statement's start; when the clause goes on after the phrase (its speaker and a
// short description, then no new clause), the statement runs to the sentence's end.
import type { Token } from "../core/document.ts";
import { firstCueFrom, hasKind, type State } from "./state.ts";
import { isAn } from "./tokens.ts";
import { titleWord } from "./speakers.ts";
import { functionWords } from "../lexicon/function-words.ts";

const ASIDE = 8; // words at most after the speaker's name before the phrase closes with a comma

const RELATIVE = functionWords("relative");

/** The token after which the statement goes on past an "according to" phrase whose speaker ends
 *  before `from`, else -1: the first word after the phrase's closing comma (or right after the name
 *  when a comma follows it), when that word opens no new clause (و/ف, a relative pronoun, أن). */
export function goesOnAfter(st: State, from: number, sEnd: number): number {
  const { toks } = st;
  let i = from, words = 0;
  // the phrase ends at the first comma after the name (the name's own description before it)
  while (i < sEnd && !isComma(toks[i])) {
    // (a clause of saying inside it is another statement: "وفق X الذي قال إن …"; "نشره على موقعه" is not)
    if (toks[i].kind === "punct" || ++words > ASIDE || isAn(toks[i]) || RELATIVE.has(toks[i].norm) || says(st, i)) return -1;
    i++;
  }
  while (i < sEnd && toks[i].kind === "punct") { if (!isComma(toks[i])) return -1; i++; }
  if (i >= sEnd - 1) return -1;
  const t = toks[i];
  // (nor the speaker's description after a comma: "حسب X، النائب الأول لرئيس الشركة")
  if (t.kind !== "word" || opensClause(t) || says(st, i) || titleWord(t) || st.ix.atToken[i]) return -1;
  return i;
}

/** A cue of saying starts at token i, and none of the matches there is an outlet's ("نشره" is both). */
function says(st: State, i: number): boolean {
  let say = false;
  for (let k = firstCueFrom(st, i); k < st.all.length && st.all[k].start === i; k++) { if (hasKind(st.all[k], "via")) return false; if (hasKind(st.all[k], "say")) say = true; }
  return say;
}

const isComma = (t: Token) => t.kind === "punct" && (t.text === "،" || t.text === ",");

/** و/ف (a reading has it as proclitic), a relative pronoun, أن: a new clause, not the rest of the statement. */
function opensClause(t: Token): boolean {
  if (RELATIVE.has(t.norm) || isAn(t)) return true;
  return /^[وف]/.test(t.norm) && t.readings.some((r) => r.pre.startsWith("و") || r.pre.startsWith("ف"));
}
