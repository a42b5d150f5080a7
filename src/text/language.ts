// Language of a cleaned article body, as an ISO 639-1 code ("ar", "en", "fr", "fa", ...), or
// "und" when there is too little text to tell. The pipeline reports non-Arabic input instead of
// processing it as Arabic, so the rule for Arabic must not miss real Arabic news: an article
// whose letters are mostly Arabic-script is Arabic unless it shows the letters of Persian,
// Urdu or Kurdish (پ چ ژ گ ک ی ے ۆ ێ ...) more than Arabic's own (ة ى ي ك); English names and
// URLs inside an Arabic article do not change its language. Other scripts go to franc-min
// (trigram statistics), whose ISO 639-3 answers are mapped to 639-1 here.
import { franc } from "franc-min";
import * as chars from "./chars.ts";
// tsx compiles imported bindings to getter calls, too slow in per-character loops: bind once.
const { AR_LETTER, LETTER, charClass } = chars;

/** Fewer letters than this: "und". */
const MIN_LETTERS = 12;
/** Share of Arabic-script letters above which the text is read as Arabic-script ... */
const ARABIC_SCRIPT_SHARE = 0.4;
/** ... or this lower share when there is this much Arabic: missing an Arabic article loses its
 *  facts, reading a mixed one as Arabic costs little (an Arabic review listing English titles). */
const ARABIC_MIXED_SHARE = 0.1;
const ARABIC_MIXED_LETTERS = 50;
/** How much of the text franc looks at (its answer settles long before; it costs time per character). */
const FRANC_SAMPLE = 2000;

// Letters that Arabic does not use but Persian, Urdu, Pashto, Kurdish do (or write differently),
// and Arabic's own forms (ة, ى, Arabic yeh ي and kaf ك, where Persian writes ی and ک), as flags
// over the Arabic block: one array read per letter.
const PERSIAN = 1, KURDISH = 2, URDU = 4, ARABIC_OWN = 8;
const FLAGS = new Uint8Array(0x100);
const flag = (letters: string, f: number) => { for (const c of letters) FLAGS[c.charCodeAt(0) - 0x600] |= f; };
flag("پچژگکیۀہھےۓٹڈڑںۆێەڵڕ", PERSIAN);
flag("ۆێەڵڕ", KURDISH);
flag("ٹڈڑںےۓہھ", URDU);
flag("ةىيك", ARABIC_OWN);

/** franc-min's ISO 639-3 codes → ISO 639-1 (codes without a 639-1 form are returned as they are). */
const ISO1: Record<string, string> = {
  arb: "ar", pes: "fa", urd: "ur", pbu: "ps", ckb: "ku", skr: "skr", zlm: "ms",
  eng: "en", fra: "fr", spa: "es", por: "pt", deu: "de", ita: "it", nld: "nl", tur: "tr", pol: "pl",
  ron: "ro", hun: "hu", ces: "cs", swe: "sv", ind: "id", vie: "vi", jav: "jv", swh: "sw", sun: "su",
  hau: "ha", yor: "yo", ibo: "ig", som: "so", zul: "zu", tgl: "tl", uzn: "uz", azj: "az", bos: "bs",
  hrv: "hr", srp: "sr", rus: "ru", ukr: "uk", bel: "be", bul: "bg", kaz: "kk", hin: "hi", mar: "mr",
  npi: "ne", ben: "bn", pan: "pa", guj: "gu", tam: "ta", tel: "te", kan: "kn", mal: "ml", ori: "or",
  cmn: "zh", jpn: "ja", kor: "ko", tha: "th", mya: "my", amh: "am", ell: "el", heb: "he", kin: "rw",
  run: "rn", nya: "ny", lin: "ln", plt: "mg", ful: "ff", fuv: "ff", sin: "si", khm: "km", ceb: "ceb",
};

export interface LanguageGuess {
  language: string;            // ISO 639-1 ("und" when too short)
  arabicShare: number;         // Arabic-script letters / all letters
  letters: number;             // letters counted
}

// What each UTF-16 code unit counts as, filled from charClass() and FLAGS the first time it is
// seen: one array read and one increment per character in identifyLanguage's loop.
const NOT_LETTER = 1, OTHER_LETTER = 2, ARABIC = 3, ARABIC_OWN_FORM = 4, ARABIC_PERSIAN = 5; // 5..8: + KURDISH?1 + URDU?2
const KIND = new Uint8Array(0x10000);
const COUNTS = new Int32Array(9);
function kindOf(x: number): number {
  const c = charClass(x);
  let k = NOT_LETTER;
  if (c === AR_LETTER) {
    const f = x >= 0x600 && x <= 0x6ff ? FLAGS[x - 0x600] : 0;
    k = f === 0 ? ARABIC : f & PERSIAN ? ARABIC_PERSIAN + (f & KURDISH ? 1 : 0) + (f & URDU ? 2 : 0) : ARABIC_OWN_FORM;
  } else if (c === LETTER) k = OTHER_LETTER;
  return (KIND[x] = k);
}

