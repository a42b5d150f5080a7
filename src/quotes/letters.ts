// Letters and statements quoted in full: "صدر عن X بيان … فيما يلي نصه:" or "في رسالته … الآتي
// نصها:" announce that the following paragraphs are X's words. Each following paragraph long enough
// to be prose becomes a direct quote of X (one per paragraph, so each claim keeps its own span). A
// short paragraph naming the writer (a signature) closes a letter nested inside a statement, and
// the statement's own words resume after it. Salutations and titles (short paragraphs) are skipped.
import type { Span } from "../core/contract.ts";
import { isActorType } from "../actors/mentions.ts";
import { afterPreposition, issuer } from "./speakers.ts";
import { asSpeaker, hasKind, type Speaker, type State } from "./state.ts";

const PROSE_WORDS = 12;     // a paragraph shorter than this is a salutation, title or signature
const MAX_PARAGRAPHS = 12;  // content paragraphs one announcement may cover

export interface LetterQuote { speaker: Speaker; span: Span; cueAt: number; cueEnd: number }

/** Quotes for the paragraphs that announced texts cover, in text order. */
export function letterQuotes(st: State): LetterQuote[] {
  // one literal for every answer, empty or not (two literals made two array maps for findQuotes)
  const out: LetterQuote[] = [];
  const texts = st.all.filter((m) => hasKind(m, "text"));
  if (!texts.length) return out;
  const paras = st.doc.paragraphs;
  const stack: { speaker: Speaker; left: number; cueAt: number; cueEnd: number }[] = [];
  let k = 0;
  for (let p = paragraphOf(st, st.toks[texts[0].start].start); p < paras.length; p++) {
    const para = paras[p];
    let announced = false;
    while (k < texts.length && st.toks[texts[k].start].start < para.end) {
      const m = texts[k++];
      const sp = writer(st, m.start);
      if (sp) { stack.push({ speaker: sp, left: MAX_PARAGRAPHS, cueAt: m.start, cueEnd: m.end }); announced = true; }
    }
    if (announced) continue;
    const top = stack.at(-1);
    if (!top) { if (k >= texts.length) break; continue; }
    const words = st.doc.text.slice(para.start, para.end).trim().split(/\s+/).length;
    if (words < PROSE_WORDS) {
      if (names(st, para, top.speaker.id)) stack.pop();
      continue;
    }
    out.push({ speaker: top.speaker, span: trim(st.doc.text, para), cueAt: top.cueAt, cueEnd: top.cueEnd });
    if (--top.left === 0) stack.pop();
  }
  return out;
}

/** Who wrote the announced text: "صدر عن X", else the owner of "رسالته/بيانه" (the nearest person
 *  before the document noun), else the first actor of the sentence. */
function writer(st: State, cue: number): Speaker | null {
  const sent = st.toks[cue].sentence;
  const byIssuer = issuer(st, cue, sent);
  if (byIssuer) return byIssuer;
  const [a] = st.sents[sent];
  const doc = st.all.find((m) => m.start >= a && m.start < cue && hasKind(m, "document") && st.toks[m.start].readings.some((r) => r.post));
  if (doc) {
    const before = st.ix.mentions.filter((mm) => mm.first >= Math.max(a, doc.start - 10) && mm.first < doc.start && isActorType(mm.type));
    const best = before.find((mm) => mm.type === "PERSON") ?? before.at(-1);
    if (best) return asSpeaker(best);
  }
  // else the subject opening the sentence ("أصدرت الوزارة بيانا هذا نصه"); a place named later is not a writer
  const first = st.ix.mentions.find((mm) => mm.first >= a && mm.first < Math.min(cue, a + 4) && isActorType(mm.type) && !afterPreposition(st, mm));
  return first ? asSpeaker(first) : null;
}

function paragraphOf(st: State, off: number): number {
  const i = st.doc.paragraphs.findIndex((p) => p.end > off);
  return i < 0 ? st.doc.paragraphs.length : i;
}

function names(st: State, para: Span, id: string | null): boolean {
  return st.ix.mentions.some((mm) => mm.id === id && mm.start >= para.start && mm.end <= para.end);
}

function trim(text: string, s: Span): Span {
  let a = s.start, b = s.end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b };
}
