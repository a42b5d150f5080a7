// The outlet that relayed a statement (contract field `via`): the name after a via marker
// ("لوكالة"، "في تصريحات لـ"، "نقلته وكالة"), an outlet after "according to" ("وفقا لوكالة X"،
// "بحسب صحيفة X"), or an outlet named with a bare ل ("لسبوتنيك"). An outlet is never a speaker.
// Some markers name an outlet only when what follows is a medium ("في بيان بثه التلفزيون الرسمي"
// but "في بيان نشره الجيش": the army issued it), and some imply their platform ("في تغريدته":
// Twitter, when the document names it); reporting-cues.tsv says which in its frames column.
import { tokenFormsAt, type PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Cue } from "../lexicon/cues.ts";
import { kbEntryOf } from "../kb/index.ts";
import { isMediaSubtype } from "../kb/row.ts";
import { normalize } from "../text/normalize.ts";
import type { ActorMention } from "../actors/mentions.ts";
import { firstCueFrom, firstMentionFrom, hasKind, pick, type State } from "./state.ts";

// nouns that name a medium: the name after them is an outlet
const OUTLET_NOUNS = new Set(["وكاله", "صحيفه", "قناه", "موقع", "شبكه", "تلفزيون", "اذاعه", "مجله", "جريده", "التلفزيون"]);

/** A mention right after a via marker or a bare ل clitic on an outlet. */
export function isVia(st: State, mm: ActorMention): boolean {
  for (const v of st.viaMatches) if (v.start <= mm.first && mm.first - v.end <= 4 && (!needsMedium(v) || mediumSubject(st, v, mm))) return true;
  const t = st.toks[mm.first];
  if (mm.start > t.start && /^ل/.test(st.doc.text.slice(t.start, mm.start))) return isOutlet(st, mm);
  const prev = st.toks[mm.first - 1];
  if (prev && (prev.norm === "ل" || prev.text === "لـ")) return true;
  if (prev && prev.kind === "punct" && st.toks[mm.first - 2] && /^لـ?$/.test(st.toks[mm.first - 2].text)) return true;
  return false;
}

/** Named as a medium: a medium noun just before it (or inside it), or right after a via marker. */
export function isOutlet(st: State, mm: ActorMention): boolean {
  if (mediumNoun(st, mm)) return true;
  return st.viaMatches.some((v) => !needsMedium(v) && v.end <= mm.first + 1 && mm.first - v.end <= 2);
}

/** An organization that is a medium by its words (a medium noun just before it or inside it) or by
 *  the knowledge base ("موقع 24 الإماراتي": the adjective's country is no medium). */
export function isMedium(st: State, mm: ActorMention): boolean {
  return mm.type === "ORG" && (mediumNoun(st, mm) || mediumId(mm.id));
}

/** Token i is a medium noun (وكالة، صحيفة، قناة …). */
export function mediumNounAt(st: State, i: number): boolean {
  return tokenFormsAt(st.toks, i, "noun").some((x) => OUTLET_NOUNS.has(x));
}

function mediumNoun(st: State, mm: ActorMention): boolean {
  for (let i = mm.first + 1; i >= Math.max(0, mm.first - 3); i--) {
    if (i > mm.last || i >= st.toks.length) continue;
    if (tokenFormsAt(st.toks, i, "noun").some((x) => OUTLET_NOUNS.has(x))) return true;
  }
  return false;
}

/** Does the knowledge base file this id under media (an agency, paper, channel, site)? */
function mediumId(id: string): boolean {
  return isMediaSubtype(kbEntryOf(id)?.subtype ?? "");
}

/** The first medium named in tokens [from, to) (a speaker's description: "محرر في مجلة Y"، "لـ«رويترز»"),
 *  or null. A medium the knowledge base alone knows must follow a preposition: "بوزير الخارجية
 *  المصري اليوم" is no newspaper. */
export function mediumIn(st: State, from: number, to: number): string | null {
  for (let i = from; i < to && i < st.toks.length; i++) {
    const mm = st.ix.atToken[i];
    if (mm && mm.first === i && mm.type === "ORG" && (mediumNoun(st, mm) || (mediumId(mm.id) && afterRelayPrep(st, mm)))) return mm.id;
  }
  return null;
}

