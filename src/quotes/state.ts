// The working state of the quote finder over one Document, and the small helpers every quote
// rule (speakers, via, letters) shares. Kept apart so each rule module stays short.
import type { QuoteOut } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import type { Cue } from "../lexicon/cues.ts";
import type { Hedge } from "../lexicon/hedges.ts";
import { unnamedIndex } from "../lexicon/unnamed.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { ActorIndex, ActorMention } from "../actors/mentions.ts";
import type { QuoteMarks } from "./marks.ts";
import type { Range } from "../actors/ranges.ts";

export const MIN_WORDS = 3;

/** Quotation marks as tokens: they may stand between a title or head and the name it governs ("شركة «X»"). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(["\"", "«", "»", "“", "”", "'"]);

/** Who speaks: an entity id (null: an unnamed source) and where it was seen (token index). */
export interface Speaker { id: string | null; text: string | null; at: number }

export type FoundQuote = QuoteOut & { sentence: number; cueAt: number };

export interface State {
  doc: Document; toks: Token[]; ix: ActorIndex; marks: QuoteMarks[]; sents: Range[];
  all: PhraseMatch<Cue>[];             // every cue match, in text order
  hedges: PhraseMatch<Hedge>[];        // every hedge match, in text order (for stance)
  viaMatches: PhraseMatch<Cue>[];      // via markers ("لوكالة", "في تصريح لـ")
  quotes: FoundQuote[];
  last: Speaker | null;                // the last speaker (named or not), for "وأضاف"
  lastVia: string | null;
  titleEnd: number;                    // offset where the headline line ends
  cueStarting: (PhraseMatch<Cue> | undefined)[]; // the cue match starting at each token
  stamp: number;                       // this document's stamp in unnamedIn's cache (newStamp())
  stances: Map<number, boolean>;       // per sentence: does it hold an "alleged" hedge
  speech: Map<number, QuoteMarks>;     // quotations long enough to be speech, by opening offset
  inside: { start: number; end: number }[]; // quotations and quoted letters, sorted by start
}

export const asSpeaker = (mm: ActorMention): Speaker => ({ id: mm.id, text: mm.text, at: mm.first });

export function pick(vs: Cue[], kind: Cue["kind"]): Cue { return vs.find((v) => v.kind === kind) ?? vs[0]; }

export function hasKind(m: PhraseMatch<Cue>, kind: Cue["kind"]): boolean {
  const vs = m.values;
  for (let k = 0; k < vs.length; k++) if (vs[k].kind === kind) return true;
  return false;
}

/** The cue match of `kind` starting at token i, if any. */
export function cueAt(st: State, i: number, kind: Cue["kind"]): PhraseMatch<Cue> | undefined {
  const m = i < st.cueStarting.length ? st.cueStarting[i] : undefined; // (a read past the end deoptimizes say)
  return m && hasKind(m, kind) ? m : undefined;
}

// unnamedIn's cache, one for every document (a typed array made per document costs more than
// the lookups it saves): by token, the end token of an unnamed-source phrase starting there, 0
// none; an entry holds for the document whose stamp it carries
let UNNAMED_END = new Int32Array(2048), UNNAMED_STAMP = new Int32Array(2048), lastStamp = 0;
/** A stamp for a new document's State: no entry of unnamedIn's cache carries it yet. */
export function newStamp(): number {
  if (lastStamp === 0x3fffffff) { UNNAMED_STAMP.fill(0); lastStamp = 0; }
  return ++lastStamp;
}

/** The first unnamed-source phrase ("مصدر"، "شهود عيان") starting in [from, to), as a token range. */
export function unnamedIn(st: State, from: number, to: number): { start: number; end: number } | undefined {
  const n = st.toks.length;
  if (n > UNNAMED_END.length) { UNNAMED_END = new Int32Array(n * 2); UNNAMED_STAMP = new Int32Array(n * 2); }
  for (let i = from; i < to && i < n; i++) {
    let end: number;
    if (UNNAMED_STAMP[i] === st.stamp) end = UNNAMED_END[i];
    else { UNNAMED_END[i] = end = unnamedIndex().matchAt(st.toks, i)?.end ?? 0; UNNAMED_STAMP[i] = st.stamp; }
    if (end) return { start: i, end };
  }
  return undefined;
}

/** Index in st.all of the first cue match starting at token i or later (st.all is in text order):
 *  where a scan of the cues from token i starts, instead of from the document's first cue. */
export function firstCueFrom(st: State, i: number): number {
  const a = st.all;
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid].start < i) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Index in st.ix.mentions of the first mention whose first token is i or later (mentions are in
 *  text order, so their first tokens never decrease). */
export function firstMentionFrom(st: State, i: number): number {
  const a = st.ix.mentions;
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid].first < i) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Is offset `off` inside a quotation or a quoted letter? (`st.inside` is sorted by start.) */
export function insideMarks(st: State, off: number): boolean {
  const a = st.inside;
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid].start <= off) lo = mid + 1; else hi = mid; }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (off < a[k].end) return true; // nested spans are few
  return false;
}


/** A quotation opening at `off`, long enough to be speech (short ones are names or scare quotes).
 *  A quotation opens on an opening mark (marks.ts: « “ „ " ' ( ”), so one char read gates the lookup. */
export const markOpenAt = (st: State, off: number) => (st.speech.size && isOpener(st.doc.text.charCodeAt(off)) ? st.speech.get(off) : undefined);
const isOpener = (c: number) => c === 0xab || c === 0x22 || c === 0x27 || c === 0x28 || (c >= 0x201c && c <= 0x201e);

/** The quotations long enough to be speech, by the offset of their opening mark. */
export function speechMarks(text: string, marks: QuoteMarks[]): Map<number, QuoteMarks> {
  const out = new Map<number, QuoteMarks>();
  for (const q of marks) if (q.open >= 0 && enoughWords(text, q.start, q.end)) out.set(q.open, q);
  return out;
}

export function skipPunct(toks: Token[], i: number, end: number): number {
  while (i < end && toks[i].kind === "punct") i++;
  return i;
}

export function trimBack(toks: Token[], from: number, to: number): number {
  while (to > from + 1 && toks[to - 1].kind === "punct") to--;
  return to;
}

/** At least MIN_WORDS words in text[a, b) (counted without splitting the text). */
export function enoughWords(text: string, a: number, b: number): boolean {
  let words = 0, inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord && ++words >= MIN_WORDS) return true;
    inWord = !space;
  }
  return false;
}
