// The text cleaner: from the lines of a scraped page (or the paragraphs Readability kept from an
// HTML page) to the headline and the article's paragraphs. Each line is judged by general signals:
// a chrome phrase from the lexicon, its shape (short label vs prose, Latin-only widget, date
// line, menu), its position (before the headline, after the last paragraph, after a "comments"
// or "related" heading near the end) and repetition (a paragraph, headline or byline said twice).
// Lines are only dropped, never edited, so every kept line is the page's own text.
import { dateLine } from "../text/dates.ts";
import { findHeadline, isMasthead } from "./headline.ts";
import { chromeOf } from "./lexicon.ts";
import { BAR, stripSiteName } from "./title.ts";
import { isLatinOnly, isProse, isShortLabel, keyOf, lineOf, LONG as LONG_LINE, type Line } from "./shape.ts";

export interface CleanedLines {
  title: string;
  body: string[];
  dropped: { text: string; why: string }[];   // what was taken out and the rule that took it
}

export interface CleanOptions {
  /** The headline when the container gives it (a JSON Lines record, an HTML page's meta). */
  title?: string | null;
}

const LABELLED_LIST: ReadonlySet<string> = new Set(["readmore", "related", "tags", "comment"]);

export function cleanLines(texts: string[], opts: CleanOptions = {}): CleanedLines {
  // literal arrays filled by push: map's result has another elements kind when made by optimized
  // code than by the interpreter, and each kind first seen late deoptimized the mark* functions
  const lines: Line[] = [], why: (string | null)[] = [];
  for (let i = 0; i < texts.length; i++) { lines.push(lineOf(trimTrailingChrome(texts[i]), i)); why.push(null); }
  // Clean text (a JSON Lines record's paragraphs under the record's own headline) is mostly
  // prose lines. When every line is prose and none is chrome, no rule but repetition can take a
  // line, and the others are skipped: the body runs from the first line to the last, so there is
  // no head or tail for the widget, date-line, masthead, byline and list rules to look at, and
  // captions are lines of at most 5 words. (markChrome() marks the same lines when run again.)
  const given = opts.title?.trim() ?? "";
  if (given && lines.every(isProse)) {
    markChrome(lines, why);
    if (why.every(isNull)) {
      markRepeats(lines, why, keyOf(given));
      return result(given, lines, why);
    }
  }
  const arabic = texts.some((t) => /[\u0600-\u06ff]/.test(t));

  markChrome(lines, why);
  const first = lines.findIndex((l, i) => !why[i] && isProse(l));
  const last = findLast(lines, (l, i) => !why[i] && isProse(l));
  // before and after the body, a few Latin words on an Arabic page are a widget ("Share Tweet")
  for (let i = 0; i < lines.length; i++) {
    if (arabic && !why[i] && (i < first || i > last) && lines[i].words <= 5 && isLatinOnly(lines[i].text)) why[i] = "latin widget";
  }
  const headEnd = first < 0 ? lines.length : first;
  markDateLines(lines, why, headEnd, last);

  // the headline: given, or found among the lines before the body
  let title = opts.title?.trim() ?? "";
  if (!title) {
    const head = range(0, headEnd).filter((i) => !why[i]);
    const h = findHeadline(lines, head);
    if (h >= 0) {
      title = stripSiteName(lines[h].text, null, BAR);
      why[h] = "headline";
      for (let i = 0; i < h; i++) why[i] ??= "before the headline";
    }
  }
  for (let i = 0; i < headEnd; i++) if (!why[i] && isMasthead(lines[i])) why[i] = "masthead";
  markEnds(lines, why, headEnd, last);
  // some rules hold only on a scraped page, one that shows chrome elsewhere: in clean text a
  // closing list may be verse and a short line between paragraphs a section heading
  const scraped = why.some((w) => w != null && w !== "headline");
  markCaptions(lines, why, headEnd, scraped);
  markRepeats(lines, why, keyOf(title));
  return result(title, lines, why);
}

const isNull = (w: string | null): boolean => w === null;

/** The kept lines as the body, the others with their reason. */
function result(title: string, lines: Line[], why: (string | null)[]): CleanedLines {
  const body: string[] = [];
  const dropped: CleanedLines["dropped"] = [];
  for (let i = 0; i < lines.length; i++) {
    const w = why[i];
    if (!w) body.push(lines[i].text);
    else if (w !== "headline") dropped.push({ text: lines[i].text, why: w });
  }
  if (!title && body.length) title = body.shift()!;
  return { title, body, dropped };
}

