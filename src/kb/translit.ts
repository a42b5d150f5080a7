// A letter-by-letter Latin spelling of an Arabic name, for ids (rasid:<slug>) when no English name
// is known: "أبو محمد الجولاني" -> "abw mhmd aljwlany". Not pretty, but stable across runs, which is
// what an id needs; short vowels are not written in Arabic, so none are invented here.
import { normalize } from "../text/normalize.ts";

const MAP: Record<string, string> = {
  "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
  "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
  "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "",
};

export function translit(name: string): string {
  let out = "";
  for (const ch of normalize(name)) out += MAP[ch] ?? ch;
  return out;
}
