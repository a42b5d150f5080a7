// "وقال برادو" after "ماريو برادو": the entity stage sometimes keeps a person's surname,
// used alone further on, as an entity of its own, typed ORG or GPE ("العامري" beside "سالم بن
// علي العامري"، "فيرنر" beside "كلاوس فيرنر"). Every quote of the surname then goes to an entity
// that is nobody. A one-word organization or place whose word is the last word of exactly one
// person's full name in the document is that person speaking: his quotes are his. So is a one-word
// name of any type that is such a surname with a ل written on it ("ووفقا لفيرنر"). (The entities
// stay as they are; the split itself is the entity stage's to mend.) Walks the quotes found, once.
import type { EntityOut } from "../core/contract.ts";
import { normalize } from "../text/normalize.ts";
import type { State } from "./state.ts";

/** Gives the quotes of a surname split off as a non-person entity to the person it belongs to. */
export function surnameSpeakers(st: State): void {
  let owners: Map<string, string | null> | null = null, byId: Map<string, EntityOut> | null = null;
  for (const q of st.quotes) {
    // (a surname stands alone: a speaker written in more than one word is no such split)
    if (!q.speaker || !q.speaker_text || q.speaker_text.includes(" ")) continue;
    byId ??= new Map(st.doc.entities.map((e) => [e.id, e]));
    const e = byId.get(q.speaker);
    if (!e || e.name.includes(" ")) continue;
    owners ??= surnameOwners(st.doc.entities);
    const n = normalize(e.name);
    // ("ووفقا لشترايتر": a surname read with the ل of "وفقا ل" on it, of any type, is the person too)
    const owner = e.type !== "PERSON" ? owners.get(n) : /^ل.{3,}/.test(n) && !owners.has(n) ? owners.get(n.startsWith("لل") ? "ا" + n.slice(1) : n.slice(1)) : undefined;
    if (owner && owner !== e.id) q.speaker = owner;
  }
}

/** Surname (the last word of a person's name of two words or more) → that person's id; null when
 *  two persons share it. */
function surnameOwners(entities: readonly EntityOut[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    const words = e.name.trim().split(/\s+/);
    if (words.length < 2) continue;
    const last = normalize(words[words.length - 1]);
    const had = out.get(last);
    out.set(last, had === undefined || had === e.id ? e.id : null);
  }
  return out;
}
