// The outlet that relayed a statement (contract field `via`): the name after a via marker
// ("لوكالة"، "في تصريحات لـ"، "نقلته وكالة"), an outlet after "according to" ("وفقا لوكالة X"،
// "بحسب صحيفة X"), or an outlet named with a bare ل ("لسبوتنيك"). An outlet is never a speaker.
import { tokenFormsAt } from "../lexicon/phrase-index.ts";
import type { ActorMention } from "../actors/mentions.ts";
import { hasKind, type State } from "./state.ts";

// nouns that name a medium: the name after them is an outlet
const OUTLET_NOUNS = new Set(["وكاله", "صحيفه", "قناه", "موقع", "شبكه", "تلفزيون", "اذاعه", "مجله", "جريده", "التلفزيون"]);

/** A mention right after a via marker or a bare ل clitic on an outlet. */
export function isVia(st: State, mm: ActorMention): boolean {
  for (const v of st.viaMatches) if (v.start <= mm.first && mm.first - v.end <= 4) return true;
  const t = st.toks[mm.first];
  if (mm.start > t.start && /^ل/.test(st.doc.text.slice(t.start, mm.start))) return isOutlet(st, mm);
  const prev = st.toks[mm.first - 1];
  if (prev && (prev.norm === "ل" || prev.text === "لـ")) return true;
  if (prev && prev.kind === "punct" && st.toks[mm.first - 2] && /^لـ?$/.test(st.toks[mm.first - 2].text)) return true;
  return false;
}

/** Named as a medium: a medium noun just before it (or inside it), or right after a via marker. */
export function isOutlet(st: State, mm: ActorMention): boolean {
  for (let i = mm.first + 1; i >= Math.max(0, mm.first - 3); i--) {
    if (i > mm.last || i >= st.toks.length) continue;
    if (tokenFormsAt(st.toks, i, "noun").some((x) => OUTLET_NOUNS.has(x))) return true;
  }
  return st.viaMatches.some((v) => v.end <= mm.first + 1 && mm.first - v.end <= 2);
}

/** The outlet a via marker (or "according to" + outlet) names in sentence `sent`. */
export function viaFor(st: State, sent: number): string | null {
  const [a, b] = st.sents[sent];
  for (const v of st.all) {
    if (v.start < a) continue;
    if (v.start >= b) break;
    const via = hasKind(v, "via"), accord = hasKind(v, "accord");
    if (!via && !accord) continue;
    // the name may start inside the marker ("نقلته وكالة الأنباء …": the mention begins at وكالة)
    const k = st.ix.mentions.findIndex((x) => x.last >= v.end - 1 && x.first >= v.start && x.first - v.end <= 4);
    if (k < 0) continue;
    let mm = st.ix.mentions[k];
    // "لوكالة أنباء الروسية “سبوتنيك”": a described outlet followed by its name — the name is the outlet
    const next = st.ix.mentions[k + 1];
    if (next && next.type === "ORG" && next.first - mm.last <= 3 && onlyPunct(st, mm.last + 1, next.first, 1)) mm = next;
    if (via || isOutlet(st, mm)) return mm.id;
  }
  return null;
}

/** Tokens [a, b) are punctuation except at most `words` words. */
function onlyPunct(st: State, a: number, b: number, words: number): boolean {
  for (let i = a; i < b; i++) if (st.toks[i].kind !== "punct" && --words < 0) return false;
  return true;
}
