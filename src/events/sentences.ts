// The sentences events are read in (the text layer's, which never cross a line: the headline is
// line 1 and a subheading a line of its own), and which of them are headings: the headline, or a
// short paragraph without closing punctuation ("مصر تدين التفجير الإرهابي في عسير" above the
// paragraph that tells it). Headings restate the body, so the event finder codes an event from a
// heading only when the body does not tell it.
// A double period followed by a space ("… في القدس.. ورافق عمليات …") ends a sentence here: about
// one SaudiNewsNet article in ten writes its sentences so (the text layer reads it as a pause, as it
// reads an ellipsis), and read as one sentence three arrests in a paragraph are one event, their
// subjects are taken from each other, and the evidence runs past what a reader can check.
// A run-on sentence (longer than RUN_ON_CHARS: a paragraph scraped without its periods, "… برلمان
// كردستان وأضاف علي أن …") is cut before a word that opens a sentence in news (event-word-classes.tsv
// sentence-opener: وقال، وأضاف، وكان …), after a word or a comma ("…، وبحسب المعلومات"): read whole,
// its events take actors from other sentences and their evidence is a paragraph no reader can check.
import type { Document } from "../core/document.ts";
import { lowerBound } from "../actors/ranges.ts";
import type { Range } from "../actors/ranges.ts";
import type { Token } from "../core/document.ts";
import { wordClass } from "./word-classes.ts";
import { firstFrom, formGate, tokensPassing } from "../text/form-gate.ts";

export interface EventSentences {
  ranges: Range[];       // token ranges [start, end): the text layer's sentences, cut at ".. "
  heading: boolean[];    // per sentence
}

/** The index of the event sentence holding token i (ranges are in order and cover every token). */
export function sentenceOf(es: EventSentences, i: number): number {
  let lo = 0, hi = es.ranges.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (es.ranges[mid][0] <= i) lo = mid; else hi = mid - 1; }
  return lo;
}

/** ".. " between two words: exactly two periods, a space after them (not "..." nor "…"). */
const DOUBLE_PERIOD = /(?<!\.)\.\.\s+(?=\S)/g;

const HEADING_MAX_WORDS = 20;
const CLOSING = /[.!?؟:…»"”)]\s*$/;

export function eventSentences(doc: Document): EventSentences {
  const toks = doc.tokens, text = doc.text, paras = doc.paragraphs;
  // arrays made by literals and filled by push: a builtin's result (map, new Array().fill) takes
  // its elements kind from its content, and a kind first seen late deoptimizes the callers
  const ranges: Range[] = [], heading: boolean[] = [];
  let p = 0;
  let opens: Int32Array | null = null; // the tokens written as an opener, found when a sentence runs on
  for (const s of doc.sentences) {
    while (p < paras.length && paras[p].end < s.end) p++;
    const para = paras[p];
    const from = ranges.length;
    let at = s.start;
    const piece = text.slice(s.start, s.end);
    if (piece.includes("..")) {
      DOUBLE_PERIOD.lastIndex = 0;
      for (let m = DOUBLE_PERIOD.exec(piece); m; m = DOUBLE_PERIOD.exec(piece)) {
        const cut = s.start + m.index + 2;
        ranges.push([lowerBound(toks, at), lowerBound(toks, cut)]); heading.push(false);
        at = s.start + m.index + m[0].length;
      }
    }
    ranges.push([lowerBound(toks, at), lowerBound(toks, s.end)]); heading.push(false);
    if (s.end - s.start > RUN_ON_CHARS) cutRunOn(toks, ranges, heading, from, (opens ??= tokensPassing(OPENER, toks, OPENERS)));
    if (!para) continue;
    if (p === 0) { for (let k = from; k < ranges.length; k++) heading[k] = true; continue; } // the headline
    if (ranges.length - from > 1) continue; // a paragraph of several sentences heads nothing
    const whole = para.start === s.start && para.end === s.end;
    const [a, b] = ranges[from];
    heading[from] = whole && b - a <= HEADING_MAX_WORDS && p + 1 < paras.length && !CLOSING.test(text.slice(toks[b - 1]?.start ?? s.start, s.end));
  }
  return { ranges, heading };
}

const RUN_ON_CHARS = 400; // about 70 words: longer than a sentence of news written with its periods
const OPENERS = wordClass("sentence-opener");
// the tokens written as a sentence opener, found by form (text/form-gate.ts)
const OPENER = formGate((t, openers: ReadonlySet<string>) => openers.has(t.norm));

/** Cut the ranges from `from` on before each sentence opener (after a word, a comma or a closing quote). `opens`: the openers' token indices, ascending. */
function cutRunOn(toks: Token[], ranges: Range[], heading: boolean[], from: number, opens: Int32Array): void {
  const pieces = ranges.splice(from);
  heading.length = from;
  for (const [a, b] of pieces) {
    let at = a;
    for (let j = firstFrom(opens, a + 1); j < opens.length && opens[j] < b; j++) {
      const i = opens[j];
      if (!OPENERS.has(toks[i].norm) || i - at < MIN_WORDS) continue;
      ranges.push([at, i]); heading.push(false);
      at = i;
    }
    ranges.push([at, b]); heading.push(false);
  }
}
const MIN_WORDS = 6; // a piece shorter than this is no sentence of its own
