// Longest-match lookup of lexicon phrases over the tokens of a Document. Phrases are sequences
// of normalize()d words compiled into a trie; a token matches a word through any of its
// clitic readings (see Reading in core/document.ts), but which proclitics a word may carry
// depends on its part of speech: verbs take و ف س ل (وقال، فسيزور، ليقعوا), nouns also take
// ب ك and ال (بالهجوم، للهجوم), particles only و ف. So "بحث" never reads as ب + "حث" (a verb).
//
// Speed: every stage walks every token through several indexes, so the forms a token can take
// are computed once per distinct written word of a token list (a Document's tokens) and part of
// speech, and a walk starts only when one of those forms begins some phrase (the word's gate
// bits). Readings are a function of the written word (text/clitics.ts segments each form once),
// so the word's entry lives on its written form (Token.form.phrases, shared by every token written
// so, for the life of the form): a token costs a property read, not a Map lookup. Tokens without a
// form (hand-made ones, withReadings copies) keep a per-list entry by position and a small map by
// word. (A process-wide Map by word measured 3x slower than a per-document one: cache misses.)
import type { Token, TokenForm } from "../core/document.ts";
import { numberTable, type NumberTable } from "../text/clitics.ts";
import { formNumbers } from "../text/tokens.ts";

export type Pos = "verb" | "noun" | "participle" | "particle";
type FormPos = Pos | "any";