// The common case, text below U+0800 (Latin, Arabic), counted with two running sums and no
// store per character: each code unit adds its kind's weight, a 1 in a 15-bit field of LOW (other
// letters | Arabic letters) or HIGH (Arabic's own forms | any Persian-type letter), so that
// consecutive letters of one kind do not wait on each other's increment in memory. The fields
// are emptied into COUNTS every BLOCK units, before one can overflow; units from U+0800 up (rare:
// punctuation such as “ ” –) are counted one by one. When a Persian-type letter is met, the four
// Persian kinds are counted again exactly by the plain loop.
const FIELD = 15, MASK = (1 << FIELD) - 1, BLOCK = MASK;
const LOW = new Int32Array(0x800), HIGH = new Int32Array(0x800);
for (let x = 0; x < 0x800; x++) {
  const k = KIND[x] || kindOf(x);
  if (k === OTHER_LETTER) LOW[x] = 1;
  else if (k === ARABIC) LOW[x] = 1 << FIELD;
  else if (k === ARABIC_OWN_FORM) HIGH[x] = 1;
  else if (k >= ARABIC_PERSIAN) HIGH[x] = 1 << FIELD;
}

function countKinds(text: string, n: Int32Array): void {
  n.fill(0);
  const low = LOW, high = HIGH, len = text.length;
  for (let from = 0; from < len; from += BLOCK) {
    const to = Math.min(len, from + BLOCK);
    let a = 0, b = 0;
    for (let i = from; i < to; i++) {
      const x = text.charCodeAt(i);
      if (x < 0x800) { a += low[x]; b += high[x]; continue; }
      const k = KIND[x];
      n[k === 0 ? kindOf(x) : k]++;
    }
    n[OTHER_LETTER] += a & MASK;
    n[ARABIC] += a >>> FIELD;
    n[ARABIC_OWN_FORM] += b & MASK;
    if (b >>> FIELD) { countAll(text, n); return; }
  }
}

/** Every kind counted exactly, one unit at a time. */
function countAll(text: string, n: Int32Array): void {
  n.fill(0);
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i);
    const k = KIND[x];
    n[k === 0 ? kindOf(x) : k]++;
  }
}

/** Language of `text` with the counts it was decided on. */
export function identifyLanguage(text: string): LanguageGuess {
  const n = COUNTS;
  countKinds(text, n);
  const other = n[OTHER_LETTER], own = n[ARABIC_OWN_FORM];
  const kurdish = n[ARABIC_PERSIAN + 1] + n[ARABIC_PERSIAN + 3], urdu = n[ARABIC_PERSIAN + 2] + n[ARABIC_PERSIAN + 3];
  const persian = n[ARABIC_PERSIAN] + n[ARABIC_PERSIAN + 1] + n[ARABIC_PERSIAN + 2] + n[ARABIC_PERSIAN + 3];
  const arabic = n[ARABIC] + own + persian;
  const letters = arabic + other;
  const arabicShare = letters ? arabic / letters : 0;
  if (letters < MIN_LETTERS) return guessOf(arabicShare, letters, "und");
  if (arabicShare >= ARABIC_SCRIPT_SHARE || (arabicShare >= ARABIC_MIXED_SHARE && arabic >= ARABIC_MIXED_LETTERS)) {
    if (persian <= own * 0.25) return guessOf(arabicShare, letters, "ar");
    if (kurdish > persian * 0.3) return guessOf(arabicShare, letters, "ku");
    // Persian, Urdu, Pashto: franc among the Arabic-script languages, Arabic itself included
    const code = franc(arabicScriptSample(text), { only: ["arb", "pes", "urd", "pbu", "skr"], minLength: 1 });
    if (code === "arb" && persian > own) return guessOf(arabicShare, letters, urdu > persian * 0.2 ? "ur" : "fa");
    return guessOf(arabicShare, letters, ISO1[code] ?? (code === "und" ? "und" : code));
  }
  const code = franc(text.length > FRANC_SAMPLE ? text.slice(0, FRANC_SAMPLE) : text);
  return guessOf(arabicShare, letters, code === "und" ? "und" : ISO1[code] ?? code);
}

/** ISO 639-1 code of the body: "ar", "en", "fr", "fa", ... or "und". */
export function detectLanguage(text: string): string {
  return identifyLanguage(text).language;
}

// module level, not a closure per call (esbuild's keepNames would wrap each in __name())
function guessOf(arabicShare: number, letters: number, language: string): LanguageGuess {
  return { language, arabicShare, letters };
}

function arabicScriptSample(text: string): string {
  return text.length > FRANC_SAMPLE ? text.slice(0, FRANC_SAMPLE) : text;
}
