// Event dates: relative expressions (اليوم، أمس، أول من أمس، الأحد الماضي، يوم السبت، الشهر الماضي)
// resolved against the article's publication date, and day–month dates ("26 مارس"، "20 يوليو
// الماضي"، "3 ت2 الجاري") completed with the publication year. Without `published`, only
// dates that carry their own year resolve.
import path from "node:path";
import type { Token } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { asciiDigits, normalize } from "../text/normalize.ts";

// weekday names and their numbers (0 = Sunday), shared with src/text/dates.ts: data/lexicon/months.tsv
const WEEKDAYS = new Map<string, number>();
for (const { row, file, line } of readTsv(path.join(LEXICON_DIR, "months.tsv"))) {
  if (row.kind !== "weekday") continue;
  const day = Number(row.value);
  if (!Number.isInteger(day) || day < 0 || day > 6) throw new RasidError("E_KB_ROW", `${file}:${line}`, `weekday ${row.form}: value "${row.value}" is not 0-6`);
  WEEKDAYS.set(normalize(row.form), day);
}
// month names: a subset of months.tsv's Gregorian rows; reading that file here would add forms
// (Moroccan, "كانون ثاني", Latin) and so change output: a measured change, not yet made
const MONTHS: Record<string, number> = {};
const add = (names: string, m: number) => { for (const n of names.split(" ")) MONTHS[normalize(n)] = m; };
add("يناير كانون_الثاني ك2 جانفي", 1); add("فبراير شباط فيفري", 2); add("مارس آذار", 3); add("أبريل ابريل نيسان أفريل", 4);
add("مايو أيار ماي", 5); add("يونيو حزيران جوان", 6); add("يوليو تموز جويلية", 7); add("أغسطس اغسطس آب أوت", 8);
add("سبتمبر أيلول", 9); add("أكتوبر اكتوبر تشرين_الأول ت1", 10); add("نوفمبر تشرين_الثاني ت2", 11); add("ديسمبر كانون_الأول ك1", 12);

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The norm of toks[k], undefined outside the array (a read outside it deoptimizes dateIn). */
function normAt(toks: readonly Token[], k: number): string | undefined {
  return k >= 0 && k < toks.length ? toks[k].norm : undefined;
}

function shift(published: string, days: number): string {
  const d = new Date(published + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The date a sentence's tokens [from, to) state, resolved against `published`, or null. */
// words that can open a relative date (with or without a و/ف conjunction), to skip the rest fast
// (each also with و/ف before it: one Set read per word, no string sliced)
const DATE_WORDS = new Set([...WEEKDAYS.keys(), "امس", "البارحه", "اليوم"].flatMap((w) => [w, "و" + w, "ف" + w]));
const isDateWord = (n: string) => DATE_WORDS.has(n);

export function dateIn(toks: Token[], from: number, to: number, published: string | null): string | null {
  for (let i = from; i < to; i++) {
    const n = toks[i].norm;
    if (toks[i].kind !== "number" && !isDateWord(n)) continue;
    const bare = n.replace(/^[وف]/, "");
    // day month [year]
    if (toks[i].kind === "number" && i + 1 < to) {
      const day = Number(asciiDigits(toks[i].text));
      let j = i + 1;
      let mName = toks[j].norm;
      if (mName === "كانون" || mName === "تشرين") { mName = `${mName}_${normAt(toks, j + 1) === "الثاني" ? "الثاني" : "الاول"}`; j++; }
      if ((mName === "ت" || mName === "ك") && j + 1 < toks.length && toks[j + 1].kind === "number") { mName = mName + toks[j + 1].text; j++; }
      const month = MONTHS[mName];
      if (month && day >= 1 && day <= 31) {
        let k = j + 1;
        while (k < to && (toks[k].kind === "punct" || MONTHS[toks[k].norm])) k++; // "مارس آذار", "(تموز)"
        const yTok = k < toks.length ? toks[k] : undefined; // (no read past the end: it deoptimizes)
        let year = yTok && yTok.kind === "number" && /^(19|20)\d\d$/.test(asciiDigits(yTok.text)) ? Number(asciiDigits(yTok.text)) : null;
        if (year === null && published) {
          year = Number(published.slice(0, 4));
          if (month > Number(published.slice(5, 7)) + 1) year--; // "20 ديسمبر" in a January article
        }
        if (year !== null) return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      }
    }
    if (!published) continue;
    if (bare === "امس" || n === "البارحه") {
      return normAt(toks, i - 2) === "اول" || normAt(toks, i - 1) === "اول" ? shift(published, -2) : shift(published, -1);
    }
    if (bare === "اليوم" && normAt(toks, i - 1) !== "حتي" && !/^(ال)?(ذكري)$/.test(normAt(toks, i + 1) ?? "")) return published;
    const target = WEEKDAYS.get(bare);
    if (target !== undefined) {
      const pubDay = new Date(published + "T00:00:00Z").getUTCDay();
      let back = (pubDay - target + 7) % 7;
      if (normAt(toks, i + 1) === "المقبل" || normAt(toks, i + 1) === "القادم") back = back === 0 ? -7 : back - 7;
      else if (back === 0 && normAt(toks, i + 1) === "الماضي") back = 7;
      return shift(published, 0 - back); // (not -back: -0 deoptimized dateIn)
    }
  }
  return null;
}
