// A sentence with a blessing formula of the early days of Islam ("… الخليفة فلان رضي الله عنه"،
// a hadith opened with the Prophet's name and its blessing) tells religious history or quotes a hadith or a sermon, not
// news: the acts in it (the killing of a caliph, a verse on killing) are no events. The formulas
// are two words (data/lexicon/event-word-classes.tsv, blessing-formula); a form gate finds their
// first word, so a document without one costs one byte read per token, once.
// (SaudiNewsNet, 1,500 records of 2015-08-10: 9 events in such sentences, 9 wrong; no gold event of
// E, H, K or dev stands in one.)
import type { Token } from "../core/document.ts";
import { firstFrom, formGate, tokensPassing } from "../text/form-gate.ts";
import { wordClass } from "./word-classes.ts";

/** First word of a formula -> the words that may follow it. */
const FORMULAS = new Map<string, Set<string>>();
for (const f of wordClass("blessing-formula")) {
  const [first, second] = f.split(" ");
  if (!FORMULAS.has(first)) FORMULAS.set(first, new Set());
  FORMULAS.get(first)!.add(second);
}
const FIRST_WORD = formGate((t: Token, m: Map<string, Set<string>>) => m.has(t.norm));

/** Does the sentence of tokens [a, b) hold a blessing formula? */
export function blessedSentence(toks: Token[], a: number, b: number): boolean {
  const hits = tokensPassing(FIRST_WORD, toks, FORMULAS);
  for (let k = firstFrom(hits, a); k < hits.length && hits[k] < b; k++) {
    const i = hits[k];
    if (i + 1 < toks.length && FORMULAS.get(toks[i].norm)!.has(toks[i + 1].norm)) return true;
  }
  return false;
}
