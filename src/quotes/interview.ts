// Interviews laid out as questions and answers: after a lead that reports the interview ("وقال في حوار
// مع «X»"، "وفيما يلي نص الحوار"), paragraphs that ask (ending in ؟, or opening with a question mark
// such as "*" or "س:") alternate with the paragraphs that answer them. Every answer paragraph is a
// direct quote of the interviewee: the person the lead quotes (else the person the headline names),
// relayed by the lead's outlet. Cues inside questions and answers are the interview's own words, not
// new attributions: their quotes are dropped. Words that announce an interview or mark a question or
// an answer are rows of reporting-cues.tsv (kind interview); the typographic bullets are not language.
import type { Span } from "../core/contract.ts";
import { interviewWords } from "../lexicon/cues.ts";
import { normalize } from "../text/normalize.ts";
import type { FoundQuote, Speaker, State } from "./state.ts";
import { titleHeads } from "./speakers.ts";

const MIN_QUESTIONS = 3;     // question–answer pairs that make a layout an interview
const QUESTION_WORDS = 60;   // a longer paragraph ending in ؟ is prose, not a question
const ANSWER_CHARS = 20;     // a shorter answer paragraph is no statement (a signature, a heading)
const MARKED_QUESTION = /(^|\n)\s*س\s*[:/]/;  // "س:" questions need not end in ؟
const CLOSERS = new Set([0x20, 0x0a, 0x0d, 0x09, 0x22, 0xbb, 0x201d, 0x29]); // space, quote, », ”, )
// bullets that open a question or an answer paragraph ("* سؤال؟" / "- جواب"، "•" / "••")
const BULLET = /^[*•●■▪◄►=\-–—ـ]+/;

interface Turn { question: Span; qEnd: number; answers: Span[] }

/** The question–answer turns of the document, or none when it is not laid out as an interview. */
export function interviewTurns(st: State): Turn[] {
  const { doc } = st;
  const turns: Turn[] = [];
  // (most documents ask nothing: one native scan each, before any paragraph is looked at)
  if (doc.text.indexOf("؟") < 0 && doc.text.indexOf("?") < 0 && !MARKED_QUESTION.test(doc.text)) return turns;
  let bulleted = 0;
  for (const p of doc.paragraphs) {
    if (p.start < st.titleEnd || p.end - p.start < 3) continue;
    const q = questionKind(doc.text, p.start, p.end);
    if (q) { turns.push({ question: p, qEnd: p.end, answers: [] }); if (q === "marked") bulleted++; continue; }
    const t = turns[turns.length - 1];
    if (t && p.end - p.start >= ANSWER_CHARS) t.answers.push(p);
  }
  const answered = turns.filter((t) => t.answers.length > 0);
  if (answered.length < MIN_QUESTIONS) return [];
  // rhetorical questions in an opinion piece also end in ؟: an interview marks its questions or says it is one
  if (bulleted * 2 < turns.length && !announced(st, turns[0].question.start)) return [];
  return answered;
}

/** "marked" for the paragraph [start, end) that opens as a question ("س:"، "* … ؟"), "plain" for one
 *  that only ends in ؟, else null (the paragraph's text is made only for a candidate). */
