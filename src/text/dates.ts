// Dates written in page text: "الأحد 2 آب/أغسطس 2015", "٢ ت2 ٢٠١٥", "10 شوال 1436هـ",
// "2015/08/02", "02-08-2015". The press uses several month systems at once (Syriac/Levantine,
// Egyptian-Gulf, Maghrebi, Hijri), so month names are data (data/lexicon/months.tsv) and the
// grammar here only knows the order of parts: [weekday] day [من] [شهر] month [month] [عام] year
// [era], or month year, or three numbers. Matching runs on normalize()d words, so hamza forms and
// either digit script meet; every match keeps its UTF-16 offsets into the original string.
//
// Hijri dates become Gregorian only when complete (day, month, year). The conversion uses the
// Umm al-Qura calendar through Intl (the calendar of the Saudi and Gulf press, and what ICU ships
// with Node): the tabular Islamic calendar gives a first estimate, and the days around it are
// searched with Intl.DateTimeFormat("…-u-ca-islamic-umalqura"). Where Intl lacks that calendar the
// tabular date (which can differ by a day or two) is used as is.
import { readTsv } from "../core/tsv.ts";
import { normalize, asciiDigits } from "./normalize.ts";

export interface DateMatch {
  start: number;            // UTF-16 offsets into the string searched
  end: number;
  text: string;
  year: number | null;      // as written (a Hijri year for Hijri dates)
  month: number;
  day: number | null;
  calendar: "gregorian" | "hijri";
  iso: string | null;       // Gregorian YYYY-MM-DD when the date is complete, else null
}

interface Entry { words: string[]; kind: string; value: string; calendar: string }
interface Tok { start: number; end: number; norm: string; digits: boolean }

const TOKEN = /[\p{L}\p{M}]+|[0-9\u0660-\u0669\u06f0-\u06f9]+/gu;
const GAP = /^[\s\u200e\u200f\/\\\-–—.,،()\[\]]*$/;

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const digits = /^[0-9\u0660-\u0669\u06f0-\u06f9]/.test(m[0]);
    const norm = digits ? asciiDigits(m[0]) : normalize(m[0]);
    if (norm) out.push({ start: m.index!, end: m.index! + m[0].length, norm, digits });
  }
  return out;
}

let LEXICON: Map<string, Entry[]> | null = null;
let CUES: string[][] | null = null;

function lexicon(): Map<string, Entry[]> {
  if (LEXICON) return LEXICON;
  const byFirst = new Map<string, Entry[]>();
  const cues: string[][] = [];
  for (const { row } of readTsv(new URL("../../data/lexicon/months.tsv", import.meta.url).pathname)) {
    const words = tokens(row.form).map((t) => t.norm);
    if (!words.length) continue;
    if (row.kind === "cue") { cues.push(words); continue; }
    const e: Entry = { words, kind: row.kind, value: row.value, calendar: row.calendar };
    const list = byFirst.get(words[0]) ?? [];
    list.push(e);
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0], list);
  }
  LEXICON = byFirst;
  CUES = cues;
  return byFirst;
}

/** The lexicon entry of `kind` starting at token i (longest form first), or null. */
function entryAt(s: string, toks: Tok[], i: number, kind: string): Entry | null {
  const list = lexicon().get(toks[i]?.norm ?? "");
  if (!list) return null;
  for (const e of list) {
    if (e.kind !== kind || i + e.words.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < e.words.length && ok; k++) {
      ok = toks[i + k].norm === e.words[k] && joined(s, toks, i + k);
    }
    if (ok) return e;
  }
  return null;
}

/** Token i follows token i-1 with only spaces or date punctuation between them. */
const joined = (s: string, toks: Tok[], i: number) => i > 0 && i < toks.length && GAP.test(s.slice(toks[i - 1].end, toks[i].start));

const num = (t: Tok | undefined) => (t && t.digits ? Number(t.norm) : NaN);

function skipFillers(s: string, toks: Tok[], j: number): number {
  while (j < toks.length && joined(s, toks, j) && entryAt(s, toks, j, "filler")) j += entryAt(s, toks, j, "filler")!.words.length;
  return j;
}

interface Parsed { end: number; year: number | null; month: number; day: number | null; calendar: "gregorian" | "hijri" }

