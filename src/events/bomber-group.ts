// "فجر انتحاري نفسه عند مدخل المركز"، "هاجم انتحاريون الثكنة": a suicide bomber named only by what he
// is acts for the militant group the document names most (story-state.ts documentGroup: at least twice
// and half again as often as any other), as definite rebels do (own-forces.ts rebelGroup): the coders
// give such an attack to the group the story is about ("تنظيم X تبنى"، "يحمل بصمات جماعة X"). Only as
// the doer, and only a suicide attacker: an unnamed gunman is anyone's (event-word-classes.tsv
// bomber-noun, whole token with or without ال, after و).
import { type Arg, argAs } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import type { Ctx } from "./event-context.ts";
import { documentGroup } from "./story-state.ts";
import { wordClass } from "./word-classes.ts";

const BOMBERS = wordClass("bomber-noun");

const bomberWord = (w: string): boolean => BOMBERS.has(w) || (w.startsWith("ال") && BOMBERS.has(w.slice(2)));

/** A one-word generic source that is a suicide bomber, with the id of the document's militant group;
 *  unchanged otherwise. */
export function bomberGroup(ctx: Ctx, src: Arg | null): Arg | null {
  if (!src || src.id || src.first !== src.last || !bomberWord(bareWord(ctx.toks[src.first]))) return src;
  const g = documentGroup(ctx);
  return g ? argAs(src, g, "ORG") : src;
}
