// A place's name that opens an idiom names no place: "مسقط رأسه" is "his birthplace" (مسقط "place
// of falling"), not Muscat; SaudiNewsNet writes it about 50 times a week. The idioms are data
// (place_idiom in ner-cues.tsv: the place's word and the word after it, whatever enclitic that
// word carries: رأسه، رأسها، رأس).
import type { FoundMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";

/** Does the one-word KB match m open an idiom (place_idiom) with the word after it? */
export function placeIdiom(c: Ctx, m: FoundMention): boolean {
  if (!c.lex.placeIdioms.size || m.tokens.end - m.tokens.start !== 1) return false;
  const next = c.tokens[m.tokens.end];
  if (!next || next.sentence !== c.tokens[m.tokens.start].sentence) return false;
  const first = c.tokens[m.tokens.start].readings, opening = openingsOf(c.lex.placeIdioms);
  for (const a of first) {
    if (a.post !== "" || !opening.has(a.norm)) continue; // (no string built for a word that opens no idiom)
    for (const b of next.readings) if (b.pre === "" && c.lex.placeIdioms.has(a.norm + " " + b.norm)) return true;
  }
  return false;
}

// the idioms' first words, once per idiom set
const openings = new WeakMap<ReadonlySet<string>, Set<string>>();
function openingsOf(idioms: ReadonlySet<string>): Set<string> {
  let o = openings.get(idioms);
  if (!o) openings.set(idioms, (o = new Set([...idioms].map((x) => x.slice(0, x.indexOf(" "))))));
  return o;
}
