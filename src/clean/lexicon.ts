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
let ROWS: Row[] | null = null;

function rows(): Row[] {
  if (ROWS) return ROWS;
  ROWS = readTsv(FILE).map(({ row, file, line }) => {
    if (!MATCHES.has(row.match) || (row.effect !== "drop" && row.effect !== "cut")) {
      throw new RasidError("E_INTERNAL", `${file}:${line}`, `bad match "${row.match}" or effect "${row.effect}"`);
    }
    return { phrase: row.phrase, key: keyOf(row.phrase), kind: row.kind as ChromeKind, match: row.match as Row["match"], effect: row.effect as Row["effect"] };
  }).filter((r) => r.key);
  return ROWS;
}

// notices that run to a sentence or two: a cookie banner, a browser warning, a footer, a comment policy
const LONG_NOTICES: ReadonlySet<string> = new Set(["cookie", "js", "copyright", "comment"]);
const LABEL_SEP = /^\s*[:：\-–—|>»«]/;

/** Does a chrome phrase describe this line? The first matching row, or null. */
export function chromeOf(l: Line): Chrome | null {
  const k = l.key;
  if (!k) return null;
  for (const r of rows()) {
    let hit = false;
    if (k === r.key) hit = true;
    else if (r.match === "start" || r.match === "label") {
      if (k.startsWith(r.key + " ")) {
        const after = afterPhrase(l.text, r.key.split(" ").length);
        const labelled = LABEL_SEP.test(after);
        hit = r.match === "label" ? labelled && l.words <= 30 : l.words <= 12 || (l.words <= 30 && (labelled || !l.sentence));
      }
    } else if (r.match === "contains") {
      hit = l.words <= (LONG_NOTICES.has(r.kind) ? 40 : 14) && (" " + k + " ").includes(" " + r.key + " ");
    }
    if (hit) return { kind: r.kind, effect: r.effect, phrase: r.phrase };
  }
  return null;
}

/** The text of a line after its first n words (punctuation kept). */
function afterPhrase(text: string, n: number): string {
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < n; i++) { m = re.exec(text); if (!m) return ""; }
  return m ? text.slice(m.index + m[0].length) : "";
}
