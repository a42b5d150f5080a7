// "بحسب تقديرات الجيش"، "وفق إحصاءات الحلف"، "حسب تعداد لوكالة X"، "وفقا لبيان صادر عن الرئاسة":
// after "according to", a noun of figures or words (reporting-cues.tsv rows of kind source: تقديرات،
// أرقام، تعداد، رأي …, and the statement nouns of kind document) and then who made them. The maker
// speaks: the name right after the noun or a few words on, past an adjective or a verb of issuing
// ("أرقام قدمتها X"، "بيانات صدرت من X"). With a pronoun on the noun ("وبحسب رأيه"، "حسب تعبيرها")
// the maker is the speaker of the statement just before (in a sentence of its own: in the statement's
// own sentence the phrase only closes what was already attributed).
// The accord cue alone ("بحسب X") is read in find-quotes.ts; this module only finds the maker
// when a source noun stands between the cue and the name, which that reading stops at.
import path from "node:path";
import type { Token } from "../core/document.ts";
import { readTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { isActorType, type ActorMention } from "../actors/mentions.ts";
import { firstMentionFrom, QUOTE_MARKS, type State, type Speaker } from "./state.ts";
import { isNisba } from "./speakers.ts";

const MAKER_GAP = 4;   // words at most between the noun and its maker's name ("تقرير خاص صادر عن X")
const LAST_BACK = 1;   // sentences back in which the statement a pronoun refers to must stand
const POSSESSIVE = new Set(["ه", "ها", "هم", "هما"]);
const MARKS = new Set([...QUOTE_MARKS, "(", ")"]); // (brackets too: "تقرير (X)")

let nouns: Set<string> | null = null, between: Set<string> | null = null;
/** The source nouns (rows of kind source and of kind document) and the words that may stand between such a
 *  noun and its maker (kind source, frames between), normalized. */
export function sourceNouns(): Set<string> {
  if (nouns) return nouns;
  nouns = new Set(); between = new Set();
  for (const { row } of readTsv(path.join(LEXICON_DIR, "reporting-cues.tsv"))) {
    if (!row.form) continue;
    if (row.kind === "source" && row.frames === "between") between.add(normalize(row.form));
    else if (row.kind === "source" || row.kind === "document") nouns.add(normalize(row.form));
  }
  return nouns;
}
function betweenWords(): Set<string> { sourceNouns(); return between!; }

/** A word that may stand between the noun and its maker: an adjective or a word of issuing of the list, or a
 *  verb carrying a pronoun that refers back to the noun ("قدمتها"، "نشره"). */
function mayStandBetween(t: Token): boolean {
  if (t.kind === "punct") return MARKS.has(t.text);
  if (t.kind !== "word") return false;
  const set = betweenWords();
  return set.has(t.norm) || t.readings.some((r) => set.has(r.norm) || (r.pre === "" && !r.article && POSSESSIVE.has(r.post) && /^[يت]?.{3,}/.test(r.bare) && !sourceNouns().has(r.bare)));
}

export type SourceMaker = { who: ActorMention } | { owner: Speaker; nounAt: number };

/** Token i as a source noun: "named" in construct (no article, no pronoun), "owned" with a possessive pronoun. */
function sourceNoun(t: Token | undefined): "named" | "owned" | null {
  if (!t || t.kind !== "word") return null;
  const set = sourceNouns();
  for (const r of t.readings) {
    if (r.article || !(r.pre === "" || r.pre === "ل") || !set.has(r.bare)) continue;
    if (r.post === "") return "named";
    if (POSSESSIVE.has(r.post)) return "owned";
  }
  return null;
}

/** Who made the figures or words named by the source noun at `at` (the token after an accord cue), else null. */
export function sourceMaker(st: State, at: number, sEnd: number): SourceMaker | null {
  const { toks } = st;
  const kind = sourceNoun(toks[at]);
  if (!kind) return null;
  if (kind === "owned") {
    // the pronoun is the speaker of the statement just before (its quote within LAST_BACK sentences)
    const q = st.quotes[st.quotes.length - 1];
    // (in the statement's own sentence, "…، حسب تصريحه" only closes what was already attributed)
    if (!q || !q.speaker || toks[at].sentence - q.sentence > LAST_BACK || q.sentence === toks[at].sentence) return null;
    return { owner: { id: q.speaker, text: q.speaker_text, at: q.cueAt }, nounAt: at };
  }
  const ms = st.ix.mentions;
  let words = 0;
  for (let k = firstMentionFrom(st, at + 1); k < ms.length; k++) {
    const mm = ms[k];
    if (mm.first >= sEnd) break;
    for (let j = at + 1; j < mm.first; j++) if (!mayStandBetween(toks[j])) return null;
    words = 0;
    for (let j = at + 1; j < mm.first; j++) if (toks[j].kind !== "punct") words++;
    if (words > MAKER_GAP) return null;
    if (!isActorType(mm.type) || isNisba(mm)) continue;
    // (a place further on is where, not who: only a country right after the noun made them, "تقديرات واشنطن")
    if (mm.type === "GPE" && words > 0) return null;
    return { who: mm };
  }
  return null;
}
