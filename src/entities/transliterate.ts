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

const PREFIXES: readonly (readonly [string, string])[] = [["ال", "al-"], ["لل", "lil-"], ["وال", "wal-"], ["بال", "bil-"]];

/** One normalized word's spelling (memoized: a new name is mostly words already seen in others). */
function word(w: string): string {
  let out = words.get(w);
  if (out === undefined) {
    out = spell(w);
    if (words.size >= 50_000) words.clear();
    words.set(w, out);
  }
  return out;
}
const words = new Map<string, string>();

function spell(w: string): string {
  let prefix = "";
  for (const [ar, lat] of PREFIXES) {
    if (w.startsWith(ar) && w.length > ar.length + 1) { prefix = lat; w = w.slice(ar.length); break; }
  }
  let out = "";
  let prevCons = false;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i], last = i === w.length - 1;
    if (ch === "ا") { out += "a"; prevCons = false; continue; }
    if (ch === "ه" && last && i > 0) { out += "a"; prevCons = false; continue; } // ة folded to ه
    if (ch === "و") {
      if (i === 0 || !prevCons) { out += "w"; prevCons = true; } else { out += "u"; prevCons = false; }
      continue;
    }
    if (ch === "ي") {
      if (i === 0 || !prevCons) { out += "y"; prevCons = true; } else { out += "i"; prevCons = false; }
      continue;
    }
    const c = CONS[ch];
    if (c === undefined) { out += /[a-z0-9]/i.test(ch) ? ch : ""; prevCons = false; continue; }
    if (prevCons && i === 1) out += "a"; // CaCC…: the commonest shape of an Arabic name
    out += c;
    prevCons = true;
  }
  out = out.replace(/^'+|'+$/g, "");
  const cap = out ? out[0].toUpperCase() + out.slice(1) : out;
  return prefix ? prefix + cap : cap;
}

/** "محمد فتحي الشريف" → "Mahamad Fathi al-Sharif" (approximate, but stable and readable). */
export function transliterate(arabic: string): string {
  const key = normalize(arabic);
  let out = memo.get(key);
  if (out === undefined) {
    out = "";
    let from = 0, n = 0; // key.split(" ").filter(Boolean).map(word).join(" "), without the arrays
    for (let i = 0; i <= key.length; i++) {
      if (i < key.length && key.charCodeAt(i) !== 0x20) continue;
      if (i > from) out += (n++ ? " " : "") + word(key.slice(from, i));
      from = i + 1;
    }
    if (memo.size >= 50_000) memo.clear();
    memo.set(key, out);
  }
  return out;
}
// the same unknown names recur across articles: each is spelled once (bounded; keyed by the
// normalized name, a fresh string, so no key holds on to the article it was sliced from)
const memo = new Map<string, string>();

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
