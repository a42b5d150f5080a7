// "مركز محافظة لحج", "مركز إقليم كردستان": a seat head (seat_head in ner-cues.tsv) before an
// administrative unit's word (seat_unit) names the unit's seat, not a body called after it; the unit
// word and its name are the place's own name, which other passes find. The org pattern (org-patterns.ts) skips such a head.
import type { Ctx } from "./words.ts";

/** Is the head at token i a seat head whose next token is an administrative unit's word with no clitic (محافظة، إقليم)? */
export function seatOfPlace(c: Ctx, head: string, k: number): boolean {
  if (!c.lex.seatHeads.has(head) || k >= c.tokens.length) return false;
  const u = c.tokens[k];
  if (u.sentence !== c.tokens[k - 1].sentence) return false;
  for (const r of u.readings) if (r.pre === "" && r.post === "" && !r.article && c.lex.seatUnits.has(r.norm)) return true;
  return false;
}
