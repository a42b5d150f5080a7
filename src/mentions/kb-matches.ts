// Knowledge-base matches: at every word, the longest run of tokens whose normalized form is a
// known alias. The first token may carry a conjunction or preposition (وبالرقة → الرقة,
// للأمم المتحدة → الامم المتحدة) but its whole reading is tried first and wins on a tie, so a
// name that begins with clitic letters (بنغازي، لندن) is never cut. Names never cross a sentence.
// Which readings of a written word can start a name is cached per written form (words repeat).
import type { Token } from "../core/document.ts";
import type { Gazetteer, NameEntry } from "./gazetteer.ts";
import { isWord, makeMention, NAME_PRE, type FoundMention } from "./candidate.ts";

const MAX_TOKENS = 10;

/**
 * Of one written form: the readings (indexes into token.readings, in nameReadings' order) that
 * are an alias or an alias's first words, each with its candidates and whether longer aliases
 * start with it. Looked up once per token; the KB is asked again only to extend a name.
 */
interface Starts { at: number[]; hits: (readonly NameEntry[] | undefined)[]; prefix: boolean[] }
const NONE: Starts = { at: [], hits: [], prefix: [] };
const starters = new WeakMap<Gazetteer, Map<string, Starts>>();

function startsOf(gaz: Gazetteer, t: Token): Starts {
  const at: number[] = [], hits: (readonly NameEntry[] | undefined)[] = [], prefix: boolean[] = [];
  t.readings.forEach((r, i) => {
    if (r.post !== "" || !NAME_PRE.has(r.pre)) return;
    const hit = gaz.lookup(r.norm), p = gaz.isPrefix(r.norm);
    if (hit || p) { at.push(i); hits.push(hit); prefix.push(p); }
  });
  return at.length ? { at, hits, prefix } : NONE;
}

export function kbMatches(text: string, tokens: Token[], gaz: Gazetteer): FoundMention[] {
  let cache = starters.get(gaz);
  if (!cache) starters.set(gaz, (cache = new Map()));
  const out: FoundMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    let starts = cache.get(t.text);
    if (starts === undefined) {
      starts = startsOf(gaz, t);
      if (cache.size > 200_000) cache.clear();
      cache.set(t.text, starts);
    }
    if (!starts.at.length) continue;
    let bestR = -1, bestJ = -1, bestKey = "", bestCands: readonly NameEntry[] | undefined;
    for (let s = 0; s < starts.at.length; s++) {
      const r = starts.at[s];
      let key = t.readings[r].norm;
      let hit = starts.hits[s];
      if (hit && i + 1 > bestJ) { bestR = r; bestJ = i + 1; bestKey = key; bestCands = hit; }
      if (!starts.prefix[s]) continue;
      for (let j = i + 1; j - i < MAX_TOKENS; j++) {
        const next = tokens[j];
        if (!isWord(next) || next.sentence !== t.sentence) break;
        key += " " + next.norm;
        hit = gaz.lookup(key);
        if (hit && j + 1 > bestJ) { bestR = r; bestJ = j + 1; bestKey = key; bestCands = hit; }
        if (!gaz.isPrefix(key)) break;
      }
    }
    if (!bestCands) continue;
    out.push(makeMention(text, tokens, t.readings[bestR], i, bestJ, bestCands[0].type, "kb", 0.9, bestKey, bestCands.map((c) => c.id)));
  }
  return out;
}