const VERB_PRE = new Set(["", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"]);
const PARTICLE_PRE = new Set(["", "و", "ف"]);

interface Node<T> { next: Map<string, Node<T>>; values: T[] }
const node = <T>(): Node<T> => ({ next: new Map(), values: [] });

export interface PhraseMatch<T> { start: number; end: number; values: T[] } // token range [start, end)

// Every word of every index, as one map word → bit set: the low 15 bits name the indexes that begin
// a phrase with it, the high 15 bits those that continue one with it (second word or later). A
// written word's gate and later bits are the OR over its forms, read once per word (one Map read
// per form), so an index rejects a token with one AND and a walk stops at a token none of whose
// forms continues a phrase of its index, without reading the trie.
const wordBits = new Map<string, number>();
// A filter in front of wordBits: one bit per hash of a word's length and first, second and last
// letters, set for every word of wordBits. A word whose bit is clear is in no phrase (no Map read):
// on a word's first sight that is most of its readings, and reading a few letters costs far less
// than a Map read of a string never hashed before (measured ~3 µs a new word for its 2-4 readings).
const FILTER = new Int32Array(1 << 11); // 2^16 bits
const filterKey = (w: string): number => {
  const n = w.length;
  if (n === 0) return 0;
  return (((w.charCodeAt(0) * 31 + w.charCodeAt(n - 1)) * 31 + (n > 1 ? w.charCodeAt(1) : 0)) * 31 + n) & 0xffff;
};
const mayBegin = (w: string): boolean => { const k = filterKey(w); return (FILTER[k >>> 5] & (1 << (k & 31))) !== 0; };
function setBits(w: string, bits: number): void {
  wordBits.set(w, (wordBits.get(w) ?? 0) | bits);
  const k = filterKey(w);
  FILTER[k >>> 5] |= 1 << (k & 31);
}
const LATER = 15;
const LOW = (1 << LATER) - 1;
// `generation` changes after an index adds phrases, so everything cached on a word's entry (bits,
// per-index results) is recomputed: add() marks it stale and the next lookup (sync()) takes a new
// one, so a lexicon of thousands of rows costs one generation, and generations stay small. Its
// values come from one counter shared by every copy of this module in the process (a bundle and
// its tsx source), so a value left on a written form by one copy never means "current" to another.
const COUNTER = Symbol.for("rasid.phraseIndex.generation");
const shared = globalThis as { [COUNTER]?: number };
const nextGeneration = (): number => (shared[COUNTER] = (shared[COUNTER] ?? 0) + 1);
let generation = nextGeneration();
let stale = false;
/** Take a new generation if a phrase was added since the last lookup (every public lookup calls it). */
function sync(): void {
  if (stale) { generation = nextGeneration(); stale = false; }
}
// A word that begins no phrase (most words) keeps no entry: its form holds a stamp, the number
// generation × 2^15 + its later bits (read in place: no entry is made or read, and a walk reads
// whether it continues a phrase from the number). Stamps need generation < 2^15 (a small integer
// in V8); beyond that (never in practice: a generation per lexicon loaded) such words get entries.
const STAMP_LIMIT = 1 << LATER;
let nextBit = 0;

let nextId = 0;

// What a word's entry keeps per index (by index id), valid while the entry's `gen` is current:
// null when none of its forms begins a phrase of the index; the values of its match when every
// phrase its forms begin is one word long (merged over parts of speech as matchEntry would: no walk,
// no trie read); else an Open: the trie nodes its forms reach from each root, to walk from.
class Open<T> {
  constructor(readonly nodes: (Node<T>[] | null)[], readonly values: (T[] | null)[], readonly open: boolean[]) {}
}
type Result<T> = null | T[] | Open<T>;

export class PhraseIndex<T> {
  private roots: [Pos, Node<T>][] = [];
  private firstWords = new Set<string>(); // every word some phrase begins with, any part of speech
  private laterWords = new Set<string>(); // every word that stands second or later in some phrase
  /** This index's bit in every token's gate (several indexes share one when there are more than 15). */
  readonly bit = 1 << (nextBit++ % LATER);
  private readonly id = nextId++;   // this index's slot in each word entry (WordEntry.result/keep)
  private grown = 0;                // bumped by add()

  /** Changes whenever a phrase is added (results computed before are stale). */
  get version(): number { return this.grown; }

  /** Add a phrase of normalized words (already inflected) under a part of speech. */
  add(words: string[], pos: Pos, value: T): void {
    if (!words.length) return;
    this.grown++;
    stale = true;
    let entry = this.roots.find(([p]) => p === pos);
    if (!entry) { entry = [pos, node<T>()]; this.roots.push(entry); }
    if (!this.firstWords.has(words[0])) {
      this.firstWords.add(words[0]);
      setBits(words[0], this.bit);
    }
    for (let k = 1; k < words.length; k++) {
      const w = words[k];
      if (this.laterWords.has(w)) continue;
      this.laterWords.add(w);
      setBits(w, this.bit << LATER);
    }
    let n = entry[1];
    for (const w of words) {
      let m = n.next.get(w);
      if (!m) { m = node<T>(); n.next.set(w, m); }
      n = m;
    }
    n.values.push(value);
  }

  /** True when some phrase (of any part of speech) begins with this normalized word. */
  hasFirst(word: string): boolean {
    return this.firstWords.has(word);
  }

  /** The longest phrase starting at token i, or null. When phrases of several parts of speech
   *  tie ("طرد" the verb and "طرد" the masdar), the values of all of them are returned. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    if (tokens[i].kind !== "word") return null;
    sync();
    // gate: most tokens begin no phrase of this index under any reading
    const e = liveEntry(tokens, i);
    if (e === null || !(e.gate & this.bit)) return null;
    return this.matchEntry(tokens, i, e);
  }

  /** The match at token i, from its word's entry `e` (current: e.gen === generation). */
  matchEntry(tokens: Token[], i: number, e: WordEntry): PhraseMatch<T> | null {
    const id = this.id;
    let r = e.result(id) as Result<T> | undefined;
    if (r === undefined) { r = this.resultOf(e, tokens[i]); e.keep(id, r, r instanceof Open); }
    if (r === null) return null;
    // whether it is an Open is a bit of the entry: a one-word match is made without reading r
    if (id < OPEN_BITS ? !(e.open & (1 << id)) : !(r instanceof Open)) return { start: i, end: i + 1, values: r as T[] };
    r = r as Open<T>;
    let best: PhraseMatch<T> | null = null;
    const nodes = r.nodes;
    for (let k = 0; k < nodes.length; k++) {
      const first = nodes[k];
      if (first === null) continue;
      const one = r.values[k];
      const m = r.open[k] ? this.walk(tokens, i, first, one) : one ? { start: i, end: i + 1, values: one } : null;
      if (!m) continue;
      if (!best || m.end > best.end) best = m;
      else if (m.end === best.end) best = { start: i, end: m.end, values: [...best.values, ...m.values] };
    }
    return best;
  }

  /** What the word's forms reach in this index (see Result): computed once per word and generation. */
  private resultOf(e: WordEntry, t: Token): Result<T> {
    const nodes: (Node<T>[] | null)[] = [], values: (T[] | null)[] = [], opens: boolean[] = [];
    let any = false, anyOpen = false;
    for (const [pos, root] of this.roots) {
      const first = firstNodes(root, formsOf(e, t, pos));
      let v: T[] | null = null;
      if (first) for (const n of first) if (n.values.length) v = n.values;
      const o = !!first && open(first);
      nodes.push(first); values.push(v); opens.push(o);
      if (first) any = true;
      if (o) anyOpen = true;
    }
    if (!any) return null;
    if (anyOpen) return new Open(nodes, values, opens);
    // one-word matches only: fold them as matchEntry's loop would
    let merged: T[] | null = null;
    for (const v of values) if (v) merged = merged ? [...merged, ...v] : v;
    return merged;
  }

  /** All non-overlapping longest matches over tokens[from, to). */
  matchAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (from >= to) return out;
    sync();
    const bit = this.bit;
    for (let i = from; i < to; ) {
      let m: PhraseMatch<T> | null = null;
      if (tokens[i].kind === "word") { const e = liveEntry(tokens, i); if (e !== null && e.gate & bit) m = this.matchEntry(tokens, i, e); }
      if (m && m.end <= to) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }

  /** The longest phrase from the nodes `first` (which continue: open(first)) that token i's forms
   *  reach; `one` is the one-word match's values (resultOf kept them: no node is read for it). */
  private walk(tokens: Token[], i: number, first: Node<T>[], one: T[] | null): PhraseMatch<T> | null {
    let frontier = first;
    let best: PhraseMatch<T> | null = one ? { start: i, end: i + 1, values: one } : null;
    for (let j = i + 1; j < tokens.length; j++) {
      if (j > i + 1 && !open(frontier)) break;
      const t = tokens[j];
      if (t.kind === "punct" || t.kind === "symbol") break;
      if (!(laterAt(tokens, j) & this.bit)) break; // no form of this word continues a phrase of this index
      const forms = formsOf(entryOf(tokens, j), t, "any");
      const nextFrontier: Node<T>[] = [];
      for (const n of frontier) {
        if (!n.next.size) continue;
        for (const f of forms) { const m = n.next.get(f); if (m && !nextFrontier.includes(m)) nextFrontier.push(m); }
      }
      frontier = nextFrontier;
      for (const n of frontier) if (n.values.length) best = { start: i, end: j + 1, values: n.values };
    }
    return best;
  }
}

/** index.matchAll(tokens, a, b), read from `all` = index.matchAll(tokens) when no match of the whole
 *  straddles a or b (then the two greedy scans agree inside [a, b)); else matched again. */
export function matchesIn<T>(index: PhraseIndex<T>, tokens: Token[], all: PhraseMatch<T>[], a: number, b: number): PhraseMatch<T>[] {
  if (a >= b) return [];
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].end <= a) lo = mid + 1; else hi = mid; } // first match ending after a
  const out: PhraseMatch<T>[] = [];
  for (let k = lo; k < all.length && all[k].start < b; k++) {
    const m = all[k];
    if (m.start < a || m.end > b) return index.matchAll(tokens, a, b);
    out.push(m);
  }
  return out;
}

