// "دعا فلان زعيم حزب X الحكومة إلى …"، "أشاد فلان وكيل وزارة X بـ…": a person named after the
// verb is often described at once by his title and the body or state it is of. That body is the
// subject's own, not what the verb is aimed at: the object search starts after the description.
// The description is a title word (titles.tsv) right after the name, then only words of the title
// up to the first organization or country, and the nationality adjectives after it; a person named
// inside it ("اتهم فلان الرئيس [X]": the title heads the object) or a preposition ends it unread.
// After a verb whose bare object is a person (person-object-verb: "اتهم فلان وزير الدفاع X بعرقلة")
// a description followed at once by a preposition is that object: nothing else is left to be it.
import { type Arg, type ArgIndex, actorAt, isNisba, prepOf, titleBefore } from "./arguments.ts";
import type { Token } from "../core/document.ts";
import { bareWord, isBreak, isPrepWord, isRelative, isTransparent, joinedByWa, opensClause } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const PERSON_OBJECT = wordClass("person-object-verb");

/** How many words the title may run before the body or state it is of ("نائب رئيس مجلس الوزراء"). */
const TITLE_WORDS = 4;
/** How many words may stand between one description and a second title ("لشؤون الكهرباء"). */
const MORE_WORDS = 2;

/** The token index after the description of `src` (a person after its verb) that starts at `from`;
 *  `from` itself when none starts there. */
export function appositionEnd(ai: ArgIndex, src: Arg | null, from: number, end: number, verb: Token): number {
  if (!src || src.type !== "PERSON" || !src.id) return from;
  const k = descriptionEnd(ai, src, from, end);
  if (k === from || !PERSON_OBJECT.has(bareWord(verb))) return k;
  return k < end && prepNext(ai.toks[k]) ? from : k;
}

/** Does the word open a prepositional phrase: a preposition, or a word read with a بـ/لـ proclitic? */
function prepNext(t: Token): boolean {
  return isPrepWord(t) || (t.kind === "word" && t.readings.some((r) => /[بل]$/.test(r.pre)));
}

function descriptionEnd(ai: ArgIndex, src: Arg, from: number, end: number): number {
  const toks = ai.toks;
  const t = toks[from];
  if (!t || ai.at[from] || !titleBefore(t)) return from;
  for (let j = from + 1, n = 1; j < end && n <= TITLE_WORDS; j++) {
    const w = toks[j];
    if (isTransparent(w)) continue;
    if (isBreak(w) || isPrepWord(w) || isRelative(w) || opensClause(w)) return from;
    const a = actorAt(ai, j);
    if (!a) { n++; continue; }
    // the body or state the title is of, bare or after لـ ("رئيس لجمعية X"); a person heads the object
    if (a.type === "PERSON" || !a.id) return from;
    const p = prepOf(ai, a);
    if (p !== null && p !== "ل") return from;
    // its nationality adjectives after it ("حركة X التونسية") belong to the description too
    let k = a.last + 1;
    for (;;) {
      while (k < end && isTransparent(toks[k])) k++;
      const x = k < end ? actorAt(ai, k) : undefined;
      if (!x || !isNisba(x) || x.first !== k) break;
      k = x.last + 1;
    }
    // "وكيل وزارة X لشؤون Y رئيس مجلس إدارة Z": a second title after a few words describes him too
    for (let i = k; i < Math.min(end, k + MORE_WORDS + 1); i++) {
      const w = toks[i];
      if (isBreak(w) || ai.at[i]) break;
      if (titleBefore(w)) { const e = descriptionEnd(ai, src, i, end); if (e > i) return e; break; }
    }
    return k;
  }
  return from;
}

/** "وتدين كندا واليابان والنرويج الحكومة": the names joined by و right after a subject
 *  that follows its verb act with it, they are not its object: the token index after them (and the
 *  description of each), or `from` when none is joined there. Of the subject's kind only (people
 *  with people; bodies and states together). */
export function coSubjectsEnd(ai: ArgIndex, src: Arg | null, from: number, end: number): number {
  return walkCoSubjects(ai, src, from, end, null);
}

/** "ونددت كاردانيا وسودانيا بالهجوم": those names joined to the subject after its verb; a statement is
 *  made by each of them (joint-statements in verb-roles.ts). */
export function coSubjects(ai: ArgIndex, src: Arg | null, from: number, end: number): Arg[] {
  const found: Arg[] = [];
  walkCoSubjects(ai, src, from, end, found);
  return found;
}

function walkCoSubjects(ai: ArgIndex, src: Arg | null, from: number, end: number, found: Arg[] | null): number {
  if (!src?.id) return from;
  let i = from;
  for (;;) {
    let k = i;
    while (k < end && isTransparent(ai.toks[k])) k++;
    const t = ai.toks[k];
    if (k >= end || t.kind !== "word" || !joinedByWa(t)) return i;
    const a = actorAt(ai, k);
    // (the و a conjunction before the name, not its first letter: "وادي الريح" is a name of its own)
    if (!a?.id || a.first !== k || a.start <= t.start || prepOf(ai, a) !== null || (a.type === "PERSON") !== (src.type === "PERSON") || isNisba(a)) return i;
    found?.push(a);
    i = a.type === "PERSON" ? descriptionEnd(ai, a, a.last + 1, end) : a.last + 1;
  }
}
