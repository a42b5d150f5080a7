// A page title without its site name: "هادي في مؤتمر الرياض | شبكة الأخبار" → "هادي في مؤتمر
// الرياض". Sites join headline and name with a spaced bar or dash; the name is the short end.
// A heading of the page whose words stand inside the title is the headline exactly, so it is
// preferred to cutting.
import { keyOf } from "./shape.ts";

const SEP = /\s+(?:\||-|–|—|::|»|«|·|•)\s+/;

// in running text a headline may hold a spaced dash ("العراق - ..."); only bars mark a site name
export const BAR = /\s+(?:\||::)\s+/;

export function stripSiteName(title: string, siteName: string | null = null, sep: RegExp = SEP): string {
  let parts = title.split(sep).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName ? keyOf(siteName) : null;
  if (site) {
    const rest = parts.filter((p) => keyOf(p) !== site);
    if (rest.length && rest.length < parts.length) parts = rest;
  }
  const words = (p: string) => keyOf(p).split(" ").filter(Boolean).length;
  // the site name is the last (or, failing that, the first) short segment
  while (parts.length > 1 && words(parts[parts.length - 1]) <= 4 && words(parts.slice(0, -1).join(" ")) >= 2) parts = parts.slice(0, -1);
  if (parts.length > 1 && words(parts[0]) <= 3 && site && keyOf(parts[0]) === site) parts = parts.slice(1);
  return joinBack(title, parts);
}

/** Put the kept segments back with the separators the title had between them. */
function joinBack(title: string, parts: string[]): string {
  const start = title.indexOf(parts[0]);
  const last = parts[parts.length - 1];
  const end = title.indexOf(last, start) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : parts.join(" - ");
}

/** The best headline of an HTML page: a heading inside the title, else the title cut. */
export function pickTitle(titles: (string | null)[], headings: string[], siteName: string | null): string {
  const given = titles.filter((t): t is string => !!t && !!t.trim());
  for (const t of given) {
    const k = keyOf(t);
    const inside = headings.filter((h) => keyOf(h).split(" ").length >= 2 && k.includes(keyOf(h)));
    if (inside.length) return inside.sort((a, b) => b.length - a.length)[0];
  }
  if (given.length) return stripSiteName(given[0], siteName);
  return headings[0] ?? "";
}
