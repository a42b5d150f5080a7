// From decoded page text to paragraphs: one paragraph a line, whitespace tidied (runs of spaces,
// tabs and no-break spaces become one space), invisible marks dropped (zero-width characters,
// bidi controls, BOM, soft hyphen). Letters are never changed: folding is for matching only.

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/g;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]+/g;

/** One line of display text: invisible marks out, spaces collapsed, ends trimmed. */
export function tidy(s: string): string {
  return isTidy(s) ? s : tidied(s) ?? s.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * tidy()'s three regex steps in one pass over the code units: invisible marks skipped, each run of
 * spaces (runs joined across a skipped mark, as after the first replace) one space, none at the
 * ends (trim). null when the line holds a line break (trim would take those too: the regexes decide).
 */
function tidied(s: string): string | null {
  const n = s.length;
  const buf = n <= BUF.length ? BUF : new Uint16Array(n);
  let k = 0, space = false;
  // the kept span of s; `other` when a blank other than U+0020 or a skipped mark stands inside it
  let first = -1, last = -1, other = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const t = c < 0x3001 ? TIDY[c] : c === 0xfeff ? SKIP : KEEP;
    if (t === KEEP) {
      if (space) { if (k > 0) buf[k++] = 0x20; space = false; }
      buf[k++] = c;
      if (first < 0) first = i;
      last = i;
    } else if (t === SKIP) { if (first >= 0) other = true; }
    else if (t === BLANK) { space = true; if (c !== 0x20 && first >= 0) other = true; }
    else return null;
  }
  // often only the ends change (a line with a leading or trailing space): then the result is a
  // slice of s, which costs no copy (the output has as many units as the span only when no mark
  // was skipped inside it and every run of blanks in it is one space)
  if (first < 0) return "";
  if (k === last - first + 1 && !other) return s.slice(first, last + 1);
  // the units as a string: a Buffer view read as UTF-16LE copies them as they are (lone
  // surrogates too), far cheaper per unit than String.fromCharCode.apply
  return Buffer.from(buf.buffer, buf.byteOffset, 2 * k).toString("utf16le");
}
const BUF = new Uint16Array(8192);
// what tidied() does with a code unit below U+3001 (above it: kept, except U+FEFF, skipped below)
const KEEP = 0, SKIP = 1, BLANK = 2, BREAK = 3;
const TIDY = new Uint8Array(0x3001);
for (let c = 0; c < 0x3001; c++) {
  const ch = String.fromCharCode(c);
  TIDY[c] = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/.test(ch) ? SKIP
    : /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]/.test(ch) ? BLANK
    : ch.trim() === "" ? BREAK : KEEP;
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
  // One pass: the text is split where /\r\n|[\n\r\u2028\u2029\u0085]/ splits it, and each line is
  // checked for what tidy() would change inside it: a mark it drops or a blank other than U+0020
  // (EDGE), or a run of spaces, between two kept units. At a line's ends such units are only
  // trimmed (most untidy lines of scraped text only start with a space or a no-break space): the
  // line's tidy form is then its slice without them. A line with anything else tidy() changes
  // goes to tidy(). The inner loop runs over the units of a word with one table read each.
  const out: string[] = [];
  const unit = UNIT;
  const n = text.length;
  let i = 0;
  for (;;) {
    const start = i;
    // first, last: the line's first and last kept units; edge: an EDGE unit since the last kept one
    let first = -1, last = -1, odd = false, edge = false;
    for (;;) {
      const a = i;
      let t = 0;
      while (i < n && (t = unit[text.charCodeAt(i)]) === 0) i++;
      if (i > a) {
        if (first < 0) first = a;
        else if (edge) odd = true; // dropped or blanked between two kept units
        edge = false;
        last = i - 1;
      }
      if (i >= n || t === SEPARATOR) break;
      if (t === SPACE) {
        const s = ++i;
        while (i < n && text.charCodeAt(i) === 0x20) i++;
        // a run of spaces after a kept unit and before another unit of the line
        if (i > s && first >= 0 && i < n && unit[text.charCodeAt(i)] !== SEPARATOR) odd = true;
        continue;
      }
      if (t === EDGE) { edge = true; i++; continue; }
      odd = true; // HARD: whatever else tidy() would change
      if (first < 0) first = i;
      last = i++;
    }
    if (first >= 0) {
      const line = odd || text.charCodeAt(first) < 0x20 || text.charCodeAt(last) < 0x20 ? tidy(text.slice(start, i))
        : first === start && last === i - 1 ? text.slice(start, i) : text.slice(first, last + 1);
      if (line) out.push(line);
    }
    if (i >= n) return out;
    if (text.charCodeAt(i) === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    i++;
  }
}

// What paragraphs() makes of a code unit: a space, a line separator, a unit tidy() drops or
// turns into a space (EDGE: trimmed at a line's ends, sends the line to tidy() inside it), any
// other unit tidy() would change (HARD: none outside the separators today), or 0 for the rest
// (kept as it is). Derived from tidy()'s own table, so the two cannot disagree.
const SPACE = 1, SEPARATOR = 2, EDGE = 3, HARD = 4;
const UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const t = c < 0x3001 ? TIDY[c] : c === 0xfeff ? SKIP : KEEP;
  UNIT[c] = t === SKIP || t === BLANK ? EDGE : t === BREAK ? HARD : 0;
}
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) UNIT[c] = SEPARATOR;
UNIT[0x20] = SPACE;
