// A statement or report as the subject of a cue ("وأضاف البيان أن"، "وقال بيان لوزارة الدفاع إن"،
// "وأكد تقرير المنظمة أن"): whoever issued it speaks. The issuer is named right after the document
// noun (a ل phrase or the construct's genitive), or — for "البيان" that points back — with the same
// document met earlier: "أعلنت الوزارة في بيان"، "بيان صادر عن X"، "أصدرت X بيانا". Before this the
// last speaker went on, which is another body whenever a quote of someone else stood between.
import type { ActorMention } from "../actors/mentions.ts";
import { isActorType } from "../actors/mentions.ts";
import type { Cue } from "../lexicon/cues.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { cueAt, type Speaker, type State } from "./state.ts";
import { isNisba } from "./speakers.ts";
import { isMedium } from "./via.ts";

const REACH = 3000;   // characters back in which the earlier mention of the document is looked for
const SUBJECT_GAP = 2; // tokens at most between an issuer and "في بيان"/"بيانا" after it (a comma, في)

/** "بيان لوزارة X"، "تقرير منظمة X": the actor named right after the document noun, else null. */
export function issuerAfter(st: State, doc: PhraseMatch<Cue>): ActorMention | null {
  return namedAfter(st, doc.start, doc.end);
}

function namedAfter(st: State, start: number, end: number): ActorMention | null {
  const mm = st.ix.atToken[end];
  if (!mm || mm.first !== end || !isActorType(mm.type) || isNisba(mm)) return null;
  // (a definite document noun takes no genitive: "البيان" + a name is the start of another phrase)
  const lam = st.toks[end].readings.some((r) => r.pre === "ل");
  return lam || !st.toks[start].readings.some((r) => r.article) ? mm : null;
}

/** The issuer of a definite document noun that points back ("وأضاف البيان"): the body that issued
 *  the nearest earlier mention of the same noun, else null. */
export function earlierIssuer(st: State, doc: PhraseMatch<Cue>): Speaker | null {
  const { toks } = st;
  const bare = bareOf(st, doc.start);
  if (!bare || !toks[doc.start].readings.some((r) => r.article)) return null;
  const off = toks[doc.start].start;
  for (let k = doc.start - 1; k >= 0 && off - toks[k].start <= REACH; k--) {
    // ("بيانا": the accusative's alif, which the document cue does not read)
    if (toks[k].kind !== "word" || !toks[k].norm.includes(bare)) continue;
    const b = bareOf(st, k);
    if (b !== bare && b !== bare + "ا") continue;
    const after = namedAfter(st, k, k + 1) ?? issuedAfter(st, k + 1);
    if (after) return { id: after.id, text: after.text, at: after.first };
    const before = subjectBefore(st, k);
    if (before) return before;
    // (an earlier "البيان" without a named issuer points further back; an indefinite one introduced it)
    if (!toks[k].readings.some((r) => r.article)) return null;
  }
  return null;
}

/** "بيان صادر عن X": the actor after the issuer phrase following the document noun. */
function issuedAfter(st: State, i: number): ActorMention | null {
  const m = cueAt(st, i, "issuer");
  if (!m) return null;
  const mm = st.ix.atToken[m.end];
  return mm && mm.first === m.end && isActorType(mm.type) ? mm : null;
}

/** "أعلنت الوزارة في بيان"، "أصدرت الوزارة، أمس، بيانا": the issuer named just before the earlier
 *  document noun at k, or the speaker of a quote whose cue stands before it in its sentence. */
function subjectBefore(st: State, k: number): Speaker | null {
  const { toks } = st;
  let j = k - 1, gap = 0;
  while (j >= 0 && gap < SUBJECT_GAP && !st.ix.atToken[j] && toks[j].sentence === toks[k].sentence && (toks[j].kind === "punct" || toks[j].norm === "في")) { j--; gap++; }
  const mm = j >= 0 ? st.ix.atToken[j] : undefined;
  // ("كما نشرت وكالة محلية، في بيان": an agency that published the statement did not issue it)
  if (mm && mm.last === j && isActorType(mm.type) && !isNisba(mm) && mm.type !== "GPE") return isMedium(st, mm) ? null : { id: mm.id, text: mm.text, at: mm.first };
  for (let q = st.quotes.length - 1; q >= 0; q--) {
    const f = st.quotes[q];
    if (f.cueAt < k && f.sentence === toks[k].sentence && f.speaker) return { id: f.speaker, text: f.speaker_text, at: f.cueAt };
    if (f.cueAt < k && f.sentence < toks[k].sentence) break;
  }
  return null;
}

/** The document noun at token i without article or conjunction ("البيان" → "بيان"), else "". */
function bareOf(st: State, i: number): string {
  const t = st.toks[i];
  if (t.kind !== "word") return "";
  for (const r of t.readings) if (!r.post && (r.pre === "" || r.pre === "و" || r.pre === "ب" || r.pre === "ل")) return r.bare;
  return "";
}
