// Folding for matching drops the hamza (أ/إ/آ → ا, ى → ي), so a verb can fold onto a head noun:
// "وأدى القصف إلى" (و + أدّى "led to") folds to وادي "valley". A head the lexicon writes without a
// hamza (وادي، جبل) is no head where the text writes a hamza on its letters; a head written with
// one (أمانة، إدارة) keeps every spelling, since the press drops hamzas freely.
import type { Reading, Token } from "../core/document.ts";
import type { OrgHead } from "./lexicons.ts";

/** Is the head reading r of token t written with a hamza its lexicon row lacks? */
export function hamzaOnBareHead(text: string, t: Token, r: Reading, head: OrgHead): boolean {
  if (head.hamza) return false;
  for (let p = t.start + r.from; p < t.start + r.to; p++) {
    const ch = text.charCodeAt(p);
    if (ch === 0x623 || ch === 0x625 || ch === 0x622) return true; // أ إ آ
  }
  return false;
}
