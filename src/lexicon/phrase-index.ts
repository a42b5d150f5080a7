// Longest-match lookup of lexicon phrases over the tokens of a Document. Phrases are sequences
// of normalize()d words compiled into a trie; a token matches a word through any of its
// clitic readings (see Reading in core/document.ts), but which proclitics a word may carry
// depends on its part of speech: verbs take و ف س ل (وقال، فسيزور، ليقعوا), nouns also take
// ب ك and ال (بالهجوم، للهجوم), particles only و ف. So "بحث" never reads as ب + "حث" (a verb).
//
// Speed: every stage walks every token through several indexes, so the forms a token can take
// are computed once per token and part of speech, and a walk starts only when one of those forms
// begins some phrase. Both live in one cache per token list (a Document's tokens), indexed by
// token position: a typed array of gate bits and a flat array of forms, so the quote finder and
// the event finder share one pass and no index pays a per-token map lookup.
import type { Token } from "../core/document.ts";

export type Pos = "verb" | "noun" | "participle" | "particle";
type FormPos = Pos | "any";

const VERB_PRE = new Set(["", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"]);
const PARTICLE_PRE = new Set(["", "و", "ف"]);

interface Node<T> { next: Map<string, Node<T>>; values: T[] }
const node = <T>(): Node<T> => ({ next: new Map(), values: [] });

export interface PhraseMatch<T> { start: number; end: number; values: T[] } // token range [start, end)

// The first words of every index, as one map word → bit set of the indexes that begin a phrase
// with it; each token caches the bits of its forms once, so an index rejects a token with one AND.
const firstBits = new Map<string, number>();
let generation = 0; // bumped whenever an index adds a first word, so cached bits are recomputed
let nextBit = 0;

export class PhraseIndex<T> {
  private roots: [Pos, Node<T>][] = [];
  private firstWords = new Set<string>(); // every word some phrase begins with, any part of speech
  /** This index's bit in every token's gate (several indexes may share one when there are many). */
  readonly bit = 1 << (nextBit++ % 30);

  /** Add a phrase of normalized words (already inflected) under a part of speech. */
  add(words: string[], pos: Pos, value: T): void {
    if (!words.length) return;
    let entry = this.roots.find(([p]) => p === pos);
    if (!entry) { entry = [pos, node<T>()]; this.roots.push(entry); }
    if (!this.firstWords.has(words[0])) {
      this.firstWords.add(words[0]);
      firstBits.set(words[0], (firstBits.get(words[0]) ?? 0) | this.bit);
      generation++;
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
    const c = cacheOf(tokens);
    // gate: most tokens begin no phrase of this index under any reading
    if (!(gateAt(c, i) & this.bit)) return null;
    return this.matchIn(c, i);
  }

  /** matchAt for a token whose gate is known to hold this index's bit. */
  matchPassed(tokens: Token[], i: number): PhraseMatch<T> | null {
    return this.matchIn(cacheOf(tokens), i);
  }

  /** All non-overlapping longest matches over tokens[from, to). */
  matchAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (from >= to) return out;
    const c = cacheOf(tokens), bit = this.bit;
    for (let i = from; i < to; ) {
      const m = tokens[i].kind === "word" && gateAt(c, i) & bit ? this.matchIn(c, i) : null;
      if (m && m.end <= to) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }

  private matchIn(c: TokenCache, i: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (const [pos, root] of this.roots) {
      const first = firstNodes(root, formsAt(c, i, pos));
      if (!first) continue;
      const m = this.walk(c, i, first);
      if (!m) continue;
      if (!best || m.end > best.end) best = m;
      else if (m.end === best.end) best = { start: i, end: m.end, values: [...best.values, ...m.values] };
    }
    return best;
  }

  private walk(c: TokenCache, i: number, first: Node<T>[]): PhraseMatch<T> | null {
    const tokens = c.tokens;
    let frontier = first;
    let best: PhraseMatch<T> | null = null;
    for (const n of frontier) if (n.values.length) best = { start: i, end: i + 1, values: n.values };
    for (let j = i + 1; j < tokens.length && frontier.length; j++) {
      const t = tokens[j];
      if (t.kind === "punct" || t.kind === "symbol") break;
      const forms = formsAt(c, j, "any");
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

/** The matchAll of several indexes in one pass over the tokens, each token's gate read once. */
export function matchAllEach(tokens: Token[], indexes: PhraseIndex<unknown>[]): PhraseMatch<unknown>[][] {
  const out: PhraseMatch<unknown>[][] = indexes.map(() => []);
  const next = indexes.map(() => 0);
  let any = 0;
  for (const ix of indexes) any |= ix.bit;
  const c = cacheOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== "word") continue;
    const bits = gateAt(c, i);
    if (!(bits & any)) continue;
    for (let k = 0; k < indexes.length; k++) {
      if (i < next[k] || !(bits & indexes[k].bit)) continue;
      const m = indexes[k].matchPassed(tokens, i);
      if (m) { out[k].push(m); next[k] = m.end; }
    }
  }
  return out;
}

function firstNodes<T>(root: Node<T>, forms: string[]): Node<T>[] | null {
  let out: Node<T>[] | null = null;
  for (const f of forms) {
    const m = root.next.get(f);
    if (m) { if (!out) out = [m]; else if (!out.includes(m)) out.push(m); }
  }
  return out;
}

const POS_SLOT: Record<FormPos, number> = { verb: 0, noun: 1, participle: 2, particle: 3, any: 4 };
const SLOTS = 5;

// ---------- the per-list cache ----------

interface TokenCache {
  tokens: Token[];
  gen: number;                       // `generation` the gate bits were computed under
  gate: Int32Array;                  // per token: -1 not yet computed, else the bits of its forms
  forms: (string[] | undefined)[];   // per token and part of speech: [i * SLOTS + POS_SLOT[pos]]
}

const caches = new WeakMap<Token[], TokenCache>();
let last: TokenCache | undefined; // the list asked for last (a stage asks for one list many times in a row)

function cacheOf(tokens: Token[]): TokenCache {
  let c = last?.tokens === tokens ? last : caches.get(tokens);
  if (!c || c.gate.length !== tokens.length) {
    c = { tokens, gen: generation, gate: new Int32Array(tokens.length).fill(-1), forms: new Array(tokens.length * SLOTS) };
    caches.set(tokens, c);
  } else if (c.gen !== generation) { c.gate.fill(-1); c.gen = generation; }
  last = c;
  return c;
}

function gateAt(c: TokenCache, i: number): number {
  let g = c.gate[i];
  if (g < 0) {
    g = 0;
    for (const f of formsAt(c, i, "any")) g |= firstBits.get(f) ?? 0;
    c.gate[i] = g;
  }
  return g;
}

function formsAt(c: TokenCache, i: number, pos: FormPos): string[] {
  const k = i * SLOTS + POS_SLOT[pos];
  return (c.forms[k] ??= computeForms(c.tokens[i], pos));
}

/** The normalized forms under which token i of a list can match a lexicon word of the given part of speech. */
export function tokenFormsAt(tokens: Token[], i: number, pos: FormPos): string[] {
  return formsAt(cacheOf(tokens), i, pos);
}

// ---------- a lone token (callers without its list) ----------

const FORMS = Symbol("rasid.tokenForms"); // cache kept beside the token, never serialized
type Cached = Token & { [FORMS]?: (string[] | undefined)[] };

/** A copy of a token restricted to some of its readings, without the caches of the original. */
export function withReadings(t: Token, readings: Token["readings"]): Token {
  return { start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind, sentence: t.sentence, readings };
}

/** The normalized forms under which a token can match a lexicon word of the given part of speech
 *  (tokenFormsAt is cheaper when the token's list and position are known). */
export function tokenForms(t: Token, pos: FormPos): string[] {
  const c = t as Cached;
  const slots = (c[FORMS] ??= [undefined, undefined, undefined, undefined, undefined]);
  const k = POS_SLOT[pos];
  return (slots[k] ??= computeForms(t, pos));
}

function computeForms(t: Token, pos: FormPos): string[] {
  const out: string[] = [];
  const rs = t.readings?.length ? t.readings : [{ pre: "", article: false, stem: t, norm: t.norm, bare: t.norm, post: "" }];
  const taMarbuta = t.text.endsWith("ة");
  for (const r of rs) {
    if (taMarbuta && r.post === "ه") continue; // ة folds to ه: "إشارة" is not "أشار" + ه
    if (pos === "verb" && (!VERB_PRE.has(r.pre) || r.article || r.post === "ي")) continue; // "أيدي" is not أيد + ي
    if (pos === "particle" && (!PARTICLE_PRE.has(r.pre) || r.article || r.post)) continue;
    if (pos === "participle" && (!PARTICLE_PRE.has(r.pre) || r.article)) continue; // a حال is indefinite
    if (!out.includes(r.norm)) out.push(r.norm);
    if (r.bare !== r.norm && pos !== "verb" && !out.includes(r.bare)) out.push(r.bare);
  }
  return out;
}
