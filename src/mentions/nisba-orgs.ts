// Bodies named by a definite head and two or more relational adjectives, with no لـ-complement
// (definite-orgs.ts reads that shape): "الأكاديمية الملكية العسكرية", "الكلية الحربية المصرية",
// "القوات الجوية الملكية السعودية", "المنظمة الكشفية العالمية". One adjective is a description
// ("المنظمة الدولية" for the UN, "الحكومة الإيرانية" is institutions'); two relational adjectives
// (nisba: the ـي/ـية ending, all of the same gender) after an organization's head are a name the
// press gives a body it does not abbreviate. A name found already at the head (the KB's, a state's
// institution) stands as found.
import type { FoundMention } from "./candidate.ts";
import type { Reading, Token } from "../core/document.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { HEAD_PRE, STOP, TITLE, wordClasses } from "./word-classes.ts";
import type { Lexicons } from "./lexicons.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";

const MIN_ADJ = 2, MAX_ADJ = 3;

/** `known`: mentions found so far by start token. */
export function nisbaOrgs(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  const heads = tokensPassing(HEAD, tokens, c.lex);
  for (let h = 0, last = -1; h < heads.length; h++) {
    const i = heads[h];
    if (i <= last || i + MIN_ADJ >= tokens.length || known.has(i)) continue;
    const r = head(c.lex, tokens[i]);
    if (!r) continue;
    const sentence = tokens[i].sentence;
    let k = i + 1, gender = 0;
    while (k - i - 1 < MAX_ADJ && k < tokens.length) {
      const g = nisba(c, tokens[k], cls[k], sentence);
      if (g === 0 || (gender !== 0 && g !== gender)) break;
      gender = g; k++;
    }
    if (k - i - 1 < MIN_ADJ) continue;
    const key = normalize(r.norm + text.slice(tokens[i].start + r.to, tokens[k - 1].end));
    out.push(makeMention(text, tokens, r, i, k, "ORG", "pattern", 0.6, key));
    last = k - 1;
  }
  return out;
}

/**
 * A plain definite relational adjective of the head's sentence (الملكية، العسكري): 1 feminine
 * (ـية), 2 masculine (ـي), 0 for anything else (a clitic on it, a stop word such as الذي, a title,
 * a direction or relational word, a word too short to be a nisba).
 */
function nisba(c: Ctx, t: Token, bits: number, sentence: number): number {
  if (!isWord(t) || t.kind !== "word" || t.sentence !== sentence || bits & (STOP | TITLE)) return 0;
  const x = t.readings[0];
  if (!x.article || x.pre !== "" || x.post !== "" || t.norm.length < 6) return 0;
  const n = t.norm;
  if (c.lex.stops.has(n) || c.lex.directions.has(n) || c.lex.relational.has(n)) return 0;
  if (n.endsWith("يه")) return 1;
  return n.endsWith("ي") ? 2 : 0;
}

/** The token's reading that is ال + an organization head, with the clitics a head takes or ك of a
 *  list's example ("كالأكاديمية الملكية العسكرية"), or null. */
function head(lex: Lexicons, t: Token): Reading | null {
  for (const x of t.readings) {
    if (!x.article || x.post !== "" || !(HEAD_PRE.has(x.pre) || x.pre === "ك")) continue;
    const h = lex.orgHeads.get(x.bare);
    if (h && h.type === "ORG") return x;
  }
  return null;
}
// the tokens written as a definite organization head, found by form (text/form-gate.ts)
const HEAD = formGate((t, lex: Lexicons) => head(lex, t) !== null);
