// Short references to a person already named in full: "مسعد" after "ماركو مسعد", "الشريف"
// after "محمد فتحي الشريف". The family name (the last word of the full name) is searched in the
// words no mention covers yet, with a leading conjunction or preposition left outside the span,
// and only when that word looks like a proper name (name-like.ts), not an ordinary word that a
// too-long name span ended on ("ليون صفر" must not make every later صفر a person).
import type { Document, Token } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import { isWord } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { foldCode, normalize } from "../text/normalize.ts";
import type { Group } from "./link-entities.ts";
import type { NerModel } from "../mentions/model/tagger.ts";
import { looksLikeName } from "./name-like.ts";

const PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
/** The last letters of the family names in view, by code unit: set and cleared by each call (an array read per token, no Set). */
const LAST = new Uint8Array(65536);

export function addCoreference(doc: Pick<Document, "text" | "tokens">, groups: Group[], lex: Lexicons, model?: NerModel | null): void {
  const byWord = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.type !== "PERSON") continue;
    for (const m of g.mentions) {
      const ws = normalize(m.text).split(" ");
      if (ws.length < 2) continue;
      const last = ws[ws.length - 1];
      if (lex.connectors.has(ws[ws.length - 2])) continue; // "عبد العزيز": العزيز alone is nobody
      if (!looksLikeName(last, lex, model)) continue;
      const prev = byWord.get(last);
      byWord.set(last, prev === undefined || prev === g ? g : null); // two people share it: ambiguous
    }
  }
  if (!byWord.size) return;
  const { tokens, text } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const g of groups) for (const m of g.mentions) for (let k = m.tokens.start; k < m.tokens.end; k++) covered[k] = 1;
  // a reading without an enclitic ends where its word ends: a word whose last letter ends no
  // family name in view cannot be one (skips nearly every token)
  for (const w of byWord.keys()) LAST[w.charCodeAt(w.length - 1)] = 1;
  try {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (covered[i] || !isWord(t)) continue;
      if (!LAST[lastFolded(text, t)]) continue;
      for (const r of t.readings) {
        if (r.post !== "" || !PRE.has(r.pre)) continue;
        const g = byWord.get(r.norm);
        if (!g) continue;
        const m: FoundMention = {
          start: t.start + r.from, end: t.end, text: text.slice(t.start + r.from, t.end), type: "PERSON", kbId: g.entry?.id ?? null,
          via: "coref", score: 0.5, tokens: { start: i, end: i + 1 }, key: r.norm, candidates: [],
        };
        g.mentions.push(m);
        break;
      }
    }
  } finally {
    for (const w of byWord.keys()) LAST[w.charCodeAt(w.length - 1)] = 0;
  }
}

/**
 * The last letter of normalize(token text), read from the article text itself (which the scan
 * walks in order, so it is in the CPU cache; the token's norm string, shared by its form, is
 * often not): the last code unit normalize() keeps, folded. A presentation form (folded through
 * NFKC) falls back to the norm. -1 when nothing is kept.
 */
export function lastFolded(text: string, t: Token): number {
  for (let p = t.end - 1; p >= t.start; p--) {
    const c = text.charCodeAt(p);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return t.norm.length ? t.norm.charCodeAt(t.norm.length - 1) : -1;
    const f = foldCode(c);
    if (f >= 0 && f !== 0x20) return f;
  }
  return -1;
}
