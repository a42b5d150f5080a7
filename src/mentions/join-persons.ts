// Joining neighbouring PERSON mentions into one: the loop that adjacent-persons.ts (two unknown
// names side by side) and split-names.ts (a name and a KB surname) share. Each module keeps its own
// test of which pairs join; this holds how a pair (or a run) becomes one mention.
import type { FoundMention } from "./candidate.ts";
import { makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";

/** One PERSON mention from a's start (with the reading a was found on) to b's end. */
function personOver(c: Ctx, a: FoundMention, b: FoundMention, via: FoundMention["via"], score: number): FoundMention {
  const t = c.tokens[a.tokens.start];
  const r = t.readings.find((x) => t.start + x.from === a.start) ?? t.readings[0];
  return makeMention(c.text, c.tokens, r, a.tokens.start, b.tokens.end, "PERSON", via, score, normalize(c.text.slice(a.start, b.end)));
}

/** `found` sorted by start; each pair `joins` accepts becomes one person (`chain`: a run of them,
 * the joined mention tested against the next). `merged` gives the joined mention's via and score. */
export function joinPersons(
  c: Ctx, found: FoundMention[], joins: (a: FoundMention, b: FoundMention) => boolean, chain: boolean,
  merged: (a: FoundMention, b: FoundMention) => { via: FoundMention["via"]; score: number },
): FoundMention[] {
  let any = false;
  for (let k = 0; k + 1 < found.length && !any; k++) any = joins(found[k], found[k + 1]);
  if (!any) return found;
  const out: FoundMention[] = [];
  for (let k = 0; k < found.length; k++) {
    let a = found[k];
    while (k + 1 < found.length && joins(a, found[k + 1])) {
      const b = found[++k], m = merged(a, b);
      a = personOver(c, a, b, m.via, m.score);
      if (!chain) break;
    }
    out.push(a);
  }
  return out;
}
