// "وأوضح أمين عام «الرابطة» أن"، "وأكد رئيس غرفة التجارة أن": a title in construct with the body it
// heads, and no name of its own, repeats the title a person was introduced with ("أكد أمين عام
// «الرابطة» X أن"، "X، رئيس غرفة التجارة"). That person speaks, not the body named in the title.
// (title-back.ts does the same for a definite title, "وقال المتحدث"; here the body's entity must be
// the same in both titles, so "رئيس غرفة الشمال" is never taken for "رئيس غرفة الجنوب".) Without such
// a person the caller goes on as before (the body, or whoever its finder names).
import type { ActorMention } from "../actors/mentions.ts";
import type { Token } from "../core/document.ts";
import { firstMentionFrom, markOpenAt, type Speaker, type State } from "./state.ts";
import { isNisba, titleWord } from "./speakers.ts";
import { isAn } from "./tokens.ts";

const BODY_AFTER = 2;    // words after the title word in which the body's name starts ("مدير فرع النقابة"), a quotation mark besides
const OWN_NAME = 8;      // tokens after the body in which the title's own holder would be named
const TITLE_BEFORE = 8;  // tokens before an earlier person's name in which his title may start
const TITLE_AFTER = 4;   // tokens after an earlier person's name in which his appositive title may start
const BETWEEN = 2;       // tokens at most between the body in an earlier title and its holder's name (an adjective)
const REACH = 2500;      // characters back in which the earlier holder is looked for

export interface ConstructHolder { holder: Speaker; body: ActorMention }

/** The person an indefinite construct title at token i ("أمين عام الرابطة") stands for, with the
 *  body named in it, else null. */
export function constructHolder(st: State, i: number): ConstructHolder | null {
  const { toks } = st;
  const t = toks[i];
  if (!t || st.ix.atToken[i] || !constructTitle(t)) return null;
  const body = bodyAfter(st, i);
  if (!body) return null;
  // ("وقال رئيس غرفة التجارة خالد": the title's own holder follows)
  for (let j = body.last + 1; j < Math.min(body.last + 1 + OWN_NAME, toks.length) && toks[j].kind !== "punct" && !isAn(toks[j]); j++) if (st.ix.atToken[j]?.type === "PERSON") return null;
  const bare = bareTitle(t);
  const off = t.start;
  for (let k = firstMentionFrom(st, i) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    if (off - mm.end > REACH) break;
    if (mm.type !== "PERSON") continue;
    if (titledBefore(st, bare, body.id, mm) || titledAfter(st, bare, body.id, mm, i)) {
      return { holder: { id: mm.id, text: mm.text, at: mm.first }, body };
    }
  }
  return null;
}

/** A title head of titles.tsv without article or pronoun ("رئيس"، "أمين"، "مدير"), bare or after و. */
function constructTitle(t: Token): boolean {
  return titleWord(t) && t.readings.some((r) => !r.article && !r.post && (r.pre === "" || r.pre === "و")) && !t.readings.some((r) => r.article);
}

function bareTitle(t: Token): string {
  for (const r of t.readings) if (!r.article && !r.post && (r.pre === "" || r.pre === "و")) return r.bare;
  return "";
}

/** The organization or place named right after the title word, past at most one plain word or a
 *  quotation mark (not a nationality: "رئيس الوزراء الكندي" is a definite title, title-back.ts). */
function bodyAfter(st: State, i: number): ActorMention | null {
  for (let j = i + 1; j <= i + BODY_AFTER + 1 && j < st.toks.length; j++) {
    const mm = st.ix.atToken[j];
    if (mm) return mm.first === j && (mm.type === "ORG" || (mm.type === "GPE" && !isNisba(mm))) ? mm : null;
    const w = st.toks[j];
    if (w.kind === "punct" && !markOpenAt(st, w.start) && w.text !== "«" && w.text !== "\"") return null;
  }
  return null;
}

/** "أمين عام «الرابطة» المستقلة X": the title word, the same body within BODY_AFTER + 1 tokens, then
 *  the person within BETWEEN tokens of the body's end (an adjective, a quotation mark; no comma). */
function titledBefore(st: State, bare: string, bodyId: string, person: ActorMention): boolean {
  for (let j = person.first - 1; j >= Math.max(0, person.first - TITLE_BEFORE); j--) {
    const w = st.toks[j];
    if (w.kind === "punct" && w.text !== "«" && w.text !== "»" && w.text !== "\"") return false;
    if (!isTitleWord(st, j, bare)) continue;
    const body = bodyAt(st, j, bodyId);
    return body !== null && person.first - body.last - 1 <= BETWEEN;
  }
  return false;
}

/** "X، رئيس غرفة التجارة": the title word within TITLE_AFTER tokens after the person (a comma
 *  between), then the same body. */
function titledAfter(st: State, bare: string, bodyId: string, person: ActorMention, limit: number): boolean {
  // ("X مستشار الملك أمير المنطقة الشمالية": a person in another's title is not its holder)
  const prev = st.toks[person.first - 1];
  if (prev && titleWord(prev)) return false;
  for (let j = person.last + 1; j < Math.min(person.last + 1 + TITLE_AFTER, limit); j++) {
    const w = st.toks[j];
    if (w.kind === "punct") { if (w.text === "،" || w.text === ",") continue; return false; }
    if (st.ix.atToken[j]) return false; // (a name between: the title is that one's)
    if (isTitleWord(st, j, bare)) return bodyAt(st, j, bodyId) !== null;
  }
  return false;
}

const isTitleWord = (st: State, j: number, bare: string) => !st.ix.atToken[j] && st.toks[j].kind === "word" && st.toks[j].readings.some((r) => !r.post && r.bare === bare);

/** The mention of the body within BODY_AFTER + 1 tokens after the title word at j, else null. */
function bodyAt(st: State, j: number, bodyId: string): ActorMention | null {
  for (let k = j + 1; k <= j + BODY_AFTER + 1 && k < st.toks.length; k++) { const mm = st.ix.atToken[k]; if (mm) return mm.id === bodyId ? mm : null; }
  return null;
}
