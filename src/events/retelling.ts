// Whether a candidate event retells one the document already told (find-events.ts keeps one
// telling per type and actors). A verb tells a new act, and so does a masdar its support verb
// states ("شنت X غارات جديدة"، "نفذ X هجوما"): news reports each raid of a campaign, and the
// coders record each. Only a bare masdar naming the same type and actors again ("الهجوم"، "غارات
// X") is a mention of an act told before, as is a noun naming again an act its actor was said to do.
// (K and EH: 10 more gold events found, none lost; dev: 1 more, 3 more predictions.)
import type { Cand } from "./event-context.ts";

export function retells(c: Cand, prev: Cand | undefined, out: readonly Cand[], heading: readonly boolean[]): boolean {
  if (c.trig.pos !== "noun" || c.supportVerb) return false;
  // (a heading never stands for the body: the body's telling is kept, the heading's dropped later)
  if (prev && !heading[prev.sent]) return true;
  // "تأثر بهجمة داعش الأخيرة": a noun naming again the event an actor was said to do
  return !!c.src?.id && out.some((o) => o.ev.type === c.ev.type && o.src?.id === c.src!.id && !heading[o.sent]);
}
