// Knowledge-base matches: at every word, the longest run of tokens whose normalized form is a
// known alias. The first token may carry a conjunction or preposition (وبالرقة → الرقة,
// للأمم المتحدة → الامم المتحدة) but its whole reading is tried first and wins on a tie, so a
// name that begins with clitic letters (بنغازي، لندن) is never cut. Names never cross a sentence.
// Which readings of a written word can start a name is cached per written form (words repeat),
// and a name is extended token by token along the gazetteer's trie (name-steps.ts).
// Outlets whose name begins with a nationality adjective ("المصري اليوم", "العربي الجديد") are
// also ordinary phrases: in "بوزير الخارجية المصري اليوم" the adjective describes the minister and
// "اليوم" is "today". Right after a definite noun (same sentence, one space, no clitic on the
// adjective) such a match is not taken: the adjective is its country's mention, as everywhere.
// After an indefinite head ("صحيفة المصري اليوم"), a verb or a quotation mark, the name stands.
// A spelling variant of a foreign name (kb-gazetteer.ts: candidates marked loose) is taken only
// when no reading of the word starts an exact name, and scores lower than an exact match.
import type { Token } from "../core/document.ts";
import type { Gazetteer, NameEntry } from "./gazetteer.ts";
import { isWord, makeMention, type FoundMention } from "./candidate.ts";
import { CONT, docForms, REC_SHIFT, type DocForms, type Starts } from "./word-classes.ts";
import { step, type NameNode } from "./name-steps.ts";
import { isMediaSubtype } from "../kb/row.ts";
import { isLoose } from "./kb-gazetteer.ts";

const MAX_TOKENS = 10;
const EXACT_SCORE = 0.9, LOOSE_SCORE = 0.8;

/** Proclitics a spelling variant may carry (كرمنا، فريقنا: a ك or ف before a variant is most often part of a word). */
const LOOSE_PRE = new Set(["", "و", "ب", "ل"]);

/** Does a match with candidates `hit` ending at j beat the best so far (bestJ, bestLoose)? Exact beats loose, then longer wins. */
const better = (hit: readonly NameEntry[], j: number, bestJ: number, bestLoose: boolean, pre: string): boolean => {
  const loose = isLoose(hit[0]);
  if (loose && !LOOSE_PRE.has(pre)) return false;
  return loose === bestLoose || bestJ < 0 ? j > bestJ : !loose;
};

/**
 * `forms`: the document's per-token answers when the caller has them (findMentions); `lists`, when
 * given, receives each match's candidate entries (what gaz.lookup(match.key) answers), in order.
 */
export function kbMatches(
  text: string, tokens: Token[], gaz: Gazetteer,
  forms: DocForms = docForms(text, tokens, gaz, null), lists?: (readonly NameEntry[])[],
): FoundMention[] {
  const { vals, recs } = forms;
  const n = tokens.length;
  const out: FoundMention[] = [];
  for (let i = 0; i < n; i++) {
    const v = vals[i];
    if (v >>> REC_SHIFT === 0) continue; // starts no KB name (most words; punctuation, numbers)
    // the best match so far: the start it began with, and its node when longer than one token
    let bestS: Starts | null = null, bestNode: NameNode | null = null, bestJ = -1, sentence = -1, bestLoose = false;
    for (let s: Starts | null = recs[v >>> REC_SHIFT]; s !== null; s = s.next) {
      if (s.hit !== undefined && better(s.hit, i + 1, bestJ, bestLoose, tokens[i].readings[s.at].pre)) { bestS = s; bestNode = null; bestJ = i + 1; bestLoose = isLoose(s.hit[0]); }
      let node = s.node;
      if (node === null || i + 1 >= n || !(vals[i + 1] & CONT)) continue;
      if (sentence < 0) sentence = tokens[i].sentence;
      for (let j = i + 1; j - i < MAX_TOKENS && j < n; j++) {
        if (!(vals[j] & CONT)) break; // not a word, or no alias continues with it
        const next = tokens[j];
        if (next.sentence !== sentence) break;
        node = step(gaz, node, next.norm);
        if (node.hit && better(node.hit, j + 1, bestJ, bestLoose, tokens[i].readings[s.at].pre)) { bestS = s; bestNode = node; bestJ = j + 1; bestLoose = isLoose(node.hit[0]); }
        if (!node.prefix) break;
      }
    }
    if (bestS === null) continue;
    const cands = bestNode === null ? bestS.hit! : bestNode.hit!;
    if (bestS.at === 0 && bestJ - i > 1 && adjectiveOfNoun(text, tokens, i, cands, gaz)) continue;
    const rec: { ids: string[] | null } = bestNode === null ? bestS : bestNode;
    const ids = rec.ids ??= cands.map((c) => c.id);
    const t = tokens[i];
    out.push(makeMention(text, tokens, t.readings[bestS.at], i, bestJ, cands[0].type, "kb", bestLoose ? LOOSE_SCORE : EXACT_SCORE, bestNode === null ? bestS.key : bestNode.key, ids));
    lists?.push(cands);
  }
  return out;
}

/** Is the outlet name matched at token i (its whole first word) an adjective agreeing with the definite word before it? */
function adjectiveOfNoun(text: string, tokens: readonly Token[], i: number, cands: readonly NameEntry[], gaz: Gazetteer): boolean {
  for (const e of cands) if (!isMediaSubtype(e.subtype)) return false;
  const t = tokens[i], prev = tokens[i - 1];
  if (!isWord(prev) || prev.sentence !== t.sentence || !prev.readings[0].article) return false;
  for (let p = prev.end; p < t.start; p++) if (text.charCodeAt(p) !== 0x20) return false;
  return gaz.adjective(t.norm) !== undefined;
}
