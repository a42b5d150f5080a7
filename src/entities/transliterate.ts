// A readable Latin spelling for names the knowledge base does not know ("ماركو مسعد" → "Marku
// Masaad"). Arabic script writes no short vowels, so this is a guide for a reader, not a
// scholarly romanization: long vowels and consonants map one to one, the article becomes "al-",
// and an "a" follows a first consonant that another consonant follows (the commonest shape).
import { normalize } from "../text/normalize.ts";

const CONS: Record<string, string> = {
  "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
  "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
  "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'",
};
/** CONS by code unit (Arabic block), "" where a letter has no consonant spelling. */
const CONS_AT: string[] = new Array(0x100).fill("");
for (const [ch, lat] of Object.entries(CONS)) CONS_AT[ch.charCodeAt(0) - 0x600] = lat;

const ALEF = 0x627, HEH = 0x647, WAW = 0x648, YEH = 0x64a, LAM = 0x644, BEH = 0x628, APOS = 0x27;
const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * One normalized word w.slice(from, to) spelled: an article prefix (ال، لل، وال، بال) becomes
 * al-/lil-/wal-/bil- when letters remain after it, long vowels and consonants map one to one, an
 * "a" follows a first consonant that a consonant follows, apostrophes (ع، ء) at either end are
 * dropped, and the first letter is capitalized. Straight over the code units: no memo (a Map read
 * of a new name costs more than spelling it).
 */
function spell(w: string, from: number, to: number): string {
  let prefix = "";
  const n = to - from, c0 = w.charCodeAt(from), c1 = n > 1 ? w.charCodeAt(from + 1) : 0, c2 = n > 2 ? w.charCodeAt(from + 2) : 0;
  if (c0 === ALEF && c1 === LAM && n > 3) { prefix = "al-"; from += 2; }
  else if (c0 === LAM && c1 === LAM && n > 3) { prefix = "lil-"; from += 2; }
  else if (c0 === WAW && c1 === ALEF && c2 === LAM && n > 4) { prefix = "wal-"; from += 3; }
  else if (c0 === BEH && c1 === ALEF && c2 === LAM && n > 4) { prefix = "bil-"; from += 3; }
  let out = "";
  let prevCons = false;
  for (let p = from; p < to; p++) {
    const ch = w.charCodeAt(p), i = p - from;
    if (ch === ALEF) { out += "a"; prevCons = false; continue; }
    if (ch === HEH && p === to - 1 && i > 0) { out += "a"; prevCons = false; continue; } // ة folded to ه
    if (ch === WAW) {
      if (i === 0 || !prevCons) { out += "w"; prevCons = true; } else { out += "u"; prevCons = false; }
      continue;
    }
    if (ch === YEH) {
      if (i === 0 || !prevCons) { out += "y"; prevCons = true; } else { out += "i"; prevCons = false; }
      continue;
    }
    const c = ch >= 0x600 && ch < 0x700 ? CONS_AT[ch - 0x600] : "";
    if (c === "") { if (isAlnum(ch)) out += w[p]; prevCons = false; continue; }
    if (prevCons && i === 1) out += "a"; // CaCC…: the commonest shape of an Arabic name
    out += c;
    prevCons = true;
  }
  let a = 0, b = out.length;
  while (a < b && out.charCodeAt(a) === APOS) a++;
  while (b > a && out.charCodeAt(b - 1) === APOS) b--;
  if (a > 0 || b < out.length) out = out.slice(a, b);
  const cap = out ? out[0].toUpperCase() + out.slice(1) : out;
  return prefix ? prefix + cap : cap;
}

/** "محمد فتحي الشريف" → "Mahamad Fathi al-Sharif" (approximate, but stable and readable). */
export function transliterate(arabic: string): string {
  const key = normalize(arabic);
  let out = "";
  let from = 0, n = 0; // key.split(" ").filter(Boolean).map(spell).join(" "), without the arrays
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 0x20) continue;
    if (i > from) out += (n++ ? " " : "") + spell(key, from, i);
    from = i + 1;
  }
  return out;
}

/**
 * An ASCII slug for ids: "rasid:" + slug + short hash keeps ids stable and distinct. One pass,
 * the same as transliterate(arabic).toLowerCase() with ' removed, each run of other characters
 * than a-z0-9 made one "-", no "-" at either end, then cut to 48 characters.
 */
export function slug(arabic: string): string {
  const t = transliterate(arabic).toLowerCase();
  let out = "", dash = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x27) continue; // '
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (dash && out) out += "-";
      dash = false;
      out += t[i];
    } else dash = true;
  }
  return out.slice(0, 48);
}