/** The matchAll of several indexes in one pass over the tokens, each token's gate read once. */
export function matchAllEach(tokens: Token[], indexes: PhraseIndex<unknown>[]): PhraseMatch<unknown>[][] {
  sync();
  const n = indexes.length;
  const out: PhraseMatch<unknown>[][] = [];
  const next: number[] = [];
  let any = 0;
  for (let k = 0; k < n; k++) { out.push([]); next.push(0); any |= indexes[k].bit; }
  const ids = formNumbers(tokens), stamps = ids === null ? null : stampsByNumber();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== "word") continue;
    // a word that begins no phrase: its stamp, by form number (no read of its Form)
    if (stamps !== null && stamps[ids![i]] >> LATER === generation) continue;
    const e = liveEntry(tokens, i);
    if (e === null) { if (stamps !== null) stamps[ids![i]] = tokens[i].form!.phrases as number; continue; }
    const bits = e.gate;
    if (!(bits & any)) continue;
    for (let k = 0; k < n; k++) {
      if (i < next[k] || !(bits & indexes[k].bit)) continue;
      const m = indexes[k].matchEntry(tokens, i, e);
      if (m) { out[k].push(m); next[k] = m.end; }
    }
  }
  return out;
}

/** Does some node of the frontier continue (most phrases are one word: no next token is read)? */
function open<T>(frontier: Node<T>[]): boolean {
  for (let k = 0; k < frontier.length; k++) if (frontier[k].next.size) return true;
  return false;
}

