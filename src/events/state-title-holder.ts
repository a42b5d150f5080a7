// "وهاتف الرئيس الرئيس النورستاني، فلان الفلاني"، "وأكد الوزير السوداني أن مباحثاته …" after "وزير
// الدفاع السوداني فلان"، "التقى الوزير النورستاني" in a story that names "فلان وزير الخارجية
// النورستاني": a title of a state (a title word, then the state's nationality adjective) is the one
// person the document names with a title of that state. holderOf (implicit-subjects.ts) finds the
// holder only right after the same words; here the name may be set off by a comma, stand before the
// title, or carry a longer title of the same head word ("الوزير" ← "وزير الدفاع"; same-title joins
// two words for one office, العاهل and الملك). Two such persons (a minister and a president of one
// state) name no one: the state stays; nor does a former holder (former-word after the adjective).
// A counterpart ("نظيره الروسي") is not resolved so: it names the holder of the subject's office, and
// the news names the state's other titles beside him (its president beside a foreign minister's
// counterpart: one wrong in the news check). News check: the commit message (session 23).
import type { Token } from "../core/document.ts";
import { type Arg, type ArgIndex, isNisba, titleBefore } from "./arguments.ts";
import { isBreak, isPrepWord } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const FORMER = wordClass("former-word");
const SAME_TITLE = wordClass("same-title"); // pairs written "a=b" (عاهل=ملك)
const SYNONYM = new Map<string, string>();
for (const w of SAME_TITLE) { const [x, y] = w.split("="); if (x && y) { SYNONYM.set(x, y); SYNONYM.set(y, x); } }

/** A title word's readings bare of the article, and of a conjunction و/ف before it ("والوزير" →
 *  "وزير"; "وزير" itself begins with و, so the word as written is one reading). */
const titleStems = (t: Token): string[] => [t.norm.replace(/^ال/, ""), t.norm.replace(/^[وف](ال)?/, "")];
const sameOffice = (x: string[], h: string[]): boolean => x.some((s) => h.includes(s) || h.includes(SYNONYM.get(s) ?? ""));

/** Words a title may span before its adjective ("وزير الدفاع والطيران"). */
const REACH = 4;

/** The one person the document names with a title of a's state, for the title phrase whose head is
 *  toks[head] and whose adjective is a; null when none or several. */
export function stateTitleHolder(ai: ArgIndex, a: Arg, head: number): Arg | null {
  const toks = ai.toks, at = ai.at;
  const h = titleStems(toks[head]);
  if (!titleBefore(toks[head])) return null;
  if (FORMER.has(toks[a.last + 1]?.norm ?? "")) return null;
  let found: Arg | null = null;
  for (let i = 1; i < toks.length; i++) {
    const g = at[i];
    if (g === undefined || g.first !== i || g.id !== a.id || !isNisba(g)) continue;
    // the title before the adjective: a title word within REACH words, one of them a's head word
    let start = -1, same = false;
    for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
      const w = toks[k];
      if (w.kind !== "word" || isBreak(w) || at[k]) break;
      if (titleBefore(w)) { start = k; if (sameOffice(titleStems(w), h)) same = true; }
    }
    if (start < 0 || !same) continue;
    const p = personNear(ai, start, i);
    if (!p) continue;
    if (found && found.id !== p.id) return null;
    found = p;
  }
  return found;
}

/** The named person of a title spanning [start, adj]: right after the adjective (past a comma), or right before the title. */
function personNear(ai: ArgIndex, start: number, adj: number): Arg | null {
  const toks = ai.toks, at = ai.at;
  let j = adj + 1;
  if (FORMER.has(toks[j]?.norm ?? "")) return null;
  if (toks[j]?.text === "،") j++;
  const after = at[j];
  if (after?.type === "PERSON" && after.id && !after.clitic && after.first === j) return after;
  const b = start - 1, w = toks[b];
  if (!w || isPrepWord(w)) return null;
  const before = at[b];
  return before?.type === "PERSON" && before.id && !before.clitic && before.last === b ? before : null;
}