/** A date starting at token i (its first token is a day number, a month name or a number triple). */
function parseAt(s: string, toks: Tok[], i: number): Parsed | null {
  const t = toks[i];
  if (t.digits) return numeric(s, toks, i) ?? dayMonthYear(s, toks, i);
  const m = entryAt(s, toks, i, "month");
  if (!m) return null;
  let j = i + m.words.length;
  // English "August 2, 2015"
  if (m.calendar === "gregorian" && /^[a-z]/.test(m.words[0]) && joined(s, toks, j) && num(toks[j]) <= 31 && joined(s, toks, j + 1) && toks[j + 1].norm.length === 4) {
    return withEra(s, toks, j + 2, { year: num(toks[j + 1]), month: +m.value, day: num(toks[j]), calendar: "gregorian" });
  }
  j = skipFillers(s, toks, j);
  if (joined(s, toks, j) && toks[j].digits && toks[j].norm.length === 4) {
    return withEra(s, toks, j + 1, { year: num(toks[j]), month: +m.value, day: null, calendar: m.calendar as "gregorian" | "hijri" });
  }
  return null;
}

function dayMonthYear(s: string, toks: Tok[], i: number): Parsed | null {
  const day = num(toks[i]);
  if (!(day >= 1 && day <= 31) || toks[i].norm.length > 2) return null;
  let j = skipFillers(s, toks, i + 1);
  if (!joined(s, toks, j)) return null;
  const m = entryAt(s, toks, j, "month");
  if (!m) return null;
  j += m.words.length;
  // a second name of the same month: "آب/أغسطس", "آب (أغسطس)", "مارس آذار"
  const m2 = joined(s, toks, j) ? entryAt(s, toks, j, "month") : null;
  if (m2 && m2.value === m.value && m2.calendar === m.calendar) j += m2.words.length;
  const k = skipFillers(s, toks, j);
  const calendar = m.calendar as "gregorian" | "hijri";
  if (joined(s, toks, k) && toks[k].digits && toks[k].norm.length === 4) {
    return withEra(s, toks, k + 1, { year: num(toks[k]), month: +m.value, day, calendar });
  }
  if (/^[a-z]/.test(m.words[0])) return null; // "2 may" is not a date without its year
  return parsed(toks[j - 1].end, null, +m.value, day, calendar);
}

/** Three numbers with one kind of separator: 2015/08/02, 02-08-2015, 26/7/2015, 1436/10/10هـ. */
function numeric(s: string, toks: Tok[], i: number): Parsed | null {
  if (!(joined(s, toks, i + 1) && joined(s, toks, i + 2) && toks[i + 1].digits && toks[i + 2].digits)) return null;
  const sep1 = s.slice(toks[i].end, toks[i + 1].start).trim(), sep2 = s.slice(toks[i + 1].end, toks[i + 2].start).trim();
  if (sep1 !== sep2 || !/^[\/\-.]$/.test(sep1)) return null;
  const [a, b, c] = [num(toks[i]), num(toks[i + 1]), num(toks[i + 2])];
  const [la, lc] = [toks[i].norm.length, toks[i + 2].norm.length];
  let y: number, m: number, d: number;
  if (la === 4 && lc <= 2) [y, m, d] = [a, b, c];
  else if (lc === 4 && la <= 2) {
    // day first, as the Arabic press writes it, unless the middle number cannot be a month
    [y, m, d] = b > 12 && a <= 12 ? [c, a, b] : [c, b, a];
  } else return null;
  const p = withEra(s, toks, i + 3, { year: y, month: m, day: d, calendar: y >= 1300 && y < 1700 ? "hijri" : "gregorian" });
  return p;
}

/** Consume an era word after the year ("هـ", "م"), which also settles the calendar. */
function withEra(s: string, toks: Tok[], j: number, p: Omit<Parsed, "end">): Parsed {
  const era = joined(s, toks, j) ? entryAt(s, toks, j, "era") : null;
  if (era) return parsed(toks[j + era.words.length - 1].end, p.year, p.month, p.day, era.value === "hijri" ? "hijri" : p.calendar);
  return parsed(toks[j - 1].end, p.year, p.month, p.day, p.calendar);
}

