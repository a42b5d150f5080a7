// Longest-match lookup of lexicon phrases over the tokens of a Document. Phrases are sequences
// of normalize()d words compiled into a trie; a token matches a word through any of its
// clitic readings (see Reading in core/document.ts), but which proclitics a word may carry
// depends on its part of speech: verbs take و ف س ل (وقال، فسيزور، ليقعوا), nouns also take
// ب ك and ال (بالهجوم، للهجوم), particles only و ف. So "بحث" never reads as ب + "حث" (a verb).
import type { Token } from "../core/document.ts";

export type Pos = "verb" | "noun" | "participle" | "particle";

const VERB_PRE = new Set(["", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"]);
const PARTICLE_PRE = new Set(["", "و", "ف"]);

interface Node<T> { next: Map<string, Node<T>>; values: T[] }
const node = <T>(): Node<T> => ({ next: new Map(), values: [] });

export interface PhraseMatch<T> { start: number; end: number; values: T[] } // token range [start, end)

export class PhraseIndex<T> {
  private roots = new Map<Pos, Node<T>>();

  /** Add a phrase of normalized words (already inflected) under a part of speech. */
  add(words: string[], pos: Pos, value: T): void {
    if (!words.length) return;
    let root = this.roots.get(pos);
    if (!root) { root = node<T>(); this.roots.set(pos, root); }
    let n = root;
    for (const w of words) {
      let m = n.next.get(w);
      if (!m) { m = node<T>(); n.next.set(w, m); }
      n = m;
    }
    n.values.push(value);
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (const [pos, root] of this.roots) {
      const m = this.walk(tokens, i, root, pos);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** All non-overlapping longest matches over tokens[from, to). */
  matchAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i);
      if (m && m.end <= to) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }

  private walk(tokens: Token[], i: number, root: Node<T>, pos: Pos): PhraseMatch<T> | null {
    let frontier: Node<T>[] = [root];
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.length && frontier.length; j++) {
      const t = tokens[j];
      if (t.kind === "punct" || t.kind === "symbol") break;
      const forms = tokenForms(t, j === i ? pos : "any");
      const nextFrontier: Node<T>[] = [];
      for (const n of frontier) for (const f of forms) { const m = n.next.get(f); if (m && !nextFrontier.includes(m)) nextFrontier.push(m); }
      frontier = nextFrontier;
      for (const n of frontier) if (n.values.length) best = { start: i, end: j + 1, values: n.values };
    }
    return best;
  }
}

/** The normalized forms under which a token can match a lexicon word of the given part of speech. */
export function tokenForms(t: Token, pos: Pos | "any"): string[] {
  const out: string[] = [];
  const rs = t.readings?.length ? t.readings : [{ pre: "", article: false, stem: t, norm: t.norm, bare: t.norm, post: "" }];
  const taMarbuta = t.text.endsWith("ة");
  for (const r of rs) {
    if (taMarbuta && r.post === "ه") continue; // ة folds to ه: "إشارة" is not "أشار" + ه
    if (pos === "verb" && (!VERB_PRE.has(r.pre) || r.article)) continue;
    if (pos === "particle" && (!PARTICLE_PRE.has(r.pre) || r.article || r.post)) continue;
    if (pos === "participle" && (!PARTICLE_PRE.has(r.pre) || r.article)) continue; // a حال is indefinite
    if (!out.includes(r.norm)) out.push(r.norm);
    if (r.bare !== r.norm && pos !== "verb" && !out.includes(r.bare)) out.push(r.bare);
  }
  return out;
}
