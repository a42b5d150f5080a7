// Counts a sentence gives ("300 مقاتل"، "ألفا عنصر"، "نحو 45 من مقاتلي"، "عشرات المدنيين") and the
// deaths an attack caused ("قتل 14 جنديا"، "مقتل 45"، "15 قتيلا"). Number words and counted
// nouns come from data/lexicon/numbers.tsv.
import path from "node:path";
import type { Quantity } from "../core/contract.ts";
import type { Token } from "../core/document.ts";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { tokenForms } from "../lexicon/phrase-index.ts";
import { asciiDigits, normalize } from "../text/normalize.ts";
import { wordClass } from "./word-classes.ts";
import { firstFrom, formGate, tokensPassing } from "../text/form-gate.ts";

interface Value { readonly value: number; readonly approx: boolean }
interface NumberWords { values: Map<string, Value>; units: Map<string, string>; firstChars: Uint8Array; lastPairs: Set<number>; secondOfPair: Uint8Array; ungated: boolean }
let cache: NumberWords | null = null;
function words(): NumberWords {
  if (cache) return cache;
  const numbers = new Map<string, number>(), approx = new Map<string, number>();
  const c: NumberWords = { values: new Map(), units: new Map(), firstChars: new Uint8Array(65536), lastPairs: new Set(), secondOfPair: new Uint8Array(65536), ungated: false };
  for (const { row } of readTsv(path.join(LEXICON_DIR, "numbers.tsv"))) {
    const f = normalize(row.form);
    if (row.kind === "number") numbers.set(f, Number(row.value));
    else if (row.kind === "approx") approx.set(f, Number(row.value));
    else c.units.set(f, row.value);
  }
  // one read per form: an exact number word wins over an approximate one of the same form
  for (const [f, value] of approx) c.values.set(f, { value, approx: true });
  for (const [f, value] of numbers) c.values.set(f, { value, approx: false });
  // a number word's token starts with its first letter or a proclitic (و ف ب ل ك, ال): a cheap gate
  for (const f of c.values.keys()) c.firstChars[f.charCodeAt(0)] = 1; // (a table: one read per word, no Set hash)
  for (const ch of "وفبلكا") c.firstChars[ch.charCodeAt(0)] = 1;
  // and its folded word holds the number word's last two letters (see mayHoldNumber)
  for (const f of c.values.keys()) {
    if (f.length < 2) { c.ungated = true; continue; } // (a one-letter number word: no letter pair to gate on)
    const x = f.charCodeAt(f.length - 2), y = f.charCodeAt(f.length - 1);
    c.lastPairs.add(x * 65536 + y);
    c.secondOfPair[y] = 1;
    // ة is written ت before a pronoun ("عشرته"): the reading restores it, the word holds ت
    if (y === HA) { c.lastPairs.add(x * 65536 + TA); c.secondOfPair[TA] = 1; }
  }
  return (cache = c);
}

const HA = 0x647, TA = 0x62a; // ه (ة folded), ت

/** Can a word folded to `norm` read as a number word? A reading's stem is a stretch of the folded
 *  word (text/clitics.ts) but in two cases: ل + ال written لل ("للالاف" reads ل + "الالاف"), where
 *  the stem's letters after its ا are, and ة written ت before a pronoun ("عشرته" reads "عشره" +
 *  ه), where the ت stands for the last letter. So a number word's last two letters (or, for one
 *  ending in ه, the letter before it and ت) stand side by side in `norm`. Most words have no such
 *  pair, and their readings are never read. */
function mayHoldNumber(w: NumberWords, norm: string): boolean {
  if (w.ungated) return true;
  for (let j = 1; j < norm.length; j++) {
    const y = norm.charCodeAt(j);
    if (w.secondOfPair[y] === 1 && w.lastPairs.has(norm.charCodeAt(j - 1) * 65536 + y)) return true;
  }
  return false;
}

const KILL = wordClass("kill-noun");
const SKIP = wordClass("count-approximator");

/** Is the token a count, in digits or words ("14"، "عشرة"، "عشرات")? */
export const isCount = (t: Token | undefined): boolean => !!t && valueAt(t) !== null;