const SENTENCE_END = /[.!?؟…]["'»”’)]*\s+/gu;
// what a SENTENCE_END match is made of (and surrogates, not to start inside a pair)
const IN_SENTENCE_END = /[.!?؟…"'»”’)\s\ud800-\udfff]/u;
/** Does text hold at least n spaces from index `at` on? */
function spacesFrom(text: string, at: number, n: number): boolean {
  let k = 0;
  for (let i = text.indexOf(" ", at); i >= 0; i = text.indexOf(" ", i + 1)) if (++k >= n) return true;
  return false;
}

// IN_SENTENCE_END's answer per code unit, filled as met (0: not yet asked, 1: no, 2: yes): no
// one-character string and regex run per paragraph
const IN_END = new Uint8Array(0x10000);
const inSentenceEnd = (c: number): boolean =>
  (IN_END[c] || (IN_END[c] = IN_SENTENCE_END.test(String.fromCharCode(c)) ? 2 : 1)) === 2;
/** A chrome label is short: only a tail of at most this many characters can be one. */
const TAIL = 300;

/**
 * Chrome glued to the end of a paragraph by the scraper ("... الماضي. رابط الخبر بصحيفة ...:
 * <headline>"): from a sentence boundary on, the rest of the line is one chrome label.
 */
export function trimTrailingChrome(text: string): string {
  if (text.length < 20) return text;
  // Only boundaries within the last TAIL characters count, so the search starts there, backed up
  // to a character no match can hold: the matches after it are the ones a search from the start
  // finds (none straddles it), and those before it end too early to count.
  let from = Math.max(0, text.length - TAIL);
  while (from > 0 && inSentenceEnd(text.charCodeAt(from - 1))) from--;
  const re = SENTENCE_END;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= text.length) break;
    if (text.length - at > TAIL) continue;
    // a tail of more than LONG words keeps that count in lineOf() (its folded words are not
    // counted), so it is never one of at most 30: no line is made for it
    if (spacesFrom(text, at, LONG_LINE)) continue;
    const tail = lineOf(text.slice(at), 0);
    const c = tail.words <= 30 ? chromeOf(tail) : null;
    if (c && c.kind !== "published" && c.kind !== "byline") { re.lastIndex = 0; return text.slice(0, at).trimEnd(); }
  }
  re.lastIndex = 0;
  return text;
}

/** Lexicon phrases, Latin-only widgets, and the blocks that "comments"/"related" headings open. */
function markChrome(lines: Line[], why: (string | null)[]): void {
  const mass = lines.map((l) => (isProse(l) ? l.text.length : 0));
  const total = mass.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const c = chromeOf(l);
    before += mass[i];
    if (c) {
      why[i] ??= `${c.kind}: ${c.phrase}`;
      if (c.effect === "cut" && before >= total * 0.5) {
        for (let j = i + 1; j < lines.length; j++) why[j] ??= `after ${c.kind} heading`;
        return;
      }
      // a bare heading ("اقرأ أيضا", "الوسوم") heads a list of links or labels: take the list too
      if (l.key === keyOf(c.phrase) && LABELLED_LIST.has(c.kind)) {
        for (let j = i + 1; j < lines.length && j <= i + 8 && !isProse(lines[j]) && lines[j].words <= 20; j++) why[j] ??= `list under ${c.kind}`;
      }
    }
  }
}

/** A line before the body or after it that is only a date (and a time, a place, a cue). */
function markDateLines(lines: Line[], why: (string | null)[], headEnd: number, last: number): void {
  for (let i = 0; i < lines.length; i++) {
    const inEnds = i < headEnd || i > last;
    if (!why[i] && inEnds && lines[i].words <= 14 && dateLine(lines[i].text)) why[i] = "date line";
  }
}

/** Before the body and after it: bylines and labels that repeat, lists of links. */
function markEnds(lines: Line[], why: (string | null)[], headEnd: number, last: number): void {
  if (last < 0) return;
  // after the last paragraph: a run of three or more link-like lines is a list of other stories
  const tail = range(last + 1, lines.length).filter((i) => !why[i]);
  // (only on a page that shows other chrome: verse or a list closing clean text is the article's)
  const scraped = why.some((w) => w != null && w !== "headline");
  const links = tail.filter((i) => isShortLabel(lines[i]) && lines[i].words >= 3 && /^[\p{L}]/u.test(lines[i].text));
  if (scraped && links.length >= 3 && links.length >= tail.length - 1) links.forEach((i) => (why[i] = "list of links"));
  // a short tail line that repeats a line of the head (byline, site name, place line)
  const headKeys = range(0, headEnd).filter((i) => lines[i].words <= 8).map((i) => ` ${lines[i].key} `);
  for (const i of tail) {
    if (!why[i] && lines[i].words <= 6 && headKeys.some((k) => k.includes(` ${lines[i].key} `))) why[i] = "repeated byline";
  }
}

