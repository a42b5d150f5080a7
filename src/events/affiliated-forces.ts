// "طائرات تابعة للجيش الليبي هاجمت سفينة"، "الطيران المروحي التابع للنظام ألقى براميل"، "القوات
// الموالية للحكومة سيطرت على المدينة": a force noun, a word of belonging or loyalty, and لـX make one
// actor. Before this the force stayed a bare generic subject and X, a name after لـ right behind
// the verb's subject, was read as the verb's target: the side that owns the planes became the one
// they hit. A force that belongs to X (تابعة) is X acting through its unit, so the actor is X; one
// loyal to X (الموالية) is a camp of its own that the press names by whom it follows (annotators
// mark it as its own body, or not at all), so it stays a generic actor and X is no one's target.
import type { Token } from "../core/document.ts";
import type { Arg } from "./arguments.ts";
import { isPrepWord, isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const BELONG = wordClass("belong-word");
export const LOYAL = wordClass("loyal-word");
/** Generic actors (generic-actors.tsv roles) that can belong to a body or follow one. */
const FORCE_ROLES = new Set(["armed", "military", "security", "rebels"]);
const LAM = 0x644;

export interface Affiliation {
  owner: Arg;      // the body after لـ
  loyal: boolean;  // الموالية (a camp of its own) rather than التابعة (the body's own unit)
  last: number;    // the last token of the phrase (the owner, or a name right after a title owner)
}

/** Token n stands right after a generic force noun of `role` (and its adjectives): is it a word of
 *  belonging or loyalty followed by لـ and a named body? A place after لـ is where the force sits
 *  ("القوات التابعة لمحافظة"), not whose, so only actors count. */
export function affiliationAt(toks: Token[], at: (Arg | undefined)[], n: number, role: string | null): Affiliation | null {
  if (role === null || !FORCE_ROLES.has(role) || n + 1 >= toks.length) return null;
  // ("الطيران المروحي التابع للنظام": one definite adjective of the force may stand before the word;
  // not a bare noun: "طائرات شحن تابعة لـX" are cargo planes, whose load aid-carrier.ts reads)
  if (!at[n] && toks[n].kind === "word" && toks[n].readings.some((r) => r.article && r.pre === "") && !isPrepWord(toks[n]) && !BELONG.has(toks[n].norm) && !LOYAL.has(toks[n].norm)) n++;
  const t = toks[n];
  if (t.kind !== "word") return null;
  const loyal = LOYAL.has(t.norm);
  if (!loyal && !BELONG.has(t.norm)) return null;
  let k = n + 1;
  while (k < toks.length && isTransparent(toks[k])) k++;
  // ("التابعة لتنظيم داعش": the لـ may sit on an organization word before the name)
  if (k + 1 < toks.length && !at[k] && lamWord(toks[k])) k++;
  const o = k < toks.length ? at[k] : undefined;
  if (!o?.id || o.first !== k || (o.type !== "ORG" && o.type !== "GPE" && o.type !== "PERSON")) return null;
  if (o.clitic !== "ل" && !(k > n + 1 && lamWord(toks[k - 1]))) return null;
  // ("الموالية للرئيس الفلاني سالم الراشد": a title read as its own actor, the holder's name after it)
  const next = o.last + 1 < toks.length ? at[o.last + 1] : undefined;
  const last = next?.id && next.type === "PERSON" && next.first === o.last + 1 ? next.last : o.last;
  return { owner: o, loyal, last };
}

/** A word read with a لـ proclitic ("لتنظيم"، "للجيش"). */
function lamWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  for (const r of t.readings) if (r.pre.length > 0 && r.pre.charCodeAt(r.pre.length - 1) === LAM) return true;
  return false;
}
