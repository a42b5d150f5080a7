// "وتلقى الفريق ضربة إثر طرد قائده"، "طرد الحارس في الدقيقة 80": in a match report طرد is a
// player sent off, not an expulsion (COERCE expel). News of 2015, all days: 365 hits of طرد and its
// forms, 30 read, 9 send-offs, each with one of the match words (match-word) in its sentence, none
// of the 11 military or 10 other expulsions read with one.
import type { Token } from "../core/document.ts";
import { wordClass } from "./word-classes.ts";

const MATCH = wordClass("match-word");

/** Does the sentence [a, b) of an expulsion speak of a match (a player, a keeper, a minute of play)? */
export function sentOff(toks: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.kind !== "word") continue;
    if (MATCH.has(t.norm)) return true;
    for (const r of t.readings) if (MATCH.has(r.bare)) return true;
  }
  return false;
}
