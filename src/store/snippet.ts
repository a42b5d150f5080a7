// Finding query terms again in a document's ORIGINAL text, for highlights and snippets.
// The text is folded character by character (foldChar from text/normalize.ts) while keeping,
// for every folded character, the offset it came from, so a match in folded text maps back to
// exact UTF-16 offsets in the text as stored (diacritics, tatweel and alef forms included).
//
// A term matches a word when the word is the term with, at most, attached proclitics in front
// (و ف ب ك ل ال لل and their combinations: بالرقة, وللرقة) and a pronoun enclitic behind
// (ـه ـها ـهم …). This is also how substring (trigram) candidates are confirmed, so "مصر" does
// not match "مصرف" while "الرقة" matches "بالرقة".
import { foldChar } from "../text/normalize.ts";
import { FUSED_L, PREFIXES, SUFFIXES } from "./clitics.ts";
import { termVariants } from "./query.ts";
import type { Highlight } from "./store.ts";


export interface Folded { text: string; map: number[] }   // map[i] = offset in the original of folded char i

// foldChar for every UTF-16 code unit, filled as met: the loop below is the cost of a snippet
const FOLD: (string | undefined)[] = new Array(0x10000);
const fold1 = (code: number): string => FOLD[code] ?? (FOLD[code] = foldChar(String.fromCharCode(code)));

/** Fold `text` for matching, keeping offsets; whitespace runs become one space. */
export function foldWithMap(text: string): Folded {
  let out = "";
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0) { space = true; continue; }
    const f = fold1(code);
    if (!f) continue;
    if (space && map.length) { out += " "; map.push(i - 1); }
    space = false;
    out += f;
    for (let k = 0; k < f.length; k++) map.push(i);
  }
  return { text: out, map };
}

const WORD = /[\p{L}\p{N}]/u;
/** A letter or digit (folded text is mostly Arabic letters and ASCII: those skip the regex). */
function isWordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c === 32 || c === 0x060c || c === 0x061f || c === 0x061b) return false;
  return WORD.test(s[i]);
}
const LONGEST_PREFIX = Math.max(...[...PREFIXES].map((p) => p.length));

/**
 * Every place `term` (folded) occurs as a word, clitics allowed; offsets in the folded text.
 * A pronoun enclitic is not allowed after a definite word (الرياضة is not الرياض + ـه), nor
 * where the original letter is ة (folded to ه, it is no pronoun): pass `original` for that.
 */
export function findTerm(folded: string, term: string, original?: Folded & { source: string }): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const variants: { needle: string; prefixes: Set<string> }[] = [{ needle: term, prefixes: PREFIXES }];
  if (term.startsWith("ال") && term.length > 3) variants.push({ needle: term.slice(1), prefixes: FUSED_L });
  for (const { needle, prefixes } of variants) {
    for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + 1)) {
      let ws = i;
      while (ws > 0 && i - ws <= LONGEST_PREFIX && isWordAt(folded, ws - 1)) ws--;
      if (i - ws > LONGEST_PREFIX || !prefixes.has(folded.slice(ws, i))) continue;
      const end = i + needle.length;
      let we = end;
      while (we < folded.length && isWordAt(folded, we)) we++;
      const suffix = folded.slice(end, we);
      if (!SUFFIXES.has(suffix)) continue;
      if (suffix) {
        if (needle.startsWith("ال") || folded.slice(ws, i).endsWith("ال") || prefixes === FUSED_L) continue;
        if (original && original.source[original.map[end]] === "ة") continue;
      }
      found.push({ start: i, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Highlights of all terms in the original text; null when some term does not occur as a word. `loose`: see termVariants. */
export function findAll(text: string, terms: string[], folded: Folded = foldWithMap(text), loose = false): Highlight[] | null {
  const out: Highlight[] = [];
  for (const term of terms) {
    const hits = termVariants(term, loose).flatMap((v) => findTerm(folded.text, v, { ...folded, source: text }));
    if (!hits.length) return null;
    for (const h of hits) out.push({ start: folded.map[h.start], end: folded.map[h.end - 1] + 1 });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const BEFORE = 60;
const AFTER = 140;

/** A window of the text around the first highlight in the body (after the headline line). */
export function makeSnippet(text: string, highlights: Highlight[]): { text: string; start: number; end: number; highlights: Highlight[] } {
  const bodyStart = Math.max(0, text.indexOf("\n") + 1);
  const first = highlights.find((h) => h.start >= bodyStart) ?? highlights[0];
  let start: number;
  let end: number;
  if (!first) {
    start = bodyStart;
    end = Math.min(text.length, start + BEFORE + AFTER);
  } else {
    start = Math.max(first.start >= bodyStart ? bodyStart : 0, first.start - BEFORE);
    end = Math.min(text.length, first.end + AFTER);
  }
  if (start > 0 && start !== bodyStart) { const sp = text.indexOf(" ", start); if (sp >= 0 && sp < (first?.start ?? end)) start = sp + 1; }
  if (end < text.length) { const sp = text.lastIndexOf(" ", end); if (sp > (first?.end ?? start)) end = sp; }
  const inside = highlights.filter((h) => h.start >= start && h.end <= end);
  // one character for one, so snippet.text[h.start - start] is where a highlight begins
  return { text: text.slice(start, end).replace(/[\n\r\t]/g, " "), start, end, highlights: inside };
}

/** Render a snippet with marks around highlights, e.g. for a terminal; newlines become spaces. */
export function renderSnippet(text: string, s: { start: number; end: number; highlights: Highlight[] }, open: string, close: string): string {
  let out = "";
  let at = s.start;
  for (const h of s.highlights) {
    if (h.start < at) continue;
    out += text.slice(at, h.start) + open + text.slice(h.start, h.end) + close;
    at = h.end;
  }
  out += text.slice(at, s.end);
  return out.replace(/\s+/g, " ");
}
