// The countryside of a known place on one side of it ("ريف حلب الشمالي", "بريف إدلب الغربي",
// "ريف حمص الشمالي الشرقي") is a region of its own, not the city: the press of the Syrian war
// names fronts so, and the gold lists them as LOC entities apart from the city (the city's own
// entity is the one named bare elsewhere). The countryside word is data (ner-cues.tsv
// countryside), the side adjectives too (side); up to two of them (الشمالي الشرقي). A countryside
// without a side ("ريف دمشق", "ريف حماة") is left to the KB (a governorate) or to the place it
// names. The span starts at the countryside word (its clitic ب/و outside), type LOC, no KB id: the
// entity stage places it by the known place inside it (link-entities.ts innerPlace).
import type { Reading } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { makeMention, NAME_PRE } from "./candidate.ts";
import { normalize } from "../text/normalize.ts";
import type { Ctx } from "./words.ts";

const PLACES = new Set(["GPE", "LOC"]);
/** How many side adjectives may follow the place (الشمالي الشرقي). */
const MAX_SIDES = 2;

/** The countryside region a KB place mention m is the middle of, or undefined (most mentions). */
export function countrysidePlace(c: Ctx, m: FoundMention): FoundMention | undefined {
  if (!PLACES.has(m.type) || !c.lex.countryside.size) return undefined;
  const { tokens } = c;
  const i = m.tokens.start, sentence = tokens[i].sentence;
  // the countryside word opens the KB's own name ("ريف دمشق") or stands right before the place
  let q = i, cue = countrysideReading(c, i);
  if (!cue && i > 0 && tokens[i - 1].sentence === sentence) cue = countrysideReading(c, (q = i - 1));
  if (!cue) return undefined;
  let end = m.tokens.end;
  while (end < tokens.length && end - m.tokens.end < MAX_SIDES && tokens[end].sentence === sentence && tokens[end].kind === "word" && c.lex.sides.has(tokens[end].norm)) end++;
  if (end === m.tokens.end) return undefined;
  const start = tokens[q].start + cue.from;
  const out = makeMention(c.text, tokens, cue, q, end, "LOC", "pattern", 0.5, normalize(c.text.slice(start, tokens[end - 1].end)));
  out.role = "area"; // a known place's region: it stands against the tagger's doubt (model-mentions.ts)
  return out;
}

/** The reading of token k that is the countryside word itself, a proclitic allowed (بريف، وريف). */
function countrysideReading(c: Ctx, k: number): Reading | undefined {
  const t = c.tokens[k];
  if (t.kind !== "word") return undefined;
  for (const r of t.readings) if (r.post === "" && NAME_PRE.has(r.pre) && c.lex.countryside.has(r.norm)) return r;
  return undefined;
}