/** Value of token i as a number (digits or a number word), or null. Shared: read only. */
function valueAt(t: Token): Value | null {
  if (t.kind === "number") { const v = Number(asciiDigits(t.text).replace(/[,٬]/g, "")); return Number.isFinite(v) ? { value: v, approx: false } : null; }
  if (t.kind !== "word") return null;
  const w = words();
  const norm = t.norm;
  if (norm.length === 0 || w.firstChars[norm.charCodeAt(0)] !== 1 || !mayHoldNumber(w, norm)) return null;
  // the token's readings directly (no list of forms is built for every word of a sentence)
  for (const r of t.readings) {
    const v = w.values.get(r.norm) ?? (r.bare === r.norm ? undefined : w.values.get(r.bare));
    if (v) return v;
  }
  return null;
}

// (valueAt reads the token's kind, text, norm and readings and the number words: its form's answer)
const COUNTED = formGate((t, _w: NumberWords) => valueAt(t) !== null);

function unitAt(t: Token | undefined): string | null {
  if (!t) return null;
  const w = words();
  for (const f of tokenForms(t, "noun")) if (w.units.has(f)) return w.units.get(f)!;
  return null;
}

export interface Counts { quantities: Quantity[]; fatalities: number | null }

/** Quantities and fatalities in tokens [from, to) of a sentence. */
export function countsIn(text: string, toks: Token[], from: number, to: number): Counts {
  const quantities: Quantity[] = [];
  let fatalities: number | null = null;
  // the document's tokens that hold a value, found by form; `next`: the first not yet read
  const counted = tokensPassing(COUNTED, toks, words());
  for (let k = firstFrom(counted, from), next = from; k < counted.length; k++) {
    const i = counted[k];
    if (i >= to) break;
    if (i < next) continue;
    const v = valueAt(toks[i]);
    if (!v) continue;
    if (toks[i].kind === "number" && ((i + 1 < toks.length && toks[i + 1].text === "/") || /^(19|20)\d\d$/.test(toks[i].text))) continue; // dates, years
    let j = i + 1;
    if (j < to && toks[j].norm === "من") j++;
    const of = (j < toks.length ? unitAt(toks[j]) : null) ?? (j < to ? unitAt(toks[j]) : null); // (no read past the end: it deoptimizes)
    const end = of ? j : i;
    let start = i;
    while (start > from && SKIP.has(toks[start - 1].norm) && i - start < 3) start--;
    if (of || v.approx) quantities.push({ text: text.slice(toks[start].start, toks[end].end), value: v.value, of });
    // fatalities: "قتل/مقتل 14 …", "15 قتيلا"
    const prev = start > 0 ? toks[start - 1] : undefined;
    const killedBefore = prev && tokenForms(prev, "noun").some((f) => KILL.has(f));
    if (of === "killed" || (killedBefore && of !== "injured")) fatalities = (fatalities ?? 0) + v.value;
    next = end + 1;
  }
  return { quantities, fatalities };
}

const PEOPLE_UNITS = new Set(["fighters", "soldiers", "security forces", "police", "civilians", "people", "killed", "injured", "protesters"]);
/** "240 ألف شخص"، "50 ألفا و570 جنديا"، "مليوني سوري": token i counts a thousand or more (not a
 *  year) and people are named within three words after it (running-toll.ts, branch evdet12). */
export function thousandsOfPeople(toks: Token[], i: number, to: number): boolean {
  const t = toks[i];
  const v = valueAt(t);
  if (!v || v.value < 1000) return false;
  if (t.kind === "number" && (/^(19|20)\d\d$/.test(t.text) || toks[i + 1]?.text === "/")) return false;
  for (let j = i + 1; j < to && j <= i + 3; j++) {
    const u = unitAt(toks[j]);
    if (u) return PEOPLE_UNITS.has(u);
    if (toks[j].kind === "word" && isNisbaPeople(toks[j])) return true;
  }
  return false;
}
/** "مليوني سوري": a nationality word after a count names its people (a word ending in ي). */
const isNisbaPeople = (t: Token): boolean => t.readings.some((r) => !r.article && !r.post && r.bare.length > 3 && r.bare.endsWith("ي"));
