// "واستقبل الوزير في مقر الوزارة نظيره"، "اجتمع الوزير أمس في فرع وزارة الخارجية مع نظيره": a body named
// after في/بـ + a seat noun (مقر، ديوان، فرع) is where a meeting is held, not whom it meets. The object
// search (objectAfter) took it for the partner once the host was found through his honorific title
// (office-subject.ts): SaudiNewsNet 2015-07-24/08-03, three of the four new CONSULT events with such a
// phrase had the host's own ministry as the partner.
import type { Arg, ArgIndex } from "./arguments.ts";
import { isTransparent } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const SEATS = wordClass("seat-noun");

/** Is `a` named right after a seat noun that follows في or carries بـ ("في مقر X"، "بمقر X")? */
export function inSeat(ai: ArgIndex, a: Arg): boolean {
  const toks = ai.toks;
  let i = a.first - 1;
  while (i >= 0 && isTransparent(toks[i])) i--;
  if (i < 1 || toks[i].kind !== "word") return false;
  const w = toks[i].norm, bare = /^[وف]./.test(w) && !SEATS.has(w) ? w.slice(1) : w; // ("فرع" is no ف + رع)
  if (SEATS.has(bare)) { let j = i - 1; while (j >= 0 && isTransparent(toks[j])) j--; return j >= 0 && toks[j].norm === "في"; }
  return bare.startsWith("ب") && SEATS.has(bare.slice(1));
}
