// The sentences events are read in (the text layer's, which never cross a line: the headline is
// line 1 and a subheading a line of its own), and which of them are headings: the headline, or a
// short paragraph without closing punctuation ("مصر تدين التفجير الإرهابي في عسير" above the
// paragraph that tells it). Headings restate the body, so the event finder codes an event from a
// heading only when the body does not tell it.
import type { Document } from "../core/document.ts";
import { lowerBound } from "../actors/ranges.ts";
import type { Range } from "../actors/ranges.ts";

export interface EventSentences {
  ranges: Range[];       // token ranges [start, end), one per doc.sentences entry
  heading: boolean[];    // per sentence
}

const HEADING_MAX_WORDS = 20;
const CLOSING = /[.!?؟:…»"”)]\s*$/;

export function eventSentences(doc: Document): EventSentences {
  const toks = doc.tokens, text = doc.text, paras = doc.paragraphs;
  // arrays made by literals and filled by push: a builtin's result (map, new Array().fill) takes
  // its elements kind from its content, and a kind first seen late deoptimizes the callers
  const ranges: Range[] = [], heading: boolean[] = [];
  for (const s of doc.sentences) { ranges.push([lowerBound(toks, s.start), lowerBound(toks, s.end)]); heading.push(false); }
  let p = 0;
  doc.sentences.forEach((s, k) => {
    while (p < paras.length && paras[p].end < s.end) p++;
    const para = paras[p];
    if (!para) return;
    if (p === 0) { heading[k] = true; return; } // the headline
    const whole = para.start === s.start && para.end === s.end;
    const [a, b] = ranges[k];
    heading[k] = whole && b - a <= HEADING_MAX_WORDS && p + 1 < paras.length && !CLOSING.test(text.slice(toks[b - 1]?.start ?? s.start, s.end));
  });
  return { ranges, heading };
}
