// "وقالت الوزارة"، "وأكدت الشركة"، "وأوضحت الجامعة": a bare definite body noun as the subject of a cue
// names again a body the article named before — the nearest earlier organization whose name opens on
// that noun (وزارة الصحة), stands right after it (شركة أرامكو، حكومة X), or is of the kind the noun
// names in the knowledge base (a company named without شركة). The nouns and kinds are data
// (data/lexicon/body-nouns.tsv). Before this, a noun whose body was named without its head fell to the
// last speaker ("أعلنت الشركة" after a country spoke), or to any name within three words after an
// earlier use of the noun ("مبيعات الشركة في المغرب" made the country the company).
import type { Token } from "../core/document.ts";
import type { ActorMention } from "../actors/mentions.ts";
import { kbEntryOf } from "../kb/index.ts";
import { isVia } from "./via.ts";
import { bodyNouns, type BodyNoun } from "../lexicon/body-nouns.ts";
import { normalize } from "../text/normalize.ts";
import { asSpeaker, firstMentionFrom, QUOTE_MARKS, type Speaker, type State } from "./state.ts";

/** For the bare definite noun `bare` (normalized, without ال) at token i: undefined when it is no
 *  body noun of the table, or a word after it goes on with a name ("الشرطة العسكرية"، "الحكومة
 *  اليمنية": the caller's rules for names and nisba adjectives decide). Else the body it names: the
 *  last speaker when it is of that kind (the body whose statement the story tells: "وقالت الوزارة"
 *  after a second ministry was named in passing), or when it is an organization the KB does not type
 *  named after every body of that kind ("قالت داماك … وأعلنت الشركة"); else the nearest earlier body
 *  of that kind; else, when none was named, an unnamed speaker, not the last one ("وقالت الشرطة" after
 *  a country spoke) — null (the caller goes on as before) only when the last speaker may still be it:
 *  an organization the KB does not type ("أعلنت نتفليكس … وقالت الشركة"), or any speaker for a noun
 *  that may name a country's government. */
export function bodyNounSpeaker(st: State, i: number, bare: string): Speaker | null | undefined {
  const noun = bodyNouns().get(bare);
  if (!noun) return undefined;
  const next = st.toks[i + 1];
  if (next && (st.ix.atToken[i + 1] || (next.kind === "word" && next.readings.some((r) => r.article && r.pre === "")))) return undefined;
  const lastId = st.last?.id;
  let nearest: ActorMention | null = null, last: ActorMention | null = null, named = false, untypedLast: ActorMention | null = null;
  for (let k = firstMentionFrom(st, i) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    const fit = fits(st, mm, bare, noun);
    if (mm.id === lastId) {
      if (fit) return asSpeaker(mm);
      last ??= mm;
      // (an untyped last speaker, not when it was only the outlet a statement came through: "بحسب موقع X")
      if (!nearest && !untypedLast && untypedOrg(mm) && !isVia(st, mm)) untypedLast = mm;
    }
    if (fit) { nearest ??= mm; named ||= fit === NAMED; }
  }
  // (a body named with the noun itself, "شركة X", outweighs an untyped last speaker; one of the KB's kind does not)
  if (untypedLast && !named) return asSpeaker(untypedLast);
  if (nearest) return asSpeaker(nearest);
  // (a government no name gave: the caller's rules find the story's country, "وكانت تونس قد … كما أعلنت الحكومة")
  return noun.gpe || (last && untypedOrg(last)) ? null : { id: null, text: null, at: i };
}

/** An organization of no KB subtype whose name opens on no body noun (نتفليكس، داماك). */
function untypedOrg(mm: ActorMention): boolean {
  return mm.type === "ORG" && !kbEntryOf(mm.id)?.subtype && !bodyNouns().has(normalize(mm.text).split(" ")[0].replace(/^ال/, ""));
}

const NAMED = 2, OF_KIND = 1;
/** Does mention mm name a body the noun `head` may stand for: NAMED with the noun itself (its name
 *  opens on it, or it stands after it), OF_KIND by its KB subtype, else 0? */
export function fits(st: State, mm: ActorMention, head: string, noun: BodyNoun): number {
  if (mm.type === "ORG") {
    if (normalize(mm.text).split(" ")[0].replace(/^ال/, "") === head || headBefore(st, mm.first, head)) return NAMED;
    const sub = kbEntryOf(mm.id)?.subtype;
    return sub && noun.subtypes.has(sub) ? OF_KIND : 0;
  }
  return mm.type === "GPE" && noun.gpe && headBefore(st, mm.first, head) ? NAMED : 0;
}

/** The head stands right before the name, in construct ("شركة أرامكو"، "لحكومة X"، "شركة «X»"), or
 *  with one definite adjective between them and ل on the name ("الأمانة العامة لهيئة X"); a
 *  preposition between them ("مبيعات الشركة في X") is no construct. */
function headBefore(st: State, first: number, head: string): boolean {
  let p = first - 1;
  while (p > 0 && st.toks[p].kind === "punct" && QUOTE_MARKS.has(st.toks[p].text)) p--;
  if (isHead(st, p, head)) return true;
  const adj = st.toks[p], name = st.toks[first];
  return p === first - 1 && !!adj && !!name && /^لل?/.test(name.norm) && adj.kind === "word" && !st.ix.atToken[p]
    && adj.readings.some((r) => r.article && r.pre === "" && !r.post) && isHead(st, p - 1, head);
}

function isHead(st: State, p: number, head: string): boolean {
  const t: Token | undefined = st.toks[p];
  return !!t && t.kind === "word" && !st.ix.atToken[p] && t.readings.some((r) => !r.post && r.bare === head);
}
