// Knowledge-base matches: at every word, the longest run of tokens whose normalized form is a
// known alias. The first token may carry a conjunction or preposition (وبالرقة → الرقة,
// للأمم المتحدة → الامم المتحدة) but its whole reading is tried first and wins on a tie, so a
// name that begins with clitic letters (بنغازي، لندن) is never cut. Names never cross a sentence.
// Which readings of a written word can start a name is cached per written form (words repeat).
import type { Token } from "../core/document.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { isWord, makeMention, nameReadings, type FoundMention } from "./candidate.ts";

const MAX_TOKENS = 10;
const starters = new WeakMap<Gazetteer, Map<string, number[]>>();

/** Indexes (into nameReadings) of the readings that are an alias or an alias's first words. */
function startingReadings(gaz: Gazetteer, t: Token): number[] {
  let cache = starters.get(gaz);
  if (!cache) starters.set(gaz, (cache = new Map()));
  let hit = cache.get(t.text);
  if (hit === undefined) {
    hit = [];
    nameReadings(t).forEach((r, i) => { if (gaz.lookup(r.norm) || gaz.isPrefix(r.norm)) hit!.push(i); });
    if (cache.size > 200_000) cache.clear();
    cache.set(t.text, hit);
  }
  return hit;
}

export function kbMatches(text: string, tokens: Token[], gaz: Gazetteer): FoundMention[] {
  const out: FoundMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const starts = startingReadings(gaz, t);
    if (!starts.length) continue;
    const readings = nameReadings(t);
    let best: { r: number; j: number; key: string } | null = null;
    for (const r of starts) {
      let key = readings[r].norm;
      for (let j = i + 1; ; j++) {
        if (gaz.lookup(key) && (!best || j > best.j)) best = { r, j, key };
        const next = tokens[j];
        if (j - i >= MAX_TOKENS || !isWord(next) || next.sentence !== t.sentence || !gaz.isPrefix(key)) break;
        key += " " + next.norm;
      }
    }
    if (!best) continue;
    const cands = gaz.lookup(best.key)!;
    out.push(makeMention(text, tokens, readings[best.r], i, best.j, cands[0].type, "kb", 0.9, best.key, cands.map((c) => c.id)));
  }
  return out;
}