function firstNodes<T>(root: Node<T>, forms: string[]): Node<T>[] | null {
  let out: Node<T>[] | null = null;
  for (const f of forms) {
    const m = root.next.get(f);
    if (m) { if (!out) out = [m]; else if (!out.includes(m)) out.push(m); }
  }
  return out;
}

// ---------- forms and gates per written word ----------

/** A written word's forms by part of speech and its gate bits: a function of the word alone. */
class WordEntry {
  // Field order is V8's in-object layout: what matchAllEach reads for every token holding an entry
  // (owner, gen, gate, open, the first indexes' results) comes first, in one or two cache lines;
  // the forms (read on a result's first computation and by walks) after.
  owner: Map<string, number> = wordBits;  // the module instance whose `generation` gen counts
  gen = -1;                               // `generation` the bits and results were computed under
  gate = 0;                               // bits of the indexes some phrase of which begins with one of its forms
  open = 0;                               // bit id set when the result of index id < OPEN_BITS is an Open
  // by index id: Result<T> of PhraseIndex.resultOf under `gen` (undefined: not computed yet), in the
  // entry itself for the first eight indexes (a process has about that many: one read, not two),
  // in `res` for the others
  r0: unknown = undefined; r1: unknown = undefined; r2: unknown = undefined; r3: unknown = undefined;
  r4: unknown = undefined; r5: unknown = undefined; r6: unknown = undefined; r7: unknown = undefined;
  later = 0;                              // bits of the indexes some phrase of which continues with one of its forms
  verb: string[] | undefined = undefined; // the forms by part of speech, computed on first use
  noun: string[] | undefined = undefined;
  participle: string[] | undefined = undefined;
  particle: string[] | undefined = undefined;
  any: string[] | undefined = undefined;
  res: unknown[] | null = null;

  result(id: number): unknown {
    switch (id) {
      case 0: return this.r0; case 1: return this.r1; case 2: return this.r2; case 3: return this.r3;
      case 4: return this.r4; case 5: return this.r5; case 6: return this.r6; case 7: return this.r7;
      default: return this.res === null ? undefined : this.res[id];
    }
  }

  keep(id: number, r: unknown, isOpen: boolean): void {
    switch (id) {
      case 0: this.r0 = r; break; case 1: this.r1 = r; break; case 2: this.r2 = r; break; case 3: this.r3 = r; break;
      case 4: this.r4 = r; break; case 5: this.r5 = r; break; case 6: this.r6 = r; break; case 7: this.r7 = r; break;
      default: (this.res ??= [])[id] = r;
    }
    if (isOpen && id < OPEN_BITS) this.open |= 1 << id;
  }

  /** Forget every per-index result (a new generation). */
  clear(): void {
    this.r0 = this.r1 = this.r2 = this.r3 = this.r4 = this.r5 = this.r6 = this.r7 = undefined;
    this.res = null;
    this.open = 0;
  }
}
const OPEN_BITS = 30;

