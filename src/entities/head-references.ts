// A body named again by its head alone: "البعثة" after "بعثة الأمم المتحدة في أفغانستان",
// "الائتلاف" after "الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الحركة" after "حركة أحرار
// الشام". The press does this once the full name is given, and a quote's speaker is often only
// the head ("وقالت البعثة في تقرير إن …"). The word joins the one organization of the document
// named with that head (head_reference in ner-cues.tsv: the heads used so), when it comes after the
// organization's first mention, is in no other mention, and no definite word follows it (a
// following adjective names another body: "المجلس الأعلى"). Two organizations with the head: no
// join (the word could be either). Runs after coreference, on the groups linking made.
import type { Reading, Token } from "../core/document.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import { isWord, mentionOf } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import type { Group } from "./link-entities.ts";

const PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
const isHeadReading = (x: Reading, lex: Lexicons) => x.article && x.post === "" && PRE.has(x.pre) && lex.headReferences.has(x.bare);
// the tokens written as a definite head, found by form (text/form-gate.ts)
const HEAD = formGate((t, lex: Lexicons) => t.readings.some((x) => isHeadReading(x, lex)));

export function addHeadReferences(groups: Map<string, Group>, tokens: readonly Token[], text: string, lex: Lexicons): void {
  if (lex.headReferences.size === 0) return;
  // head -> its one organization (null: two share it), and where the organization is first named
  let byHead: Map<string, Group | null> | null = null;
  const first = new Map<Group, number>();
  for (const g of groups.values()) {
    if (g.type !== "ORG") continue;
    for (const m of g.mentions) {
      const h = headOf(tokens[m.tokens.start], lex);
      if (h === null) continue;
      byHead ??= new Map();
      const prev = byHead.get(h);
      byHead.set(h, prev === undefined || prev === g ? g : null);
      const at = first.get(g);
      if (at === undefined || m.tokens.start < at) first.set(g, m.tokens.start);
    }
  }
  if (byHead === null) return;
  const covered = new Uint8Array(tokens.length);
  for (const g of groups.values()) for (const m of g.mentions) covered.fill(1, m.tokens.start, m.tokens.end);
  const heads = tokensPassing(HEAD, tokens, lex);
  for (let j = 0; j < heads.length; j++) {
    const i = heads[j], t = tokens[i];
    if (covered[i] || t.kind !== "word") continue;
    const r = t.readings.find((x) => isHeadReading(x, lex));
    if (!r) continue;
    const g = byHead.get(r.bare);
    if (!g || first.get(g)! >= i) continue;
    const next = tokens[i + 1];
    if (isWord(next) && next.sentence === t.sentence && next.readings[0].article && next.readings[0].pre === "") continue;
    g.mentions.push(mentionOf(t.start + r.from, t.end, text.slice(t.start + r.from, t.end), "ORG", g.entry ? g.id : null, "coref", 0.5, { start: i, end: i + 1 }, r.norm, [], undefined));
  }
}

/** The head a mention's first token names its body by (بعثة، الائتلاف، لحركة), or null. */
function headOf(t: Token, lex: Lexicons): string | null {
  for (const x of t.readings) if (x.post === "" && PRE.has(x.pre) && lex.headReferences.has(x.bare)) return x.bare;
  return null;
}
