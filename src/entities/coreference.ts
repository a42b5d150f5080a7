// Short references to a person already named in full: "مسعد" after "ماركو مسعد", "الشريف"
// after "محمد فتحي الشريف". The family name (the last word of the full name) is searched in the
// words no mention covers yet, with a leading conjunction or preposition left outside the span.
import type { Document } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import { isWord } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { normalize } from "../text/normalize.ts";
import type { Group } from "./link-entities.ts";

const PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);

export function addCoreference(doc: Pick<Document, "text" | "tokens">, groups: Group[], lex: Lexicons): void {
  const byWord = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.type !== "PERSON") continue;
    for (const m of g.mentions) {
      const ws = normalize(m.text).split(" ");
      if (ws.length < 2) continue;
      const last = ws[ws.length - 1];
      if (lex.connectors.has(ws[ws.length - 2])) continue; // "عبد العزيز": العزيز alone is nobody
      if (last.length < 3 || lex.connectors.has(last) || lex.stops.has(last) || lex.firstNames.has(last) || lex.ordinals.has(last) || lex.nameParts.has(last)) continue;
      const prev = byWord.get(last);
      byWord.set(last, prev === undefined || prev === g ? g : null); // two people share it: ambiguous
    }
  }
  if (!byWord.size) return;
  const covered: boolean[] = new Array(doc.tokens.length).fill(false);
  for (const g of groups) for (const m of g.mentions) for (let k = m.tokens.start; k < m.tokens.end; k++) covered[k] = true;
  // a reading without an enclitic ends where its word ends: a word whose last letter ends no
  // family name in view cannot be one (skips nearly every token)
  const lastLetters = new Set<number>();
  for (const w of byWord.keys()) lastLetters.add(w.charCodeAt(w.length - 1));
  doc.tokens.forEach((t, i) => {
    if (covered[i] || !isWord(t) || !lastLetters.has(t.norm.charCodeAt(t.norm.length - 1))) return;
    for (const r of t.readings) {
      if (r.post !== "" || !PRE.has(r.pre)) continue;
      const g = byWord.get(r.norm);
      if (!g) continue;
      const m: FoundMention = {
        start: r.stem.start, end: t.end, text: doc.text.slice(r.stem.start, t.end), type: "PERSON", kbId: g.entry?.id ?? null,
        via: "coref", score: 0.5, tokens: { start: i, end: i + 1 }, key: r.norm, candidates: [],
      };
      g.mentions.push(m);
      return;
    }
  });
}
