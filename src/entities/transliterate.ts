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

function word(w: string): string {
  let prefix = "";
  for (const [ar, lat] of [["ال", "al-"], ["لل", "lil-"], ["وال", "wal-"], ["بال", "bil-"]] as const) {
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
    out = key.split(" ").filter(Boolean).map(word).join(" ");
    if (memo.size >= 50_000) memo.clear();
    memo.set(key, out);
  }
  return out;
}
// the same unknown names recur across articles: each is spelled once (bounded; keyed by the
// normalized name, a fresh string, so no key holds on to the article it was sliced from)
const memo = new Map<string, string>();

/** An ASCII slug for ids: "rasid:" + slug + short hash keeps ids stable and distinct. */
export function slug(arabic: string): string {
  return transliterate(arabic).toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48);
}
