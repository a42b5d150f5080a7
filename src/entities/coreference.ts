// Short references to a person already named in full: "مسعد" after "ماركو مسعد", "الشريف"
// after "محمد فتحي الشريف". The family name (the last word of the full name) is searched in the
// words no mention covers yet, with a leading conjunction or preposition left outside the span,
// and only when that word looks like a proper name (name-like.ts), not an ordinary word that a
// too-long name span ended on ("ليون صفر" must not make every later صفر a person).
//
// Cost: the scan visits every token of the article, so it first tests what the token and the
// article text say (the word's last two letters, read from the text in order) and reads a
// token's readings only when those letters end some family name in view.
import type { Document, Token } from "../core/document.ts";
import { isWord, mentionOf } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { foldCode } from "../text/normalize.ts";
import type { Group, WordsOf } from "./link-entities.ts";
import type { NerModel } from "../mentions/model/tagger.ts";
import { looksLikeName } from "./name-like.ts";
import { adjectivePosition } from "../mentions/adjectival-surnames.ts";

const PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
/**
 * The last two letters of the family names in view, by (second-last low byte, last low byte):
 * set and cleared by each call (an array read per token, no Set). Low bytes only: letters of
 * other scripts may share a slot, which lets a token through to the exact test, never stops one.
 */
const LAST2 = new Uint8Array(65536);
const pairOf = (prev: number, last: number) => ((prev & 0xff) << 8) | (last & 0xff);

/** Which tokens a mention covers: one buffer for every document, cleared up to its length by each call. */
let scratch = new Uint8Array(4096);

export function addCoreference(
  doc: Pick<Document, "text" | "tokens">, groups: Group[], lex: Lexicons, model: NerModel | null | undefined,
  wordsOf: WordsOf,
): void {
  let byWord: Map<string, Group | null> | null = null;
  for (const g of groups) {
    if (g.type !== "PERSON") continue;
    for (const m of g.mentions) {
      const ws = wordsOf(m);
      if (ws.length < 2) continue;
      const last = ws[ws.length - 1];
      if (lex.connectors.has(ws[ws.length - 2])) continue; // "عبد العزيز": العزيز alone is nobody
      if (endsWithTitle(ws, lex)) continue; // "محمد بن نايف ولي العهد": العهد ends a title, not a name
      if (!nameLike(last, lex, model)) continue;
      byWord ??= new Map();
      const prev = byWord.get(last);
      // two people share it: ambiguous (null once: compared first, prev === g on null deoptimized)
      byWord.set(last, prev === undefined || (prev !== null && prev === g) ? g : null);
    }
  }
  if (!byWord) return;
  const { tokens, text } = doc;
  if (scratch.length < tokens.length) scratch = new Uint8Array(Math.max(tokens.length, scratch.length * 2));
  const covered = scratch;
  covered.fill(0, 0, tokens.length);
  for (const g of groups) for (const m of g.mentions) for (let k = m.tokens.start; k < m.tokens.end; k++) covered[k] = 1;
  // a reading without an enclitic ends where its word ends: a word whose last two letters end no
  // family name in view cannot be one (skips nearly every token; names have 3 letters or more)
  for (const w of byWord.keys()) LAST2[pairOf(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))] = 1;
  try {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (covered[i] || !isWord(t)) continue;
      const p = lastTwoFolded(text, t);
      if (p < 0 || !LAST2[p]) continue;
      for (const r of t.readings) {
        if (r.post !== "" || !PRE.has(r.pre)) continue;
        const g = byWord.get(r.norm);
        if (!g) continue;
        if (adjectivePosition(tokens, i, lex)) break; // "الماضي [الجميل]": an adjective, not بشير الجميل (adjectival-surnames.ts)
        g.mentions.push(mentionOf(t.start + r.from, t.end, text.slice(t.start + r.from, t.end), "PERSON", g.entry ? g.id : null, "coref", 0.5, { start: i, end: i + 1 }, r.norm, [], undefined));
        break;
      }
    }
  } finally {
    for (const w of byWord.keys()) LAST2[pairOf(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))] = 0;
  }
}

/** Do the span's last words form a title or role (ولي العهد، وزير الخارجية) that the span ran into? */
function endsWithTitle(ws: string[], lex: Lexicons): boolean {
  for (let k = Math.max(0, ws.length - 4); k < ws.length - 1; k++) {
    const ts = lex.titles.get(ws[k]);
    if (!ts) continue;
    for (const t of ts) {
      if (t.words.length !== ws.length - k) continue;
      let same = true;
      for (let j = 1; j < t.words.length && same; j++) same = t.words[j] === ws[k + j];
      if (same) return true;
    }
  }
  return false;
}

// looksLikeName per word, kept across documents for the lexicons and model it was answered with
let nameMemo = new Map<string, boolean>();
let memoLex: Lexicons | null = null, memoModel: NerModel | null | undefined = null;
function nameLike(word: string, lex: Lexicons, model?: NerModel | null): boolean {
  if (lex !== memoLex || model !== memoModel || nameMemo.size >= 50_000) { nameMemo = new Map(); memoLex = lex; memoModel = model; }
  let yes = nameMemo.get(word);
  if (yes === undefined) nameMemo.set(word, (yes = looksLikeName(word, lex, model)));
  return yes;
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

/**
 * The last two code units of normalize(token text) as pairOf(second-last, last), read from the
 * article text like lastFolded; -1 when the norm has fewer than two, or a space among them (no
 * family name has one). A presentation form falls back to the norm.
 */
export function lastTwoFolded(text: string, t: Token): number {
  let last = -1;
  for (let p = t.end - 1; p >= t.start; p--) {
    const c = text.charCodeAt(p);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return fromNorm(t.norm);
    const f = foldCode(c);
    if (f < 0) continue;
    if (f === 0x20 || f === 0x09 || f === 0x0a || f === 0x0d) { if (last < 0) continue; return -1; }
    if (last < 0) last = f;
    else return pairOf(f, last);
  }
  return -1;
}

function fromNorm(n: string): number {
  if (n.length < 2) return -1;
  const a = n.charCodeAt(n.length - 2), b = n.charCodeAt(n.length - 1);
  return a === 0x20 || b === 0x20 ? -1 : pairOf(a, b);
}