function questionKind(all: string, start: number, end: number): "marked" | "plain" | null {
  let e = end - 1;
  while (e > start && CLOSERS.has(all.charCodeAt(e))) e--;
  let b = start;
  while (b < e && CLOSERS.has(all.charCodeAt(b))) b++;
  const last = all.charCodeAt(e), first = all.charCodeAt(b);
  if (last !== 0x061f && last !== 0x3f && first !== 0x0633 && first !== 0x062c && !BULLET.test(all[b])) return null;
  const text = all.slice(start, end).trim();
  const iw = interviewWords();
  const lead = normalize(text.slice(0, 8)).split(/[\s:/\-ـ]+/)[0] ?? "";
  if (iw.question.has(lead) && /^[^\s:/\-ـ]+\s*[:/\-ـ]/.test(text)) return "marked";
  if (iw.answer.has(lead) && /^[^\s:/\-ـ]+\s*[:/\-ـ]/.test(text)) return null;
  if (!/[؟?][\s"»”)]*$/.test(text) || text.split(/\s+/).length > QUESTION_WORDS) return null;
  return BULLET.test(text) ? "marked" : "plain";
}

/** The lead (before the first question) holds a word that announces an interview (حوار، مقابلة …). */
function announced(st: State, before: number): boolean {
  const iw = interviewWords();
  for (const t of st.toks) {
    if (t.start >= before) break;
    if (t.kind === "word" && t.readings.some((r) => iw.announce.has(r.bare) || iw.announce.has(r.norm))) return true;
  }
  return false;
}

/** The interviewee: the person the headline names before its colon ("العثيم: …"، "X لـ«Y»: …") when
 *  the document knows him, else the person the lead quotes most (the first on a tie); null when none. */
export function interviewee(st: State, firstQuestion: number): { speaker: Speaker; via: string | null } | null {
  const persons = st.doc.entities.filter((e) => e.type === "PERSON");
  const count = new Map<string, { n: number; q: FoundQuote }>();
  for (const q of st.quotes) {
    if (q.start >= firstQuestion || !q.speaker || !persons.some((e) => e.id === q.speaker)) continue;
    const c = count.get(q.speaker);
    if (c) c.n++; else count.set(q.speaker, { n: 1, q });
  }
  const colon = st.titleEnd ? st.doc.text.slice(0, st.titleEnd).indexOf(":") : -1;
  if (colon > 0) {
    const head = new Set(normalize(st.doc.text.slice(0, colon)).split(/[\s«»"{}]+/).filter((w) => w.length >= 3));
    for (const e of persons) {
      // (a title standing for the person, "الرئيس المصري" (entities/title-holders.ts), is no name: "الرئيس
      // القبرصي: …" heads another president's interview)
      const names = [e.name, ...e.mentions.map((m) => m.text).filter((t) => !titleHeads().has(normalize(t).split(" ")[0].replace(/^ال/, "")))];
      if (!names.some((n) => normalize(n).split(" ").some((w) => w.length >= 3 && head.has(w)))) continue;
      const c = count.get(e.id);
      return { speaker: c ? { id: e.id, text: c.q.speaker_text, at: c.q.cueAt } : { id: e.id, text: e.name, at: 0 }, via: c?.q.via ?? leadVia(count) };
    }
    // a headline that opens on one name the document does not know ("الغذامي: …"): someone the lead
    // quotes may be the interviewer or a third person, so no one is taken
    const own = normalize(st.doc.text.slice(0, colon)).replace(/\s+لـ?.*$/, "").trim();
    if (own && !own.includes(" ")) return null;
  }
  let best: { n: number; q: FoundQuote } | null = null;
  for (const c of count.values()) if (!best || c.n > best.n) best = c;
  return best ? { speaker: { id: best.q.speaker, text: best.q.speaker_text, at: best.q.cueAt }, via: best.q.via } : null;
}

/** The outlet a lead quote names, if any. */
function leadVia(count: Map<string, { n: number; q: FoundQuote }>): string | null {
  for (const c of count.values()) if (c.q.via) return c.q.via;
  return null;
}

/** Replaces the quotes found inside the turns by one direct quote of the interviewee per answer
 *  paragraph (its bullet or answer mark left out), cued by the question's last token. */
export function interviewQuotes(st: State, turns: Turn[]): void {
  const who = interviewee(st, turns[0].question.start);
  if (!who) return;
  const inside = (off: number) => turns.some((t) => off >= t.question.start && off < (t.answers[t.answers.length - 1]?.end ?? t.qEnd));
  const kept = st.quotes.filter((q) => !inside(st.toks[q.cueAt].start));
  st.quotes.length = 0;
  for (const q of kept) st.quotes.push(q);
  const text = st.doc.text, iw = interviewWords();
  for (const t of turns) {
    const cueAt = tokenBefore(st, t.question.end);
    if (cueAt < 0) continue;
    const cue = text.slice(st.toks[cueAt].start, st.toks[cueAt].end);
    for (const a of t.answers) {
      let start = a.start;
      const body = text.slice(a.start, a.end);
      const lead = body.match(/^\s*[^\s:/\-ـ]+\s*[:/\-ـ]\s*/);
      if (lead && iw.answer.has(normalize(lead[0].replace(/[\s:/\-ـ]/g, "")))) start += lead[0].length;
      else { const b = body.match(/^\s*[*•●■▪◄►=\-–—ـ]+\s*/); if (b) start += b[0].length; else start += body.length - body.trimStart().length; }
      const end = a.start + body.trimEnd().length;
      if (end - start < 10) continue;
      const first = tokenBefore(st, start + 1);
      st.quotes.push({ speaker: who.speaker.id, speaker_text: who.speaker.text, cue, text: text.slice(start, end), start, end, direct: true, via: who.via, stance: "asserted", sentence: st.toks[Math.max(0, first)].sentence, cueAt });
    }
  }
}

/** The index of the last token that starts before offset `off`, or -1. */
function tokenBefore(st: State, off: number): number {
  const a = st.toks;
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid].start < off) lo = mid + 1; else hi = mid; }
  return lo - 1;
}
