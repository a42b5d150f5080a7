// Outlets and bodies named by their initials with dots: "د.ب.أ" (dpa), "أ.ف.ب" (AFP), "د. ب. أ".
// The tokenizer makes each letter and each dot a token of its own, and a KB key drops the dots
// (kb/keys.ts: "د.ب.أ" -> "د ب ا"), so the KB's own alias never meets the letters: the run of
// dots breaks the token-by-token match. Here a run of one-letter words joined by dots is read as
// its letters, and it is a name only when the KB holds those letters as an ORG's alias: no list
// of initials lives in code. SaudiNewsNet 2015-08-01/02 (1,500 records): "د.ب.أ" in 5 of them,
// mostly in the dateline ("مدينة - د.ب.أ:"); the O and P gold key it 4 times.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";

/** A one-letter Arabic word: the only tokens a dotted initialism is made of. */
const letterWord = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && t.text.length === 1;
// (the same test as a gate, for the run's first letter: text/form-gate.ts)
const LETTER = formGate((t: Token) => letterWord(t));
const MAX_LETTERS = 5;

const isLetter = (c: Ctx, i: number): boolean => letterWord(c.tokens[i]);
const isDot = (c: Ctx, i: number): boolean => {
  const t = c.tokens[i];
  return t !== undefined && t.kind === "punct" && t.text === ".";
};

/** Runs "L.L(.L)*" of one-letter words whose letters are an ORG alias of the KB, as mentions of it. */
export function dottedInitials(c: Ctx): FoundMention[] {
  const { tokens, text, gaz } = c;
  const out: FoundMention[] = [];
  const starts = tokensPassing(LETTER, tokens, undefined);
  let after = -1; // tokens before this index are inside a run already read
  for (let p = 0; p < starts.length; p++) {
    const i = starts[p];
    if (i < after || !isDot(c, i + 1) || !isLetter(c, i + 2)) continue;
    if (isDot(c, i - 1) && isLetter(c, i - 2)) continue; // the middle of a longer run
    let j = i, key = tokens[i].norm;
    while (isDot(c, j + 1) && isLetter(c, j + 2) && (j + 2 - i) / 2 < MAX_LETTERS) {
      j += 2;
      key += " " + tokens[j].norm;
    }
    after = j + 1;
    const ids = (gaz.lookup(key) ?? []).filter((e) => e.type === "ORG").map((e) => e.id);
    if (!ids.length) continue;
    out.push(makeMention(text, tokens, tokens[i].readings[0], i, j + 1, "ORG", "kb", 0.9, key, ids));
  }
  return out;
}
