// How a name becomes a lookup key. Keys are normalize()d (src/text/normalize.ts, the one Arabic
// folding), with punctuation inside names turned into spaces, so a key is the word tokens of the
// name joined by single spaces: "الدار البيضاء-سطات" -> "الدار البيضاء سطات". The recognizer builds
// its probe the same way from the normalized word tokens it reads (clitics already split off).
import { normalize } from "../text/normalize.ts";

const PUNCT = /[-‐‑‒–—_.,;:!?'"()[\]{}/\\«»…]+/g;

/** The lookup key of a name as written: kbKey("  الرَّقَّة ") === "الرقه". */
export function kbKey(name: string): string {
  return normalize(name).replace(PUNCT, " ").replace(/\s+/g, " ").trim();
}

/** The key without the article on its first word ("الرقه" -> "رقه"), or null when there is none. */
export function withoutArticle(key: string): string | null {
  if (!key.startsWith("ال")) return null;
  const first = key.split(" ", 1)[0];
  return first.length > 4 ? key.slice(2) : null; // keep short words whole: "الب", "الن" are not articles
}

export const tokenCount = (key: string): number => (key ? key.split(" ").length : 0);
