// Military units named by their number: "اللواء 35 مدرع", "لواء 117 مشاة", "الفرقة 30", "الكتيبة
// 82". The organization patterns stop at a figure, and a rank title (اللواء) before a figure names
// no person, so these units went unnamed. A unit head (numbered_unit in ner-cues.tsv) right before
// a figure of up to four digits is a unit; the words of its kind after the figure (unit_kind:
// مدرع، مشاة، ميكا، حرس جمهوري) belong to its name. The figure is the press's own evidence: such a
// mention stands against the tagger (model-mentions.ts), which never saw numbered units named.
import type { FoundMention } from "./candidate.ts";
import { NAME_PRE, isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";
import type { Reading } from "../core/document.ts";

const MAX_KIND_WORDS = 3;
const isUnitHead = (x: Reading, lex: Lexicons) => x.post === "" && NAME_PRE.has(x.pre) && lex.numberedUnits.has(x.bare);
// the tokens written as a unit head, found by form (text/form-gate.ts)
const HEAD = formGate((t, lex: Lexicons) => t.readings.some((x) => isUnitHead(x, lex)));

export function numberedUnits(c: Ctx): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const heads = tokensPassing(HEAD, tokens, lex);
  for (let j = 0; j < heads.length; j++) {
    const i = heads[j];
    if (i + 1 >= tokens.length) break;
    const n = tokens[i + 1];
    if (n.kind !== "number" || n.sentence !== tokens[i].sentence || !/^\d{1,4}$/.test(n.norm) || !isWord(tokens[i])) continue;
    const r = tokens[i].readings.find((x) => isUnitHead(x, lex));
    if (!r) continue;
    let k = i + 2;
    while (k < tokens.length && k - i - 2 < MAX_KIND_WORDS && isWord(tokens[k]) && tokens[k].sentence === n.sentence && lex.unitKinds.has(tokens[k].norm)) k++;
    // (the key from the head's stem, ال restored: "للفرقة 30" is "الفرقة 30")
    const key = r.norm + " " + normalize(text.slice(tokens[i + 1].start, tokens[k - 1].end));
    out.push(makeMention(text, tokens, r, i, k, "ORG", "pattern", 0.6, key, []));
  }
  return out;
}

/** Is m a numbered unit (its second token a figure, its head a numbered_unit)? */
export function isNumberedUnit(c: Ctx, m: FoundMention): boolean {
  const n = c.tokens[m.tokens.start + 1];
  return m.type === "ORG" && m.tokens.end - m.tokens.start >= 2 && n?.kind === "number" && c.tokens[m.tokens.start].readings.some((x) => x.post === "" && c.lex.numberedUnits.has(x.bare));
}