function formsOf(e: WordEntry, t: Token, pos: FormPos): string[] {
  switch (pos) {
    case "verb": return (e.verb ??= computeForms(t, pos));
    case "noun": return (e.noun ??= computeForms(t, pos));
    case "participle": return (e.participle ??= computeForms(t, pos));
    case "particle": return (e.particle ??= computeForms(t, pos));
    default: return (e.any ??= computeForms(t, pos));
  }
}

const RESTRICTED = Symbol("rasid.restrictedReadings"); // marks withReadings() copies: not a function of their text
type Restricted = Token & { [RESTRICTED]?: true };

/** Recompute an entry's bits under the current generation (its per-index results with them). */
function refresh(e: WordEntry, t: Token): void {
  const bits = computeBits(t);
  e.gate = bits & LOW; e.later = bits >>> LATER; e.gen = generation;
  e.clear();
}

/** The OR of wordBits over the forms of computeForms(t, "any"), read in place (no array made). */
function computeBits(t: Token): number {
  const rs = t.readings;
  if (!rs?.length) return mayBegin(t.norm) ? wordBits.get(t.norm) ?? 0 : 0;
  let bits = 0;
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k];
    if (r.post === "ه" && t.text.endsWith("ة")) continue; // as computeForms (the text is read only then)
    const norm = r.norm, bare = r.bare;
    if (mayBegin(norm)) bits |= wordBits.get(norm) ?? 0;
    if (bare !== norm && mayBegin(bare)) bits |= wordBits.get(bare) ?? 0;
  }
  return bits;
}

/** The entry of token i: its written form's record (one property read), else the list's. */
function entryOf(tokens: Token[], i: number): WordEntry {
  const f = tokens[i].form;
  return f === undefined ? listEntry(tokens, i) : formEntry(f);
}
function formEntry(f: TokenForm): WordEntry {
  const e = f.phrases;
  if (e instanceof WordEntry && e.owner === wordBits) return e;
  const fresh = new WordEntry();
  // a current stamp already holds the word's bits: the entry taking its place is current at once
  // (else the next liveEntry would compute them again)
  if (typeof e === "number" && e >> LATER === generation) { fresh.later = e & LOW; fresh.gen = generation; }
  f.phrases = fresh;
  return fresh;
}

// Most words begin no phrase of any index: their form holds, instead of an entry, a stamp (see
// STAMP_LIMIT) saying so as of a generation, with the word's later bits.
/** Token i's entry with current bits, or null when its word begins no phrase (its later bits, if
 *  any, are in its form's stamp: laterAt). */
function liveEntry(tokens: Token[], i: number): WordEntry | null {
  const t = tokens[i], f = t.form;
  if (f === undefined) { const e = listEntry(tokens, i); if (e.gen !== generation) refresh(e, t); return e; }
  const p = f.phrases;
  if (typeof p === "number" && p >> LATER === generation) return null;
  if (p instanceof WordEntry && p.owner === wordBits) { if (p.gen !== generation) refresh(p, t); return p; }
  return fresh(f, t);
}
/** A form's first look under this generation: a stamp when its word begins no phrase, else an entry. */
function fresh(f: TokenForm, t: Token): WordEntry | null {
  const bits = computeBits(t);
  if ((bits & LOW) === 0 && generation < STAMP_LIMIT) { f.phrases = generation * STAMP_LIMIT + (bits >>> LATER); return null; }
  const e = new WordEntry();
  e.gate = bits & LOW; e.later = bits >>> LATER; e.gen = generation;
  f.phrases = e;
  return e;
}
// The stamps of forms (above) also by form number (text/tokens.ts formNumbers), for matchAllEach:
// one read of a dense array per token instead of its Form (a cache miss per token when the stage
// meets the document long after tokenize: bench/PERF.md, session 9). A copy of the form's stamp
// at the time (0: none), valid while the form generation is `STAMPS.numbersFor`; a stamp that its form
// later traded for an entry (formEntry) was current, so that entry's gate is empty: the same skip.
const STAMPS: NumberTable = { byNumber: null, numbersFor: -1 };
const stampsByNumber = (): Int32Array => numberTable(STAMPS);

