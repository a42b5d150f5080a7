// Whose planes "الطيران" and "الطائرات" are when a sentence names no owner: a story names the air
// power of its war once with its owner ("طيران التحالف"، "طائرات التحالف العربي"، "الطيران الروسي"،
// "سلاح الجو التركي") and then by the bare noun ("واستهدف الطيران مخازن للحوثيين"). When the
// document names the planes of one owner only, the bare noun acting is that owner; of several
// owners, none is chosen. The words are data (event-word-classes.tsv: air-word).
import type { Document, Token } from "../core/document.ts";
import { ARM_ADJECTIVES as ARMS, type Arg, type ArgIndex, argAs, isPlace } from "./arguments.ts";
import { bareWord, isTransparent } from "./clause.ts";
import type { Ctx } from "./event-context.ts";
import { inKnowledgeBase, placeRank } from "./places.ts";
import { wordClass } from "./word-classes.ts";

const AIR = wordClass("air-word");
const CIVIL = wordClass("civil-air-word");
// (ARMS: "حربية"، "الحربي", an adjective of arms between the planes and their owner: arguments.ts)

interface Owner { id: string; type: Arg["type"] }
const owners = new WeakMap<Document, Owner | null>();

/** A source that is only an unnamed air word ("الطيران"، "طائرات حربية") with the id of the one
 *  owner the document gives planes to; the source unchanged otherwise. */
export function airOwner(ctx: Ctx, src: Arg | null, tgt: Arg | null): Arg | null {
  if (!src || src.id || src.role !== "military") return src;
  for (let i = src.first; i <= src.last; i++) if (!isAir(ctx.toks[i]) && !ARMS.has(bareWord(ctx.toks[i]))) return src;
  // "حركة الطيران المدني": civil aviation is nobody's air power
  const next = ctx.toks[src.last + 1];
  if (next && next.kind === "word" && CIVIL.has(bareWord(next))) return src;
  let o = owners.get(ctx.doc);
  if (o === undefined) owners.set(ctx.doc, (o = documentAirOwner(ctx.ai)));
  // (never the one it is done to: "أسقطت طائرة X الأمريكية قنبلة" names its owner as a target-like adjective)
  return o && o.id !== tgt?.id ? argAs(src, o.id, o.type) : src;
}

/** An air word, with or without a و/ف, ب or ل before it ("لطيران التحالف"). */
function isAir(t: Token): boolean {
  if (t.kind !== "word") return false;
  if (AIR.has(bareWord(t))) return true;
  for (const r of t.readings) if (AIR.has(r.norm)) return true;
  return false;
}

/** A body or state the knowledge base knows ("طائرات أواكس" names a kind of plane, not its owner), not a city. */
const ownerLike = (a: Arg): boolean => inKnowledgeBase(a.id) && !(isPlace(a) && placeRank(a) > 0);

/** The one actor the document names right after an air word (adjectives of arms between), or null
 *  when it names none or more than one. */
function documentAirOwner(ai: ArgIndex): Owner | null {
  const toks = ai.toks;
  let found: Owner | null = null;
  for (let i = 0; i < toks.length; i++) {
    const named = ai.at[i];
    if (named?.id) {
      // "طيران التحالف" named as a whole (a knowledge-base alias): the name's own air word
      if (named.first === i && named.last > i && isAir(toks[i]) && ownerLike(named)) {
        if (found && found.id !== named.id) return null;
        found = { id: named.id, type: named.type };
      }
      i = named.last;
      continue;
    }
    let j: number;
    if (isAir(toks[i])) j = i + 1;
    else if (toks[i].kind === "word" && toks[i].norm.endsWith("سلاح") && toks[i + 1]?.norm === "الجو") j = i + 2; // "سلاح الجو التركي"
    else continue;
    while (j < toks.length && (isTransparent(toks[j]) || (toks[j].kind === "word" && ARMS.has(bareWord(toks[j]))))) j++;
    const a = ai.at[j];
    if (!a?.id || a.first !== j || !ownerLike(a)) continue;
    if (found && found.id !== a.id) return null;
    found = { id: a.id, type: a.type };
  }
  return found;
}
