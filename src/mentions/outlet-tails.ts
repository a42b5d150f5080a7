// Foreign papers, channels and sites the KB does not know, named by their last word: "بانكوك بوست",
// "هندوستان تايمز", "ترك برس", "سني نيوز". Transliterated outlet names end in a handful of words
// (outlet_tail in ner-cues.tsv: نيوز، برس، تايمز، بوست، جورنال، تلغراف) that Arabic uses for nothing
// else; the word before it is the rest of the name (a place the KB knows, "بانكوك", is part of it).
// A media head before the name is kept in the span ("صحيفة بانكوك بوست"), as the KB's names keep
// it; the key is the name without it, so both forms link to one outlet.
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { ADJ_WORD, STOP, wordClasses } from "./word-classes.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";

// the tokens written as an outlet's last word, found by form (text/form-gate.ts)
const TAIL = formGate((t, lex: Lexicons) => lex.outletTails.has(t.norm));

/** `known`: mentions found so far by start token (a KB name over the tail stands as found). */
export function outletTails(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  if (lex.outletTails.size === 0) return out;
  const cls = wordClasses(c);
  const tails = tokensPassing(TAIL, tokens, lex);
  for (let j = 0; j < tails.length; j++) {
    const k = tails[j];
    if (k < 1) continue;
    const t = tokens[k];
    if (t.kind !== "word" || !lex.outletTails.has(t.norm)) continue;
    // the name's first word: a word of the same sentence, no stop, no adjective, no head (the press
    // writes ال on a transliteration too: "النيويورك تايمز", "الصنداي تايمز"), or a KB place ending here
    let s = k - 1;
    const u = tokens[s];
    if (!isWord(u) || u.sentence !== t.sentence || cls[s] & (STOP | ADJ_WORD)) continue;
    const r = u.readings[0];
    if (lex.mediaHeads.includes(r.norm) || lex.orgHeads.has(r.bare)) continue;
    let place: FoundMention | undefined, covered = false;
    for (const m of known.values()) {
      if (m.tokens.start <= k && m.tokens.end > k) covered = true; // "وكالة فرانس برس": the KB's
      else if (m.tokens.end === k && m.tokens.start <= s && (m.type === "GPE" || m.type === "LOC")) place = m;
    }
    if (covered) continue;
    if (place) s = place.tokens.start;
    else if (known.has(s) && known.get(s)!.tokens.end === k) continue; // a person or body ends here
    if (!u.readings.some((x) => x.pre === "" && x.post === "")) continue;
    const name = normalize(text.slice(tokens[s].start, t.end));
    // "الواشنطن بوست" is the KB's واشنطن بوست with the article the press sometimes adds
    const known2 = r.article && s === k - 1 ? c.gaz.lookup(`${r.bare} ${t.norm}`) : undefined;
    const ids = known2 ? known2.filter((e) => e.type === "ORG").map((e) => e.id) : [];
    // a media head right before: "صحيفة بانكوك بوست"
    const h = s > 0 ? tokens[s - 1] : undefined;
    const head = isWord(h) && h.sentence === t.sentence ? h.readings.find((x) => x.post === "" && !x.article && lex.mediaHeads.includes(x.norm)) : undefined;
    const m = head
      ? makeMention(text, tokens, head, s - 1, k + 1, "ORG", "pattern", 0.7, name, ids)
      : makeMention(text, tokens, tokens[s].readings[0], s, k + 1, "ORG", "pattern", 0.7, name, ids);
    out.push(m);
  }
  return out;
}
