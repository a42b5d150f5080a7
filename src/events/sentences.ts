// The sentences events are read in: the text layer's sentences, cut again at every line break
// (the headline is line 1 of the text and a subheading is a line of its own; neither runs on
// into the next line's sentence, whatever punctuation it lacks). Each sentence knows whether it
// is a heading: the headline, or a short paragraph without closing punctuation ("مصر تدين
// التفجير الإرهابي في عسير" above the paragraph that tells it). Headings restate the body, so
// the event finder codes an event from a heading only when the body does not tell it.
import type { Document } from "../core/document.ts";
import type { Range } from "../quotes/tokens.ts";

export interface EventSentences {
  ranges: Range[];       // token ranges [start, end)
  of: Int32Array;        // token index → index into ranges
  heading: boolean[];    // per range
}

const HEADING_MAX_WORDS = 20;
const CLOSING = /[.!?؟:…»"”)]\s*$/;

export function eventSentences(doc: Document): EventSentences {
  const toks = doc.tokens, text = doc.text;
  const ranges: Range[] = [];
  const of = new Int32Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1];
    const cut = !prev || prev.sentence !== toks[i].sentence || newlineBetween(text, prev.end, toks[i].start);
    if (cut) ranges.push([i, i + 1]);
    else ranges[ranges.length - 1][1] = i + 1;
    of[i] = ranges.length - 1;
  }
  const heading = ranges.map(([a, b], k) => {
    const lineStart = text.lastIndexOf("\n", toks[a].start - 1) + 1;
    let lineEnd = text.indexOf("\n", toks[b - 1].end);
    if (lineEnd < 0) lineEnd = text.length;
    if (k === 0 && lineStart === 0) return true; // the headline
    const whole = text.slice(lineStart, toks[a].start).trim() === "" && text.slice(toks[b - 1].end, lineEnd).trim() === "";
    return whole && b - a <= HEADING_MAX_WORDS && !CLOSING.test(text.slice(lineStart, lineEnd)) && lineEnd < text.length;
  });
  return { ranges, of, heading };
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