/**
 * Captions: a line wholly in parentheses of a few words ("(أرشيفية)", "(رويترز)"), or a short
 * line that merely repeats a name the article gives ("فلاديمير بوتين" under a photo): right under
 * the headline, or on a scraped page between two paragraphs when it is name-shaped (two to four words, no bullet,
 * no "و" joining two nouns, not opening with ال as section headings do) and a word of it comes back
 * in the text (people are named more than once). Section headings, which also echo the text, stay.
 */
function markCaptions(lines: Line[], why: (string | null)[], headEnd: number, scraped: boolean): void {
  const prose: Line[] = []; // (a literal, not filter's result: see cleanLines)
  for (let i = 0; i < lines.length; i++) if (!why[i] && isProse(lines[i])) prose.push(lines[i]);
  const counts = new Map<string, number>();
  const inProse = (l: Line) => prose.some((p) => p !== l && (" " + p.key + " ").includes(" " + l.key + " "));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (why[i] || l.sentence || l.words > 5) continue;
    if (/^\s*[(\[].*[)\]]\s*$/.test(l.text) && l.words <= 4) { why[i] = "caption"; continue; }
    if (i < headEnd) { if (l.words >= 2 && inProse(l)) why[i] = "caption repeating a name"; continue; }
    const prev = i > 0 ? lines[i - 1] : undefined, next = i + 1 < lines.length ? lines[i + 1] : undefined; // (no read outside: it deoptimizes)
    const between = prev && next && isProse(prev) && isProse(next) && !why[i - 1] && !why[i + 1];
    if (!scraped || !between || !nameShaped(l) || !inProse(l)) continue;
    if (!counts.size) for (const p of prose) for (const w of p.key.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
    if (l.key.split(" ").some((w) => (counts.get(w) ?? 0) >= 2)) why[i] = "caption repeating a name";
  }
}

const nameShaped = (l: Line): boolean =>
  l.words >= 2 && l.words <= 4 && /^[\p{L}]/u.test(l.text) && !/[:：]\s*$/.test(l.text) && !l.key.startsWith("ال") && !/ و/.test(l.key);

/** A paragraph said twice (or the headline again as a body line) keeps its first place only. */
function markRepeats(lines: Line[], why: (string | null)[], titleKey: string): void {
  // What two lines must share to be the same paragraph: for short lines their folded words, for
  // long ones (their key is not made) their text, compared without hashing it (a long line has
  // more spaces than any short line's key, so only the headline's key could equal it)
  const seen = new Set<string>(titleKey ? [titleKey] : []);
  const long: string[] = [];
  const kept: Line[] = []; // (a literal, not filter's result: see cleanLines)
  for (let i = 0; i < lines.length; i++) if (!why[i]) kept.push(lines[i]);
  for (let i = 0; i < lines.length; i++) {
    if (why[i]) continue;
    const l = lines[i];
    const isLong = l.words > LONG_LINE;
    const k = isLong ? l.text : l.key;
    if (!k) continue;
    if (isLong ? k === titleKey || long.includes(k) : seen.has(k)) { why[i] = "repeated"; continue; }
    // a teaser cut short with an ellipsis that another paragraph gives in full
    const teaser = l.words >= 6 && endsWithEllipsis(l.text);
    if (teaser && kept.some((p) => p !== l && p.key.length > l.key.length && p.key.startsWith(l.key))) { why[i] = "teaser"; continue; }
    if (isLong) long.push(k);
    else seen.add(k);
  }
}

/** /(\.\.\.|…)\s*$/ without a regex search through the line. */
function endsWithEllipsis(text: string): boolean {
  let e = text.length;
  while (e > 0 && SPACE.test(text[e - 1])) e--;
  return e > 0 && (text.charCodeAt(e - 1) === 0x2026 || (e >= 3 && text.endsWith("...", e)));
}
const SPACE = /\s/;

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

function findLast<T>(xs: T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i], i)) return i;
  return -1;
}
