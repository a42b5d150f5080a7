// "هجوم انتحاري نسب إلى تنظيم X"، "تفجير تنسبه السلطات للجماعة": an act of force the text attributes
// to someone names its doer after the attribution verb's إلى/لـ. Without this the name after إلى
// read as the act's target (the group struck, not the group striking).
import type { Token } from "../core/document.ts";
import { type Arg, type ArgIndex, actorAt, prepOf } from "./arguments.ts";
import { isBreak } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const ATTRIBUTE = wordClass("attribute-verb");
const bare = (t: Token): string => t.norm.replace(/^[وف](?=...)/, "");

/** The doer an act of force ending at token `end` is attributed to, or null: an attribution verb
 *  within two words after the noun, then the first actor governed by إلى or لـ within six words. */
export function attributedTo(ai: ArgIndex, end: number, b: number): Arg | null {
  const toks = ai.toks;
  for (let i = end; i < Math.min(b, end + 3); i++) {
    if (toks[i].kind !== "word") return null;
    if (!ATTRIBUTE.has(bare(toks[i]))) continue;
    for (let j = i + 1; j < Math.min(b, i + 7) && !isBreak(toks[j]); j++) {
      const x = actorAt(ai, j);
      if (!x) continue;
      const p = prepOf(ai, x);
      if (x.id && (p === "الي" || p === "ل")) return x;
      j = x.last;
    }
    return null;
  }
  return null;
}
