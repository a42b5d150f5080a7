// A user's search string, folded the one way every matcher folds (text/normalize.ts) and cut
// into terms: words are ANDed, "a quoted phrase" is one term. Both backends build their
// full-text queries from these terms, and snippet.ts finds them again in the original text.
import { normalize } from "../text/normalize.ts";

/** Terms of a query: normalize("«الرقة» والموصل") → ["الرقه", "والموصل"]. Empty when nothing searchable. */
export function parseQuery(q: string): string[] {
  const terms: string[] = [];
  // normalize() folds every kind of quotation mark to '"', so phrases split on it afterwards
  const parts = normalize(q).split('"');
  parts.forEach((part, i) => {
    const clean = part.replace(/[^\p{L}\p{N}\s]+/gu, " ").replace(/\s+/g, " ").trim();
    if (!clean) return;
    if (i % 2 === 1) terms.push(clean);                 // inside quotes: a phrase
    else for (const w of clean.split(" ")) terms.push(w);
  });
  return [...new Set(terms)];
}

/**
 * Forms a term may take in the text: itself, and when the user typed a clitic before the
 * article (بالموصل, والرياض, للامم) the bare definite form too (الموصل, الرياض, الامم). Only
 * clitics before ال are taken off: that is unambiguous, unlike a bare initial ب or و.
 */
export function termVariants(term: string, loose = false): string[] {
  const m = /^(?:[وف]?[بكل]?|[وف])ال(.{2,})$/.exec(term);
  if (m && term.length > 2 && !term.startsWith("ال")) return [term, "ال" + m[1]];
  const ll = /^[وف]?لل(.{2,})$/.exec(term);
  if (ll) return [term, "ال" + ll[1]];
  // loose (only when strict forms found little): a leading و or ف may be the conjunction (وصنعاء)
  if (loose && /^[وف].{3,}$/.test(term) && !term.includes(" ")) return [term, term.slice(1)];
  return [term];
}

const ftsTerm = (t: string, loose: boolean) => {
  const v = termVariants(t, loose);
  return v.length === 1 ? `"${v[0]}"` : `(${v.map((x) => `"${x}"`).join(" OR ")})`;
};

/** FTS5 query over the word index: every term must appear (in one of its forms), phrases as phrases. */
export function ftsWordQuery(terms: string[], loose = false): string {
  return terms.map((t) => ftsTerm(t, loose)).join(" AND ");
}

/** Terms long enough for a trigram index (3+ characters); shorter ones are checked by snippet.ts. */
export function trigramTerms(terms: string[]): string[] {
  return terms.filter((t) => [...t].length >= 3);
}
