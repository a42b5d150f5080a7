// Bounded excerpts for fact lists (the entity page, the events table, the map). A list shows
// each fact as a line, so a whole evidence sentence of 600 characters only costs bytes, JSON
// and reading time: an event's sentence is cut to a window around its trigger, a quote's content
// to its beginning, each at word boundaries (spaces), never inside the fact's own words. Every
// cut is an exact slice of the document text with its offsets, and rows say they were cut, so
// the UI can mark the cut and its link still opens the whole sentence in the reader.

/** A sentence or quote this long (UTF-16 units) or shorter is shown whole. */
export const EXCERPT_CHARS = 240;
/** Room before an event's trigger when its sentence is cut (the rest goes after it). */
const BEFORE = 80;

export interface Cut { start: number; end: number }

/**
 * A window of at most about `max` units of `s` around [at, atEnd) (offsets in `s`), preferring
 * `before` units before it; room unused on one side goes to the other. Ends are moved inwards to
 * a space, unless that would cut into the focus. `s` short enough: the whole of it.
 */
export function windowAround(s: string, at: number, atEnd: number, max = EXCERPT_CHARS, before = BEFORE): Cut {
  const n = s.length;
  if (n <= max) return { start: 0, end: n };
  at = Math.min(Math.max(0, at), n);
  atEnd = Math.min(Math.max(at, atEnd), n);
  const room = Math.max(0, max - (atEnd - at));
  let pre = Math.min(at, before, room);
  const post = Math.min(n - atEnd, room - pre);
  pre = Math.min(at, room - post);
  let start = at - pre;
  let end = atEnd + post;
  if (start > 0) { const sp = s.indexOf(" ", start); if (sp >= 0 && sp < at) start = sp + 1; }
  if (end < n) { const sp = s.lastIndexOf(" ", end); if (sp >= atEnd && sp > start) end = sp; }
  return { start, end };
}

/** An event's evidence sentence (at `sentence` in the text) cut around its trigger. */
export function clipEvidence(evidence: string, sentence: Cut, trigger: Cut): { evidence: string; evidence_span: Cut; clipped: boolean } {
  const w = windowAround(evidence, trigger.start - sentence.start, trigger.end - sentence.start);
  const clipped = w.start > 0 || w.end < evidence.length;
  return {
    evidence: clipped ? evidence.slice(w.start, w.end) : evidence,
    evidence_span: { start: sentence.start + w.start, end: sentence.start + w.end },
    clipped,
  };
}

/** A quote's content cut to its beginning (it still starts at the quote's `start`). */
export function clipQuote(text: string): { text: string; clipped: boolean } {
  const w = windowAround(text, 0, 0, EXCERPT_CHARS, 0);
  return w.end < text.length ? { text: text.slice(0, w.end), clipped: true } : { text, clipped: false };
}