/** The later bits of token i's word (which indexes' phrases it may continue). */
function laterAt(tokens: Token[], i: number): number {
  const e = liveEntry(tokens, i);
  // null: the word has a form whose stamp is current (liveEntry found or just made it)
  return e !== null ? e.later : (tokens[i].form!.phrases as number) & LOW;
}

// Tokens without a form: a token list (a caller's copy, hand-made tokens) keeps one entry per
// written word and its tokens' entries by position.
interface ListCache { tokens: Token[]; entries: (WordEntry | undefined)[]; byWord: Map<string, WordEntry> }
const lists = new WeakMap<Token[], ListCache>();
let lastList: ListCache | undefined; // stages ask for one list many times in a row

function listEntry(tokens: Token[], i: number): WordEntry {
  let c = lastList;
  if (c?.tokens !== tokens || c.entries.length !== tokens.length) {
    c = lists.get(tokens);
    if (!c || c.entries.length !== tokens.length) { c = { tokens, entries: new Array(tokens.length), byWord: new Map() }; lists.set(tokens, c); }
    lastList = c;
  }
  let e = c.entries[i];
  if (e) return e;
  const t = tokens[i];
  if ((t as Restricted)[RESTRICTED]) e = new WordEntry();
  else {
    e = c.byWord.get(t.text);
    if (!e) c.byWord.set(t.text, (e = new WordEntry()));
  }
  return (c.entries[i] = e);
}

const FORMS = Symbol("rasid.tokenForms"); // a lone formless token's entry, kept beside it, never serialized

/** The normalized forms under which a token can match a lexicon word of the given part of speech
 *  (tokenFormsAt is cheaper when the token's list and position are known). */
export function tokenForms(t: Token, pos: FormPos): string[] {
  const f = t.form;
  if (f !== undefined) return formsOf(formEntry(f), t, pos);
  const c = t as Token & { [FORMS]?: WordEntry };
  return formsOf((c[FORMS] ??= new WordEntry()), t, pos);
}
/** tokenForms of token i of a list. */
export function tokenFormsAt(tokens: Token[], i: number, pos: FormPos): string[] {
  return formsOf(entryOf(tokens, i), tokens[i], pos);
}

/** A copy of a token restricted to some of its readings (its forms are computed apart from the word's). */
export function withReadings(t: Token, readings: Token["readings"]): Token {
  const copy: Restricted = { start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind, sentence: t.sentence, readings };
  copy[RESTRICTED] = true;
  return copy;
}

function computeForms(t: Token, pos: FormPos): string[] {
  const out: string[] = [];
  const rs = t.readings?.length ? t.readings : [{ pre: "", article: false, from: 0, to: t.end - t.start, norm: t.norm, bare: t.norm, post: "" }];
  const taMarbuta = t.text.endsWith("ة");
  for (const r of rs) {
    if (taMarbuta && r.post === "ه") continue; // ة folds to ه: "إشارة" is not "أشار" + ه
    if (pos === "verb" && (!VERB_PRE.has(r.pre) || r.post === "ي")) continue; // "أيدي" is not أيد + ي
    // a verb takes no article, but one that begins with ال (وألقت، والتقى) reads as one: keep its whole form
    if (pos === "verb" && r.article) { if (!out.includes(r.norm)) out.push(r.norm); continue; }
    if (pos === "particle" && (!PARTICLE_PRE.has(r.pre) || r.article || r.post)) continue;
    if (pos === "participle" && (!PARTICLE_PRE.has(r.pre) || r.article)) continue; // a حال is indefinite
    if (!out.includes(r.norm)) out.push(r.norm);
    if (r.bare !== r.norm && pos !== "verb" && !out.includes(r.bare)) out.push(r.bare);
  }
  return out;
}