const RELAY_PREPS = new Set(["ل", "لـ", "في", "عبر", "علي", "الي"]);
/** "لرويترز"، "لـ «عكاظ»"، "في الغارديان"، "عبر تويتر". */
function afterRelayPrep(st: State, mm: ActorMention): boolean {
  const t = st.toks[mm.first];
  if (mm.start > t.start && /[لب]ـ?$/.test(st.doc.text.slice(t.start, mm.start))) return true;
  let k = mm.first - 1;
  while (k >= 0 && st.toks[k].kind === "punct" && mm.first - k <= 2) k--;
  return k >= 0 && (RELAY_PREPS.has(st.toks[k].norm) || st.toks[k].text === "لـ");
}

/** The outlet a via marker (or "according to" + outlet) names in sentence `sent`. */
export function viaFor(st: State, sent: number): string | null {
  const [a, b] = st.sents[sent];
  const all = st.all, ms = st.ix.mentions;
  for (let n = firstCueFrom(st, a); n < all.length; n++) {
    const v = all[n];
    if (v.start >= b) break;
    const via = hasKind(v, "via"), accord = hasKind(v, "accord");
    if (!via && !accord) continue;
    const platform = via ? impliedPlatform(st, v) : undefined;
    if (platform !== undefined) { if (platform) return platform; continue; }
    // the name may start inside the marker ("نقلته وكالة الأنباء …": the mention begins at وكالة)
    let k = firstMentionFrom(st, v.start);
    while (k < ms.length && ms[k].first - v.end <= 4 && ms[k].last < v.end - 1) k++;
    if (k >= ms.length || ms[k].first - v.end > 4) continue;
    let mm = ms[k];
    // "لوكالة أنباء الروسية “سبوتنيك”": a described outlet followed by its name — the name is the outlet
    const next = st.ix.mentions[k + 1];
    if (next && next.type === "ORG" && next.first - mm.last <= 3 && onlyPunct(st, mm.last + 1, next.first, 1)) mm = next;
    // (a country is no outlet: "لوكالة الصحافة الفرنسية" whose name the recognizer missed leaves only the adjective)
    if (mm.type !== "ORG") continue;
    if (via && needsMedium(v) ? mediumSubject(st, v, mm) : via || isOutlet(st, mm)) return mm.id;
  }
  return null;
}

/** The medium that is the subject of a marker verb: right after it, with at most a medium noun
 *  and quotation marks between ("بيان بثه التلفزيون الرسمي"، "نقلته مجلة «X»"; not "تم نشرها في
 *  مجلة X": published in, not by). */
function mediumSubject(st: State, v: PhraseMatch<Cue>, mm: ActorMention): boolean {
  if (mm.first - v.end > 2) return false;
  for (let i = v.end; i < mm.first; i++) if (st.toks[i].kind !== "punct" && !OUTLET_NOUNS.has(st.toks[i].norm)) return false;
  return isMedium(st, mm);
}

/** "بثه"، "نشرته": the marker relays only through a medium (frames column "outlet"). */
function needsMedium(v: PhraseMatch<Cue>): boolean {
  return pick(v.values, "via").frames.has("outlet");
}

/** A marker that implies its platform ("في تغريدة" → تويتر, the frames column): undefined for
 *  other markers; the id of the document's entity so named, else null. */
function impliedPlatform(st: State, v: PhraseMatch<Cue>): string | null | undefined {
  let name: string | undefined;
  for (const f of pick(v.values, "via").frames) if (f !== "after" && f !== "outlet") name = f;
  if (name === undefined) return undefined;
  for (const e of st.doc.entities) {
    if (e.type !== "ORG") continue;
    if (normalize(e.name) === name || e.mentions.some((m) => normalize(m.text) === name)) return e.id;
  }
  return null;
}

/** Tokens [a, b) are punctuation except at most `words` words. */
function onlyPunct(st: State, a: number, b: number, words: number): boolean {
  for (let i = a; i < b; i++) if (st.toks[i].kind !== "punct" && --words < 0) return false;
  return true;
}
