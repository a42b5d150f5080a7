// A place's name reduced to its consonants, so that an Arabic spelling and a Latin one of the same
// name meet: غومبيه and Gombe are both "GMB", حريملاء and Huraymila "HRML". Arabic writes no short
// vowels and the Latin spellings of one Arabic name disagree on them (Taizz, Ta'izz), so vowels,
// و/ي (w/y), ع/ء and apostrophes are dropped; letters a transliteration confuses share one class
// (ج/غ and j/g; the sibilants س ص ش ز and s z sh ch; ت ط ث and t th; د ض ذ ظ and d dh; ح خ ه and h
// kh; ق ك and k q c; ف and f v ph; ب and b p). The article (ال, Latin al-/el-/as-/ash-…) and a last
// ه/h (ة, Latin -ah) are dropped, and a run of one class counts once (doubled letters, which
// Arabic does not write). A key is a guess's key, not an identity: entities/spelled-places.ts
// asks for it only inside the document's country, and only three consonants or more.

const AR: Record<string, string> = {
  "ب": "B", "پ": "B", "ت": "T", "ث": "T", "ط": "T", "ج": "G", "غ": "G", "گ": "G", "ح": "H", "خ": "H", "ه": "H",
  "د": "D", "ذ": "D", "ض": "D", "ظ": "D", "ر": "R", "ز": "S", "س": "S", "ش": "S", "ص": "S", "چ": "S",
  "ف": "F", "ڤ": "F", "ق": "K", "ك": "K", "ک": "K", "ل": "L", "م": "M", "ن": "N",
};

/**
 * A key: the consonant classes, and per gap (before consonant i, index i; after the last, index
 * key.length) the kinds of vowel written there, as one character of a bit set: 1 an a-vowel (ا; a
 * e), 2 a u-vowel (و; o u w), 4 an i-vowel (ي; i e y). "8" at the first gap of an Arabic key is its
 * first letter's alif, which carries any vowel (أزميت = Izmit).
 */
export interface PlaceKey { key: string; vowels: string }

const A = 1, U = 2, I = 4, ANY = 8;
const AR_VOWEL: Record<string, number> = { "ا": A, "و": U, "ي": I, "ى": I };

/** The key of a normalized Arabic name (text/normalize.ts: ة as ه, hamzas folded): its long vowels (ا و ي, and a last ة) are the written vowels. */
export function arabicKey(norm: string): PlaceKey {
  const b = new KeyBuilder();
  for (const word of norm.split(" ")) {
    let w = word;
    if (w.length > 3 && w.startsWith("ال")) w = w.slice(2);
    for (let i = 0; i < w.length; i++) {
      const c = AR[w[i]];
      if (c === "H" && i === w.length - 1 && i > 0) { b.vowel(A); continue; } // ة or a last ه: an a-vowel's letter
      if (c !== undefined) b.consonant(c);
      else if (AR_VOWEL[w[i]]) b.vowel(b.key === "" && w[i] === "ا" ? ANY : AR_VOWEL[w[i]]);
    }
  }
  return b.done();
}

class KeyBuilder {
  key = ""; gaps: number[] = [0]; open = false;
  consonant(c: string): void {
    // (a doubled letter is written once in Arabic: one class twice with no vowel between is one)
    if (this.key[this.key.length - 1] === c && this.gaps[this.gaps.length - 1] === 0) return;
    this.key += c; this.gaps.push(0);
  }
  vowel(kind: number): void { this.gaps[this.gaps.length - 1] |= kind; }
  done(): PlaceKey { return { key: this.key, vowels: this.gaps.map((g) => g.toString(16)).join("") }; }
}

/** Does a Latin spelling write, in every gap, each kind of vowel the Arabic one writes there (it writes the short ones too)? */
export function vowelsAgree(arabic: PlaceKey, latin: PlaceKey): boolean {
  if (arabic.vowels.length !== latin.vowels.length) return false;
  for (let i = 0; i < arabic.vowels.length; i++) {
    const a = parseInt(arabic.vowels[i], 16), l = parseInt(latin.vowels[i], 16);
    if (a & ANY ? l === 0 : (a & ~l) !== 0) return false;
  }
  return true;
}

// Latin articles before a name, as GeoNames writes them (Al Qunfudhah, Ash Shihr, Ad Dawadimi, El Alamein)
const LATIN_ARTICLES = new Set(["al", "el", "ul", "as", "ash", "ar", "ad", "adh", "at", "ath", "az", "an", "aş", "ad-", "ez", "es", "er", "ed", "et", "en"]);

/** The key of a Latin name (GeoNames' name or ascii name); ç ş (Turkish ch, sh) before their marks go. */
export function latinKey(name: string): PlaceKey {
  const words = name.toLowerCase().replace(/ç/g, "ch").replace(/ş/g, "sh").replace(/ğ/g, "").replace(/ı/g, "i")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[\s\-‘’'`ʿʾ]+/).filter(Boolean);
  const b = new KeyBuilder();
  for (let i = 0; i < words.length; i++) {
    if (i < words.length - 1 && LATIN_ARTICLES.has(words[i])) continue;
    latinWord(words[i], b);
  }
  return b.done();
}

function latinWord(w: string, b: KeyBuilder): void {
  let k = "";
  const flush = () => { for (const c of k) b.consonant(c); k = ""; };
  for (let i = 0; i < w.length; i++) {
    const c = w[i], n = w[i + 1] ?? "";
    if (n === "h" && (c === "s" || c === "c")) { k += "S"; i++; continue; }
    if (n === "h" && c === "t") { k += "T"; i++; continue; }
    if (n === "h" && c === "d") { k += "D"; i++; continue; }
    if (n === "h" && c === "k") { k += "H"; i++; continue; }
    if (n === "h" && c === "g") { k += "G"; i++; continue; }
    if (n === "h" && c === "p") { k += "F"; i++; continue; }
    if (c === "c" && n === "k") { k += "K"; i++; continue; }
    if (c === "q" && n === "u") { k += "K"; i++; continue; }
    switch (c) {
      case "b": case "p": k += "B"; break;
      case "t": k += "T"; break;
      case "d": k += "D"; break;
      case "j": case "g": k += "G"; break;
      case "h": if (i < w.length - 1) k += "H"; break; // a last h writes ة (Turbah): its vowel is before it
      case "k": case "q": k += "K"; break;
      case "c": k += "eiy".includes(n) && n !== "" ? "S" : "K"; break;
      case "x": k += "KS"; break;
      case "s": case "z": k += "S"; break;
      case "f": case "v": k += "F"; break;
      case "r": k += "R"; break;
      case "l": k += "L"; break;
      case "m": k += "M"; break;
      case "n": k += "N"; break;
      case "a": flush(); b.vowel(A); break;
      case "e": flush(); b.vowel(A | I); break;
      case "o": case "u": case "w": flush(); b.vowel(U); break;
      case "i": case "y": flush(); b.vowel(I); break;
      default: break; // digits, marks
    }
  }
  flush();
}
