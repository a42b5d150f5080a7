// Whether a candidate event retells one the document already told (find-events.ts keeps one
// telling per type and actors). A verb tells a new act, and so does a masdar a past support verb
// states ("شنت X غارات جديدة"، "نفذ X هجوما"): news reports each raid of a campaign, and the
// coders record each. Only a bare masdar naming the same type and actors again ("الهجوم"، "غارات
// X"), or one under an imperfect support verb ("وعليه يبدأ X التعاون": a scenario, a habit), is a
// mention of an act told before, as is a noun naming again an act its actor was said to do.
// (K and EH: 10 more gold events found, none lost; dev: 1 more, 2 more predictions.)
import type { Token } from "../core/document.ts";
import type { Cand } from "./event-context.ts";
import { bareVerb } from "./verb-words.ts";

export function retells(toks: Token[], c: Cand, prev: Cand | undefined, out: readonly Cand[], heading: readonly boolean[]): boolean {
  if (c.trig.pos !== "noun" || (c.svAt !== undefined && c.svAt >= 0 && !bareVerb(toks[c.svAt]).startsWith("ي"))) return false;
  // (a heading never stands for the body: the body's telling is kept, the heading's dropped later)
  if (prev && !heading[prev.sent]) return true;
  // "تأثر بهجمة داعش الأخيرة": a noun naming again the event an actor was said to do
  return !!c.src?.id && out.some((o) => o.ev.type === c.ev.type && o.src?.id === c.src!.id && !heading[o.sent]);
}
