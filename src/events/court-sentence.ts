// A death sentence is a court's act of coercion, not a killing: "قضت المحكمة بإعدام X"، "أصدرت
// أحكاما بالإعدام"، "نفذ أحكام الإعدام" (the coders record a sentence, and an execution by a state's
// courts, as COERCE). Read on the killing noun: a verdict word (حكم، قضت، عقوبة، المحكمة) within
// the six words before it in its clause.
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { isBreak } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const VERDICT = wordClass("verdict-word");

export function courtSentence(toks: Token[], trig: Trigger, start: number, a: number): boolean {
  if (trig.type !== "ASSAULT" || trig.mode !== "killing" || trig.pos !== "noun") return false;
  for (let k = start - 1; k >= a && k >= start - 6; k--) {
    const t = toks[k];
    if (isBreak(t)) return false;
    if (VERDICT.has(t.norm) || t.readings.some((r) => VERDICT.has(r.norm))) return true;
  }
  return false;
}
