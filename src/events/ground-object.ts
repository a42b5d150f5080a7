// "تحرير مدينة الزهراء"، "تطهير كافة المديريات"، "بعد تحريرها من المسلحين": a masdar that means
// taking ground by fighting only when ground follows it. The same words free prices, edit a
// newspaper or clean a wound ("تحرير الأسعار"، "رئيس تحرير الصحيفة"، "تطهير الجروح"), so a
// trigger row asks for it with the next-word mark "^@ground" (event-triggers.tsv): the word after
// the trigger is a place the entity stage found, a word for ground (event-word-classes.tsv
// taken-ground: مدينة، محافظة، قاعدة …), a whole-of word before one (ground-quantifier: كافة، بقية),
// or, on a trigger carrying an object pronoun, من (the ground it refers to freed from someone).
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { actorAt, isPlace, type Arg, type ArgIndex } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const GROUND = wordClass("taken-ground");
const WHOLE = wordClass("ground-quantifier");
const HELD = wordClass("held-by");

/** The next-word mark a trigger row writes to ask for ground after it. */
export const GROUND_MARK = "@ground";

/** A row that asks for ground (its doer and target then come from groundActors). */
export const wantsDoer = (t: Trigger): boolean => !!t.next?.has(GROUND_MARK);

/** Is ground named right after the trigger that spans [start, end)? */
export function groundAfter(ai: ArgIndex, start: number, end: number): boolean {
  const toks = ai.toks;
  let i = end;
  while (i < toks.length && isTransparent(toks[i])) i++;
  const t = toks[i];
  if (!t || t.kind !== "word") return false;
  if (t.norm === "من") return toks[end - 1].readings.some((r) => !!r.post);
  if (groundWord(ai, i)) return true;
  if (!plainIn(t, WHOLE)) return false;
  let j = i + 1;
  while (j < toks.length && isTransparent(toks[j])) j++;
  return j < toks.length && groundWord(ai, j);
}

/** A place the entity stage found, or a word for ground with or without its article. */
function groundWord(ai: ArgIndex, i: number): boolean {
  const a = ai.at[i];
  if (a && isPlace(a)) return true;
  return plainIn(ai.toks[i], GROUND);
}

/** A reading of the token, bare of its article and with no pronoun, is in the set. */
const plainIn = (t: Token, set: ReadonlySet<string>): boolean => t.readings.some((r) => !r.post && !r.pre && set.has(r.bare));

/** The doer and target of a ground masdar, or null when no doer is named: then the masdar is a
 *  goal or a hope far more often than ground taken ("قرب تحرير المدن"، "حتى تطهير كل المحافظات"،
 *  "مهمة تحرير اليمن"; news, branch evdet12: 4 of 22 such events right, against 14 of 15 with a
 *  named doer). The target is whom the ground is taken from, named after من in its clause
 *  ("تحرير محافظة لحج بالكامل من مسلحي الحوثي"، "تطهيرها من سيطرة الميليشيات"), else the target
 *  found for it unless that is a place (the ground itself is where, not whom); a doer that is
 *  that same one was read off the من phrase ("بعد تحريره من مليشيات الحوثيين") and is none. */
export function groundActors(ai: ArgIndex, end: number, src: Arg | null, found: Arg | null): { src: Arg; tgt: Arg | null } | null {
  const tgt = takenFrom(ai, end) ?? (found && !isPlace(found) ? found : null);
  if (!src?.id || (tgt && tgt.id === src.id)) return null;
  return { src, tgt };
}

/** Whom, after من within ten words of the clause ("من قبل X" names the doer instead). */
function takenFrom(ai: ArgIndex, end: number): Arg | null {
  const toks = ai.toks;
  for (let i = end, n = 0; i < toks.length && n < 10; i++, n++) {
    if (isBreak(toks[i])) return null;
    if (toks[i].norm !== "من") continue;
    let j = i + 1;
    if (toks[j]?.norm === "قبل") return null;
    if (toks[j] && plainIn(toks[j], HELD)) j++;
    // ("من مسلحي الحوثي": a fighters' word the actor index leaves out may stand before the name)
    const a = j < toks.length ? actorAt(ai, j) ?? (toks[j].kind === "word" ? actorAt(ai, j + 1) : undefined) : undefined;
    if (!a || isPlace(a)) return null;
    // "مسلحي الحوثي": a generic head before the named group it belongs to
    const named = a.id ? a : actorAt(ai, a.last + 1);
    return named?.id && !isPlace(named) ? named : a;
  }
  return null;
}
