// "المؤتمر الذي انعقد في مقاطعة ألبرتا"، "بمقاطعة هكاري": a trigger noun that is also a word before a
// place's name (ner-cues.tsv place_cue: مقاطعة = province as well as boycott) names the place when
// a place below a country follows it, or, after في or with ب, a word without the article (a boycott's
// object is definite: "في مقاطعة الانتخابات"، "بمقاطعة البضائع"; a country boycotted stays one:
// "مقاطعة إسرائيل").
import type { Token } from "../core/document.ts";
import { loadLexicons } from "../mentions/lexicons.ts";
import { isPlace, type ArgIndex } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { placeRank } from "./places.ts";

/** Is the one-word trigger noun at `at` a place word heading the name of a place after it? */
export function headsPlaceName(ai: ArgIndex, at: number): boolean {
  const toks = ai.toks;
  const t = toks[at];
  const cues = loadLexicons().placeCues;
  const reading = t.readings.find((r) => !r.article && !r.post && cues.has(r.bare));
  if (!reading) return false;
  let i = at + 1;
  while (i < toks.length && isTransparent(toks[i])) i++;
  const next = toks[i];
  if (!next || next.kind !== "word" || isBreak(next)) return false;
  const x = ai.at[i];
  if (x && isPlace(x)) return placeRank(x) > 0;
  const located = /ب$/.test(reading.pre) || toks[at - 1]?.norm === "في";
  return located && !x && !next.readings.some((r) => r.article) && plainWord(next);
}

/** A word that reads without a clitic (a name's first word), not only as "لـ/بـ/و" + a word. */
const plainWord = (t: Token): boolean => t.readings.some((r) => !r.pre && !r.article);
