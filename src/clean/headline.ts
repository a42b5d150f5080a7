// Which line of a scraped page is the headline. The first lines of a page are often not: a
// cookie or JavaScript notice, the site's name, a menu, a breadcrumb, a date line. The headline
// is the first line before the body that carries none of those marks and is a phrase (two words
// or more, not a sentence-long paragraph); a line the page repeats later (the headline again as
// the first body line, or in a "link to this story" line) is preferred, since pages echo it.
import { isLatinOnly, type Line } from "./shape.ts";

const SITE_WORDS = /^(صحيفه|جريده|موقع|بوابه|شبكه|وكاله|قناه|مجله|راديو|اذاعه)( |$)/;
const SEPARATORS = /[|•·»›>\/]|\s[-–—]\s/g;

/** A head line that is a site name, a menu or a breadcrumb by its shape. */
export function isMasthead(l: Line): boolean {
  if (l.words <= 4 && !l.sentence && (SITE_WORDS.test(l.key) || /(^| )(نت|نيوز|net|com|news)$/.test(l.key))) return true;
  const seps = (l.text.match(SEPARATORS) ?? []).length;
  return seps >= 2 && l.words <= 4 * (seps + 1);
}

/**
 * Index of the headline among `lines` (all page lines, in order), looking only at `head`
 * (indices of the lines before the body that no other rule took as chrome), or -1.
 */
export function findHeadline(lines: Line[], head: number[]): number {
  const runs = menuRuns(lines, head);
  const cands = head.filter((i) => {
    const l = lines[i];
    return l.words >= 2 && l.words <= 40 && !runs.has(i) && !isMasthead(l) && !isLatinOnly(l.text);
  });
  if (!cands.length) return head.find((i) => lines[i].words >= 1) ?? -1;
  const later = new Map<string, number>();
  for (const l of lines) if (l.words <= 40) later.set(l.key, (later.get(l.key) ?? 0) + 1);
  const echoed = cands.find((i) => (later.get(lines[i].key) ?? 0) > 1 || echoedInside(lines, i));
  if (echoed !== undefined) return echoed;
  // a name of two or three words above a phrase-length line is the site's, not the headline
  const phrase = cands.find((i) => lines[i].words >= 4 && lines[i].words <= 25);
  return lines[cands[0]].words <= 3 && phrase !== undefined ? phrase : cands[0];
}

/** The headline's words stand inside a later short line ("رابط الخبر: <headline>"). */
function echoedInside(lines: Line[], i: number): boolean {
  const k = lines[i].key;
  if (lines[i].words < 4) return false;
  return lines.some((l, j) => j > i && l.words <= lines[i].words + 8 && l.key !== k && l.key.includes(k));
}

/** Head lines in runs of three or more very short lines: menu items one per line. */
function menuRuns(lines: Line[], head: number[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => { if (run.length >= 3) run.forEach((i) => out.add(i)); run = []; };
  for (const i of head) {
    if (lines[i].words <= 3 && !lines[i].sentence && (!run.length || run[run.length - 1] === i - 1)) run.push(i);
    else { flush(); if (lines[i].words <= 3 && !lines[i].sentence) run.push(i); }
  }
  flush();
  return out;
}