/** Every Parsed is made here, its fields in one order (spread copies and a literal in another
 *  order made three maps, and one first seen late deoptimized findDates and the cleaner). */
function parsed(end: number, year: number | null, month: number, day: number | null, calendar: Parsed["calendar"]): Parsed {
  return { end, year, month, day, calendar };
}

const pad = (n: number) => String(n).padStart(2, "0");

function gregorianIso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const UMALQURA = (() => {
  try {
    const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
    return f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
  } catch { return null; }
})();

/** Hijri (Umm al-Qura where Intl has it, else tabular) to Gregorian ISO, or null if no such day. */
export function hijriToIso(y: number, m: number, d: number): string | null {
  if (y < 1300 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  // tabular Islamic calendar (civil epoch, 16 July 622 Julian = JD 1948439.5)
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  const base = Math.round((jd - 2440587.5) * 86400000);
  if (!UMALQURA) return d === 30 && m % 2 === 0 && !(m === 12 && (14 + 11 * y) % 30 < 11) ? null : isoOf(base);
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const t = base + delta * 86400000;
    const parts = UMALQURA.formatToParts(new Date(t));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    if (get("year") === y && get("month") === m && get("day") === d) return isoOf(t);
  }
  return null;
}

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function toIso(p: Parsed): string | null {
  if (p.year == null || p.day == null) return null;
  return p.calendar === "hijri" ? hijriToIso(p.year, p.month, p.day) : gregorianIso(p.year, p.month, p.day);
}

/** Every date written in `s`, complete or partial, in order, without overlaps. */
export function findDates(s: string): DateMatch[] {
  const toks = tokens(s);
  const out: DateMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    let first = i;
    if (entryAt(s, toks, i, "weekday")) {
      const w = entryAt(s, toks, i, "weekday")!;
      if (!joined(s, toks, i + w.words.length)) continue;
      i += w.words.length;
    }
    const p = parseAt(s, toks, i);
    if (!p) { i = first; continue; }
    if (p.calendar === "gregorian" && p.year != null && (p.year < 1900 || p.year > 2100)) continue;
    if (p.calendar === "hijri" && p.year != null && (p.year < 1300 || p.year > 1600)) continue;
    const start = toks[first].start;
    out.push({ start, end: p.end, text: s.slice(start, p.end), year: p.year, month: p.month, day: p.day, calendar: p.calendar, iso: toIso(p) });
    while (i + 1 < toks.length && toks[i + 1].start < p.end) i++;
  }
  return out;
}

/** The first complete date in `s` as Gregorian ISO YYYY-MM-DD, or null. */
export function parseDate(s: string): string | null {
  for (const d of findDates(s)) if (d.iso) return d.iso;
  return null;
}

/**
 * How much of a line a date takes: a "date line" (page chrome such as "الأحد 2 أغسطس 2015 -
 * 10:30 ص") is mostly date. Returns the complete date when the line is one, else null.
 */
export function dateLine(line: string): string | null {
  const dates = findDates(line).filter((d) => d.iso);
  if (!dates.length) return null;
  const rest = dates.reduce((s, d) => s.replace(d.text, " "), line);
  const words = tokens(rest).filter((t) => !t.digits);
  if (words.length > 5 || (hasCue(line) === false && words.length > 3)) return null;
  return dates[0].iso;
}

/** True when the line says it gives the page's publication or update date ("نشر في", "آخر تحديث"). */
export function hasCue(line: string): boolean {
  lexicon();
  const norms = tokens(line).map((t) => t.norm);
  return CUES!.some((cue) => norms.some((_, i) => cue.every((w, k) => norms[i + k] === w)));
}

/**
 * The page's publication date, from a date line near the headline or a line with a publication
 * cue near the top or the bottom of the page. A date in the article's prose is not the page's.
 */
export function findPublished(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let firstBody = lines.findIndex((l) => l.length >= 160);
  if (firstBody < 0) firstBody = Math.min(lines.length, 3);
  const head = lines.slice(0, Math.min(firstBody + 1, 15));
  const tail = lines.slice(Math.max(head.length, lines.length - 6));
  for (const l of [...head, ...tail]) {
    if (l.length > 200) continue;
    const iso = hasCue(l) ? parseDate(l) : dateLine(l);
    if (iso) return iso;
  }
  return null;
}
