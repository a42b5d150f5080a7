// "قُتل الطفل حرقاً"، "أحرق حياً"، "قتل X غرقاً": an indefinite accusative of manner after a verb of
// killing says how the victim died; it is no object. Read as one, it made the verb active and its
// subject (the victim) the killer. The words are the manner-accusative class (event-word-classes.tsv).
import type { Token } from "../core/document.ts";
import { bareWord } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const MANNER = wordClass("manner-accusative");
/** "حيا" is also "a neighbourhood" ("قصفت حيا سكنيا"، "حيا في المدينة"): alive only with no adjective
 *  or place after it. */
const ALIVE = wordClass("manner-alive");

/** Is toks[i] an accusative of manner (how someone was killed), not an object? */
export function mannerAccusative(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== "word") return false;
  const w = bareWord(t);
  if (MANNER.has(w)) return true;
  if (!ALIVE.has(w)) return false;
  const next = toks[i + 1];
  // ("حيا سكنيا"، "حيا في": a neighbourhood described or placed)
  return !next || next.kind !== "word" || !(/ا$/.test(next.norm) || next.norm === "في");
}
