// From decoded page text to paragraphs: one paragraph a line, whitespace tidied (runs of spaces,
// tabs and no-break spaces become one space), invisible marks dropped (zero-width characters,
// bidi controls, BOM, soft hyphen). Letters are never changed: folding is for matching only.

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/g;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]+/g;

/** One line of display text: invisible marks out, spaces collapsed, ends trimmed. */
export function tidy(s: string): string {
  return s.replace(INVISIBLE, "").replace(SPACES, " ").trim();
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
