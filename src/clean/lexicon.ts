// The chrome-phrase lexicon (data/lexicon/boilerplate.tsv), compiled once: which lines of a page
// are labels of menus, share bars, comment forms, tag lists, footers. A row matches on folded
// words, so spelling variants (أ/ا, ى/ي, tanween) meet.
import { readTsv } from "../core/tsv.ts";
import { RasidError } from "../core/errors.ts";
import { keyOf, type Line } from "./shape.ts";

export type ChromeKind =
  | "nav" | "share" | "readmore" | "related" | "comment" | "tags" | "ad" | "caption" | "byline"
  | "copyright" | "newsletter" | "cookie" | "js" | "source" | "published";

export interface Chrome { kind: ChromeKind; effect: "drop" | "cut"; phrase: string }
interface Row extends Chrome { key: string; match: "line" | "start" | "label" | "contains" }

const FILE = new URL("../../data/lexicon/boilerplate.tsv", import.meta.url).pathname;
const MATCHES = new Set(["line", "start", "label", "contains"]);
const MAX_PHRASE = 6; // words

// rows indexed by their folded phrase; a phrase may have one row per match kind
let INDEX: Map<string, Row[]> | null = null;
// first words of "contains" phrases (with the most words a line may have for them to count),
// so that a line is scanned only where such a phrase could start
const FIRST = new Map<string, number>();
// first words of "start" and "label" phrases: a line that begins with none of them has no prefix to look up
const STARTS = new Set<string>();

function index(): Map<string, Row[]> {
  if (INDEX) return INDEX;
  INDEX = new Map();
  for (const { row, file, line } of readTsv(FILE)) {
    if (!MATCHES.has(row.match) || (row.effect !== "drop" && row.effect !== "cut")) {
      throw new RasidError("E_INTERNAL", `${file}:${line}`, `bad match "${row.match}" or effect "${row.effect}"`);
    }
    const key = keyOf(row.phrase);
    if (!key || key.split(" ").length > MAX_PHRASE) continue;
    const r: Row = { phrase: row.phrase, key, kind: row.kind as ChromeKind, match: row.match as Row["match"], effect: row.effect as Row["effect"] };
    INDEX.set(key, [...(INDEX.get(key) ?? []), r]);
    if (r.match === "start" || r.match === "label") STARTS.add(key.split(" ")[0]);
    if (r.match === "contains") {
      const first = key.split(" ")[0];
      FIRST.set(first, Math.max(FIRST.get(first) ?? 0, LONG_NOTICES.has(r.kind) ? 40 : 14));
      GATE[gateOf(first, 0, first.length)] = 1;
    }
  }
  return INDEX;
}

// notices that run to a sentence or two: a cookie banner, a browser warning, a footer, a comment policy
const LONG_NOTICES: ReadonlySet<string> = new Set(["cookie", "js", "copyright", "comment"]);
const LABEL_SEP = /^\s*[:：\-–—|>»«]/;

/** Does a chrome phrase describe this line? The first matching row, or null. */
export function chromeOf(l: Line): Chrome | null {
  if (l.words > 40) return null;
  const k = l.key;
  if (!k) return null;
  const idx = index();
  // l.words is the key's word count here (lineOf counts a short line's folded words), and no
  // phrase has more than MAX_PHRASE words
  if (l.words <= MAX_PHRASE) {
    const whole = idx.get(k);
    if (whole) return whole[0];
  }
  // the words are read off the key in place (single spaces): k.slice(a, b) for words a..b
  const firstEnd = wordEnd(k, 0);
  // phrases at the start of the line: labels ("اقرأ أيضا: ...") and lead words
  if (firstEnd < k.length && STARTS.has(k.slice(0, firstEnd))) {
    const ends: number[] = [];
    for (let n = 1, e = firstEnd; n <= Math.min(MAX_PHRASE, l.words - 1); n++, e = wordEnd(k, e + 1)) ends.push(e);
    for (let n = ends.length; n >= 1; n--) {
      const rs = idx.get(k.slice(0, ends[n - 1])); // (no `?? []`: an empty literal's map deoptimized chromeOf)
      if (rs) for (const r of rs) {
        if (r.match !== "start" && r.match !== "label") continue;
        const labelled = LABEL_SEP.test(afterPhrase(l.text, n));
        const hit = r.match === "label" ? labelled && l.words <= 30 : l.words <= 12 || (l.words <= 30 && (labelled || !l.sentence));
        if (hit) return r;
      }
    }
  }
  // phrases anywhere in a short line: only where a "contains" phrase may start (a word that
  // passes the gate on its length and end letters, then FIRST)
  for (let a = 0, b = firstEnd; a < k.length; a = b + 1, b = wordEnd(k, a)) {
    if (!GATE[gateOf(k, a, b)]) continue;
    if ((FIRST.get(k.slice(a, b)) ?? 0) < l.words) continue;
    for (let n = 1, e = b; n <= MAX_PHRASE; n++, e = wordEnd(k, e + 1)) {
      const rs = idx.get(k.slice(a, e));
      if (rs) for (const r of rs) if (r.match === "contains" && l.words <= (LONG_NOTICES.has(r.kind) ? 40 : 14)) return r;
      if (e >= k.length) break;
    }
  }
  return null;
}

/** End of the word of key k that starts at a (the next space, or the end). */
function wordEnd(k: string, a: number): number {
  const e = k.indexOf(" ", a);
  return e < 0 ? k.length : e;
}

// a filter over the first words of "contains" phrases by length and end letters, so that most
// words of a line are passed over without a substring and a Map read
const GATE = new Uint8Array(1 << 12);
const gateOf = (k: string, a: number, b: number): number =>
  ((b - a) * 73 + k.charCodeAt(a) * 31 + k.charCodeAt(b - 1)) & 0xfff;

/** The text of a line after its first n words (punctuation kept). */
function afterPhrase(text: string, n: number): string {
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < n; i++) { m = re.exec(text); if (!m) return ""; }
  return m ? text.slice(m.index + m[0].length) : "";
}
