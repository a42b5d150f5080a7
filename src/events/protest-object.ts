// "تظاهر آلاف في المدينة مساء أمس … احتجاجا على زيارة X"، "خرج متظاهرون للتنديد بقرار X"، "مسيرة
// ضد X": whom a protest is against is named after a word of its purpose, which may stand well after
// the trigger (a place, a time, a count of the crowd between). againstWhom (arguments.ts) reads only
// على/ضد right after the trigger; this reads on to the purpose word (protest-purpose in
// event-word-classes.tsv) and takes the first actor named after it: the body itself, the doer of
// the act it names ("زيارة X"، "قرار الحكومة") or a state's adjective ("الغارات الإسرائيلية").
import { type Arg, type ArgIndex, actorAt, isPlace } from "./arguments.ts";
import { PLACE_PREPS, isBreak, isRelative, isTransparent, opensClause } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const PURPOSE = wordClass("protest-purpose");
/** Generic actors (generic-actors.tsv roles) a protest can be against. */
const AUTHORITY_ROLES = new Set(["officials", "security", "military"]);
/** Words after the trigger within which the purpose word may stand (the crowd, place and time told between). */
const REACH = 16;
/** Words after the purpose word within which its actor is named ("احتجاجا على قرار حكومة X"). */
const OBJECT_REACH = 5;

/** The actor a protest whose trigger begins at `from` is against, named after a purpose word (the
 *  trigger itself may be one: "للتنديد بـX"); else null. */
export function protestObject(ai: ArgIndex, from: number, end: number): Arg | null {
  const toks = ai.toks;
  for (let i = from, n = 0; i < end && n < REACH; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) && t.text !== "،") return null;
    n++;
    if (t.kind !== "word" || ai.at[i] || !PURPOSE.has(t.norm)) continue;
    for (let j = i + 1, w = 0; j < end && w < OBJECT_REACH; j++) {
      const u = toks[j];
      if (isTransparent(u)) continue;
      if (isBreak(u) || isRelative(u) || opensClause(u)) return null;
      w++;
      const a = actorAt(ai, j);
      if (!a) continue;
      // ("احتجاجا على الأوضاع في بغداد": a place after في is where, not whom)
      if (isPlace(a) && (a.type !== "GPE" || PLACE_PREPS.has(toks[a.first - 1]?.norm ?? ""))) return null;
      // (an unnamed actor only if it holds power: "قرار الحكومة"; "مقتل مدنيين" names victims, not whom it is against)
      return a.id || (a.role !== null && AUTHORITY_ROLES.has(a.role)) ? a : null;
    }
    return null;
  }
  return null;
}
