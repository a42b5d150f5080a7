// A time said between a verb and what it governs. Arabic puts the time of an act right after the
// verb and its subject, before the object ("اعتقلت الشرطة، الليلة الماضية، فلانا") or before the
// masdar of a support verb ("نفذ التنظيم في الأسبوع الأخير من يونيو هجوما"). Such words name no
// actor and close no clause: the object still follows them. Time words: the time-word class
// (الليلة، الماضية، الأسبوع), the adverb class (أمس، صباح, weekdays), numbers, and the one-word month
// and weekday names of data/lexicon/months.tsv.
import path from "node:path";
import type { Token } from "../core/document.ts";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { normalize } from "../text/normalize.ts";
import { bareWord, isAdverb, isBreak } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

let calendar: Set<string> | null = null;
/** One-word month and weekday names, normalized (read once). */
function calendarWords(): Set<string> {
  if (calendar) return calendar;
  calendar = new Set();
  for (const { row } of readTsv(path.join(LEXICON_DIR, "months.tsv"))) {
    if ((row.kind !== "month" && row.kind !== "weekday") || !row.form || row.form.includes(" ")) continue;
    calendar.add(normalize(row.form));
  }
  return calendar;
}

const TIME = wordClass("time-word");
const DAWN = normalize("فجر");
/** Little words that join a time phrase's parts: "في الأسبوع"، "من يونيو"، "قبل الماضية"، "حزيران - يونيو". */
const JOINERS = new Set(["في", "من", "خلال", "منذ", "قبل", "بعد", "-", "–"]);

/** Is the token a word of a time (or a number)? */
export function isTimeWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (isAdverb(t)) return true;
  if (t.kind !== "word") return false;
  const w = bareWord(t);
  return TIME.has(w) || calendarWords().has(w);
}

/** Is toks[i] part of a time phrase: a time word, or a joiner right before one ("في الأسبوع")? */
export function inTimePhrase(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (isTimeWord(t)) return true;
  // "فجر اليوم"، "فجر أمس الجمعة" (at dawn): the adverb class cannot hold فجر, which reads as ف + جر
  // there; before a day word it is dawn, not the verb فجّر (the rows "فجر اليوم" … of event-triggers.tsv)
  if (t.norm === DAWN && isTimeWord(toks[i + 1])) return true;
  return JOINERS.has(t.norm) && i + 1 < toks.length && isTimeWord(toks[i + 1]);
}

/** "، الليلة قبل الماضية، X": for the comma at `open`, the index of the comma that closes an aside
 *  of one to five words of a time phrase, when it closes before `end`; else -1. */
export function timeAsideEnd(toks: Token[], open: number, end: number): number {
  let words = 0;
  for (let j = open + 1; j < end && j <= open + 6; j++) {
    const t = toks[j];
    if (t.text === "،") return words > 0 ? j : -1;
    if (isBreak(t) && !JOINERS.has(t.norm)) return -1;
    if (!inTimePhrase(toks, j)) return -1;
    words++;
  }
  return -1;
}

/** "شنت مقاتلات التحالف أمس، غارات": a comma closing a time phrase just before it is no clause
 *  break between a support verb and its masdar (branch evdet12). */
export const closesTimePhrase = (toks: Token[], i: number): boolean => toks[i].text === "،" && i > 0 && inTimePhrase(toks, i - 1);
