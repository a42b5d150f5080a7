// Overlapping annotations (mentions inside quotes inside a focused sentence) flattened into
// runs of text, each with every annotation that covers it, so the reader can render the
// article as plain text nodes wrapped in spans — never as HTML — with all layers visible.

export interface Mark { start: number; end: number; kind: string; key?: string }
export interface Run { start: number; end: number; marks: Mark[] }

/** Split [0, length) at every mark boundary; marks outside the text or empty are dropped. */
export function runs(length: number, marks: Mark[]): Run[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Run[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > s);
    while (next < byStart.length && byStart[next].start <= s) { if (byStart[next].end > s) active.push(byStart[next]); next++; }
    out.push({ start: s, end: e, marks: [...active] });
  }
  return out;
}

/** A snippet's highlights are document offsets; shift them into the snippet's own text. */
export function snippetRuns(snippet: { text: string; start: number; highlights: { start: number; end: number }[] }): Run[] {
  return runs(snippet.text.length, snippet.highlights.map((h) => ({ start: h.start - snippet.start, end: h.end - snippet.start, kind: "hit" })));
}
