// "وشنت الطائرات غارة على المعسكر، بينما دمرت غارة أخرى مخزنا": an act noun qualified by "another"
// (data/lexicon/event-word-classes.tsv, another-act) is an act other than the one told before it, by
// its own words. find-events.ts merges a trigger into an earlier one of its type in the sentence (a
// verb and its masdar tell one event), and retelling.ts drops a bare masdar that names a type and
// actors told before; "another" says neither holds, so the noun stands on its own and is judged by its
// own roles. Casualty nouns (a patient genitive: "وإصابة آخر") take "another" as one more victim, so
// they are left as they were.
import type { Token } from "../core/document.ts";
import type { Cand } from "./event-context.ts";
import { wordClass } from "./word-classes.ts";

const ANOTHER = wordClass("another-act");

/** Is c an act noun followed right after by "another" (آخر، أخرى، الأخرى)? */
export function anotherAct(toks: readonly Token[], c: Cand): boolean {
  if (c.trig.pos !== "noun" || c.trig.patientGenitive) return false;
  const t = toks[c.m.end];
  return !!t && t.readings.some((r) => r.post === "" && ANOTHER.has(r.bare));
}
