// From decoded page text to paragraphs: one paragraph a line, whitespace tidied (runs of spaces,
// tabs and no-break spaces become one space), invisible marks dropped (zero-width characters,
// bidi controls, BOM, soft hyphen). Letters are never changed: folding is for matching only.

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/g;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]+/g;

/** One line of display text: invisible marks out, spaces collapsed, ends trimmed. */
export function tidy(s: string): string {
  return isTidy(s) ? s : s.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * Most lines are tidy already: one scan of the code units says so without building new strings.
 * False for anything tidy() might change (a superset: then the regexes above decide).
 */
function isTidy(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) <= 0x20 || s.charCodeAt(n - 1) <= 0x20) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) { if (space) return false; space = true; continue; }
    space = false;
    if (c < 0x20) { if (c === 0x09 || c === 0x0b || c === 0x0c) return false; continue; }
    if (c < 0xa0) continue;
    if (c === 0xa0 || c === 0xad || c === 0x061c || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff) return false;
  }
  return true;
}

/** Non-empty tidied lines of a text (paragraph and line separators both split). */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|[\n\r\u2028\u2029\u0085]/)) {
    const t = tidy(raw);
    if (t) out.push(t);
  }
  return out;
}
