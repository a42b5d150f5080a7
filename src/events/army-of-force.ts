// "قوات الجيش"، "عناصر الجيش"، "جنود الجيش": a force head before the army word is the army itself, one
// actor; read as two, the head was the subject without its state and "الجيش" the verb's object
// ("وهاجمت قوات الجيش مواقع X" had the army as its own target). The heads are data
// (event-word-classes.tsv: army-force-head); own-forces.ts then gives the army its state.
import type { Token } from "../core/document.ts";
import type { Arg } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const HEADS = wordClass("army-force-head");
const ARMY = "الجيش";

/** The last token of the generic actor that starts with the one-word head at `first`: the army
 *  word right after it when the head is a force head and no name covers that word, else `last`. */
export function armyAfterForce(toks: Token[], at: (Arg | undefined)[], first: number, last: number): number {
  if (last !== first) return last;
  const n = last + 1, t = toks[n];
  if (!t || t.kind !== "word" || at[n] || t.norm !== ARMY || !HEADS.has(bareWord(toks[first]))) return last;
  return n;
}
