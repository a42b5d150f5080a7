// "وقال إنه «…». وإنه «…»": a sentence that opens with وإن/وأن and a noun, a pronoun or a quotation —
// no verb of saying of its own — right after a sentence whose reported clause runs to its end goes on
// with that report: a second statement of the same speaker, by the same cue. Not "وإن كان" (even if),
// nor "وأن يكون"/"وأن تجمع" (an imperfect after أن is a wish or a purpose, no statement).
import type { FoundQuote, State } from "./state.ts";
import { markOpenAt, enoughWords } from "./state.ts";
import { contentEnd } from "./tokens.ts";

const TAIL = 3; // tokens at most between the earlier quote's end and its sentence's end (closing marks, a full stop)

/** Adds the statements that go on in a sentence of their own after "وإن". */
export function anGoesOn(st: State): void {
  const { toks } = st;
  const n = st.quotes.length;
  for (let k = 0; k < n; k++) {
    const q = st.quotes[k];
    if (q.speaker === null) continue;
    const s = q.sentence + 1;
    if (s >= st.sents.length || st.quotes.some((o) => o.sentence === s)) continue;
    const [, pEnd] = st.sents[q.sentence], [a, b] = st.sents[s];
    // (the earlier quote ends in its own sentence: a quotation running on over the next one already holds it)
    if (b - a < 3 || q.end > toks[a].start || pEnd - lastTokenBefore(st, q.end, pEnd) > TAIL || !opensWithAn(st, a)) continue;
    const c = a + 1, open = markOpenAt(st, toks[c].start);
    const start = open ? open.start : toks[c].start, end = open ? open.end : toks[contentEnd(toks, c, b) - 1].end;
    if (!enoughWords(st.doc.text, start, end)) continue;
    const go: FoundQuote = { speaker: q.speaker, speaker_text: q.speaker_text, cue: q.cue, text: st.doc.text.slice(start, end), start, end, direct: !!open, via: q.via, stance: q.stance, sentence: s, cueAt: q.cueAt };
    st.quotes.push(go);
  }
}

/** The index of the first token of the sentence's range [from, to) that starts at or after the offset. */
function lastTokenBefore(st: State, off: number, to: number): number {
  let i = to;
  while (i > 0 && st.toks[i - 1].start >= off) i--;
  return i;
}

/** Token a is "وإن"/"وأن" (alone or with a pronoun: وإنه، وأنها) followed by no verb in the imperfect and no كان. */
function opensWithAn(st: State, a: number): boolean {
  const t = st.toks[a], next = st.toks[a + 1];
  if (!t || !next || !t.readings.some((r) => r.pre === "و" && r.bare === "ان")) return false;
  if (next.norm === "كان" || next.norm === "كانت" || next.norm === "يكون" || next.norm === "تكون") return false;
  // (an imperfect after bare أن: "وأن تجمع"; after إنه the clause has its subject already: "وإنه يرى")
  return t.norm !== "وان" || st.ix.atToken[a + 1] !== undefined || !/^[يتن]/.test(next.norm) || !!markOpenAt(st, next.start);
}
