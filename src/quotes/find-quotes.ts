// Who said what: direct quotations and reported speech, each with its speaker (an entity id, or
// null for unnamed sources), the cue as written, the content span, the relaying outlet (via)
// and the stance. Driven by data/lexicon/reporting-cues.tsv; the rules here are about word
// order only: verb–subject ("قال الرئيس بوتين إن"), subject–verb ("بوتين قال إن"), apposition
// ("X، الباحث في Y، إن"), a cue without subject continuing the last speaker ("وأضاف"، "مشيرا"),
// "according to" ("بحسب X") and relays ("نقلت وكالة X عن Y").
import type { QuoteOut, Stance } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import { cueIndex, type Cue } from "../lexicon/cues.ts";
import { hedgeIndex } from "../lexicon/hedges.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { tokenForms } from "../lexicon/phrase-index.ts";
import { normalize } from "../text/normalize.ts";
import { unnamedIndex } from "../lexicon/unnamed.ts";
import { actorIndex, isActorType, type ActorIndex, type ActorMention } from "./actors.ts";
import { findQuoteMarks, type QuoteMarks } from "./marks.ts";
import { contentEnd, isAn, isColon, sentenceRanges, type Range } from "./tokens.ts";

const MARKER_WINDOW = 22;   // tokens after a cue in which the content must start
const OBJ_WINDOW = 10;      // tokens after a cue searched for the speaker of a direct-object cue
const LOOKBACK = 6;         // tokens before a cue searched for a subject–verb speaker
const CARRY_SENTENCES = 4;  // how far back "وأضاف" may reach for the last speaker
const MIN_WORDS = 3;

interface Speaker { id: string | null; text: string | null; at: number } // at: token index seen

interface State {
  doc: Document; toks: Token[]; ix: ActorIndex; marks: QuoteMarks[]; sents: Range[];
  viaMatches: PhraseMatch<Cue>[]; quotes: (QuoteOut & { sentence: number; cueAt: number })[];
  last: Speaker | null; lastVia: string | null;
}

export function findQuotes(doc: Document): QuoteOut[] {
  const toks = doc.tokens;
  if (!toks.length) return [];
  const all = cueIndex().matchAll(toks);
  const st: State = {
    doc, toks, ix: actorIndex(doc), marks: findQuoteMarks(doc.text), sents: sentenceRanges(doc),
    viaMatches: all.filter((m) => m.values.some((v) => v.kind === "via")), quotes: [], last: null, lastVia: null,
  };
  let consumed = 0;
  for (let k = 0; k < all.length; k++) {
    const m = all[k];
    if (m.start < consumed || insideMarks(st, toks[m.start].start)) continue;
    const kinds = new Set(m.values.map((v) => v.kind));
    let res: number | null = null;
    if (kinds.has("relay")) res = relay(st, m, all);
    if (res === null && kinds.has("say")) res = say(st, m, all);
    if (res === null && kinds.has("accord")) res = accord(st, m);
    if (res !== null) consumed = res;
  }
  return st.quotes.map(({ sentence: _s, cueAt: _c, ...q }) => q);
}

// ---------- cue kinds ----------

/** A verb, participle or noun of saying. Returns the token index up to which tokens are consumed. */
function say(st: State, m: PhraseMatch<Cue>, all: PhraseMatch<Cue>[]): number | null {
  const cue = pick(m.values, "say");
  const { toks } = st;
  const sent = toks[m.start].sentence;
  const [, sEnd] = st.sents[sent];
  const winEnd = windowEnd(st, m, all, sEnd);
  // 1. where the content starts
  let marker = -1, how: "an" | "colon" | "mark" | "prep" | "obj" = "obj";
  const limit = Math.min(m.end + MARKER_WINDOW, winEnd);
  for (let i = m.end; i < limit; i++) {
    if (markOpenAt(st, toks[i].start)) { marker = i; how = "mark"; break; }
    if ((i === m.end || toks[i - 1].text === "،") && isPrep(toks[i], cue.frames)) {
      if (i + 1 < limit && cue.frames.has("an") && isAn(toks[i + 1])) { marker = i + 1; how = "an"; } else { marker = i; how = "prep"; }
      break;
    }
    if (isColon(toks[i])) { marker = i; how = "colon"; break; }
    if (cue.frames.has("an") && isAn(toks[i], toks[i - 1], toks[i + 1])) { marker = i; how = "an"; break; }
  }
  // a direct-object cue whose first "أن" lies beyond a stretch naming nobody: the object is the content
  if (marker > m.end + 3 && cue.frames.has("obj") && how === "an" && !speakerFrom(st, m.end, marker)) { marker = m.end; how = "obj"; }
  const before = closedQuoteBefore(st, m.start);
  if (marker < 0) {
    const span = speakerFrom(st, m.end, limit);
    const from = span ? span.last + 1 : m.end;
    for (let i = from; i < limit; i++) if (isPrep(toks[i], cue.frames)) { marker = i; how = "prep"; break; }
    if (marker < 0 && before) how = "mark";
    else if (marker < 0 && cue.frames.has("obj") && (span || cue.participle)) { marker = span ? span.last + 1 : m.end; how = "obj"; }
    else if (marker < 0) return null;
  }
  // 2. who
  const spanEnd = marker >= 0 ? marker : Math.min(m.end + OBJ_WINDOW, winEnd);
  const named = speakerFrom(st, m.end, spanEnd);
  let speaker: Speaker | null = named ? asSpeaker(named) : null;
  if (!speaker && !hasUnnamed(toks, m.end, spanEnd)) speaker = cue.participle ? sameSentence(st, sent, m.start) : lookback(st, m.start, sent);
  let carried = false;
  if (!speaker && !hasUnnamed(toks, m.end, spanEnd)) { speaker = carry(st, sent); carried = speaker !== null; }
  // 3. what
  let start: number, end: number, direct = false;
  if (how === "mark" && before && marker < 0) { start = before.start; end = before.end; direct = true; }
  else if (how === "mark") { const q = markOpenAt(st, toks[marker].start)!; start = q.start; end = q.end; direct = true; }
  else {
    let c = how === "prep" ? marker : how === "obj" ? marker : marker + 1;
    if (how === "colon" && c < toks.length && isAn(toks[c])) c++;
    if (c >= winEnd) return null;
    const q = markOpenAt(st, toks[c].start);
    if (q) { start = q.start; end = q.end; direct = true; }
    else { start = toks[c].start; end = toks[contentEnd(toks, c, winEnd) - 1].end; }
  }
  if (!enoughWords(st.doc.text, start, end)) return null;
  const via = viaFor(st, sent, m.start) ?? (carried && speaker?.id === st.last?.id ? st.lastVia : null);
  push(st, m, speaker, start, end, direct, via, stanceOf(st, cue.stance, sent, start, end));
  return marker >= 0 ? marker : m.end;
}

/** "X according to Y" / "according to Y, X": the speaker follows the cue. */
function accord(st: State, m: PhraseMatch<Cue>): number | null {
  const { toks } = st;
  const sent = toks[m.start].sentence;
  const [sStart, sEnd] = st.sents[sent];
  const cueText = m.values.length ? normalize(st.doc.text.slice(toks[m.start].start, toks[m.end - 1].end)) : "";
  let gap = m.end;
  while (gap < sEnd && toks[gap].kind === "punct") gap++;
  const who = firstActorAfter(st, m.end, Math.min(gap + (/ما$/.test(cueText) ? 3 : 1), sEnd));
  if (!who) return null;
  const outlet = isOutlet(st, who);
  // an outlet relaying another speaker's quote in this sentence: it is that quote's via
  const prior = st.quotes.filter((q) => q.sentence === sent);
  if (outlet && prior.length) { for (const q of prior) q.via ??= who.id; return who.last + 1; }
  // content: after the speaker when the cue opens the sentence (or "، فإن …" follows), else before the cue
  let start: number, end: number;
  const afterStart = skipPunct(toks, who.last + 1, sEnd);
  const opensAfter = m.start - sStart <= 2 || (afterStart < sEnd && /^ف/.test(toks[afterStart].norm));
  if (opensAfter && afterStart < sEnd) { start = toks[afterStart].start; end = toks[sEnd - 1].end; }
  else {
    const from = prior.length ? sStart : sStart;
    if (m.start - from < MIN_WORDS) return null;
    start = toks[from].start; end = toks[trimBack(toks, from, m.start) - 1].end;
  }
  if (!enoughWords(st.doc.text, start, end)) return null;
  const cue = pick(m.values, "accord");
  push(st, m, asSpeaker(who), start, end, false, outlet ? who.id : viaFor(st, sent, m.start), stanceOf(st, cue.stance, sent, start, end));
  return who.last + 1;
}

/** "نقلت وكالة X عن Y (قوله) إن …": via X, speaker Y. Falls back to a plain say cue without عن. */
function relay(st: State, m: PhraseMatch<Cue>, all: PhraseMatch<Cue>[]): number | null {
  const { toks } = st;
  const sent = toks[m.start].sentence;
  const [, sEnd] = st.sents[sent];
  let an = -1;
  for (let i = m.end; i < Math.min(m.end + 8, sEnd); i++) if (toks[i].norm === "عن") { an = i; break; }
  if (an < 0) return null;
  const outlet = firstActorAfter(st, m.end, an);
  const who = firstActorAfter(st, an + 1, Math.min(an + 5, sEnd));
  let c = who ? who.last + 1 : an + 1;
  const winEnd = windowEnd(st, m, all, sEnd);
  while (c < winEnd && (toks[c].kind === "punct" || isAn(toks[c]) || /^(قول|تصريح|تاكيد)/.test(tokenForms(toks[c], "noun").at(-1) ?? ""))) c++;
  if (c >= winEnd) return null;
  const q = markOpenAt(st, toks[c].start);
  const start = q ? q.start : toks[c].start, end = q ? q.end : toks[contentEnd(toks, c, winEnd) - 1].end;
  if (!enoughWords(st.doc.text, start, end)) return null;
  push(st, m, who ? asSpeaker(who) : null, start, end, !!q, outlet?.id ?? null, stanceOf(st, "asserted", sent, start, end));
  return c;
}

// ---------- speakers ----------

/** The speaker named in tokens [from, to): a person first, else an organization, else a
 *  country close to the cue; never an outlet introduced by a via marker. */
function speakerFrom(st: State, from: number, to: number): ActorMention | null {
  const cands: ActorMention[] = [];
  const unnamed = unnamedIndex().matchAll(st.toks, from, Math.min(to, from + 3))[0];
  for (const mm of st.ix.mentions) {
    if (unnamed && mm.first >= unnamed.end && mm.type !== "ORG") continue; // "سكان في صنعاء", "متحدث عراقي"
    if (mm.first < from) continue;
    if (mm.first >= to || mm.first >= from + 9) break;
    if (!cands.length && mm.first > from + 5) break; // a subject follows its verb closely
    if (!isActorType(mm.type) || isNisba(mm)) continue;
    if (mm.type === "GPE" && afterPreposition(st, mm)) continue; // "سكان في صنعاء": a place, not a speaker
    if (isVia(st, mm)) break; // what follows a via marker belongs to the outlet's phrase
    cands.push(mm);
  }
  return cands.find((c) => c.type === "PERSON") ?? cands.find((c) => c.type === "ORG") ?? cands.find((c) => c.type === "GPE" && c.first - from <= 4) ?? null;
}

function lookback(st: State, cueAt: number, sent: number): Speaker | null {
  const [sStart] = st.sents[sent];
  for (let i = cueAt - 1; i >= Math.max(sStart, cueAt - LOOKBACK); i--) {
    if (st.toks[i].kind === "punct") break; // a subject is not cut off from its verb by a comma
    const mm = st.ix.atToken[i];
    if (mm && isActorType(mm.type) && !isVia(st, mm) && !afterPreposition(st, mm)) return asSpeaker(mm);
  }
  return null;
}

/** A participle continues the speaker of this sentence: its last quote, else its first actor. */
function sameSentence(st: State, sent: number, cueAt: number): Speaker | null {
  const q = [...st.quotes].reverse().find((x) => x.sentence === sent);
  if (q) return { id: q.speaker, text: q.speaker_text, at: q.cueAt };
  const [sStart] = st.sents[sent];
  const cands = st.ix.mentions.filter((mm) => mm.first >= sStart && mm.first < cueAt && isActorType(mm.type) && !isVia(st, mm));
  const best = cands.find((c) => c.type === "PERSON") ?? cands[0];
  return best ? asSpeaker(best) : null;
}

/** "وأضاف" without a subject: the last named speaker, else the actor a recent sentence opened with. */
function carry(st: State, sent: number): Speaker | null {
  const last = st.last;
  if (last && st.toks[last.at].sentence >= sent - CARRY_SENTENCES) return last;
  for (let s = sent; s >= Math.max(0, sent - 1); s--) {
    const [a, b] = st.sents[s];
    for (let i = a; i < Math.min(b, a + 5); i++) { const mm = st.ix.atToken[i]; if (mm && isActorType(mm.type)) return asSpeaker(mm); }
  }
  return null;
}

/** "المصري"، "الكويتية": a nationality adjective modifies a noun; it does not speak. */
const isNisba = (mm: ActorMention) => mm.type === "GPE" && /^ال.+(ي|يه|يين|يون)$/.test(normalize(mm.text));

const PREPS = new Set(["في", "من", "الي", "علي", "عن", "قرب", "داخل", "حول", "مع", "ضد", "بين"]);
function afterPreposition(st: State, mm: ActorMention): boolean {
  const t = st.toks[mm.first];
  if (mm.start > t.start && /[بلك]$/.test(st.doc.text.slice(t.start, mm.start))) return true;
  const prev = st.toks[mm.first - 1];
  return !!prev && PREPS.has(prev.norm);
}

const asSpeaker = (mm: ActorMention): Speaker => ({ id: mm.id, text: mm.text, at: mm.first });

function firstActorAfter(st: State, from: number, to: number): ActorMention | null {
  for (const mm of st.ix.mentions) { if (mm.first >= to) break; if (mm.first >= from && isActorType(mm.type)) return mm; }
  return null;
}

// ---------- via ----------

/** A mention right after a via marker ("لوكالة"، "في حديث لـ"، "على حسابه في") or a bare ل clitic on an outlet. */
function isVia(st: State, mm: ActorMention): boolean {
  for (const v of st.viaMatches) if (v.start <= mm.first && mm.first - v.end <= 4) return true;
  const t = st.toks[mm.first];
  if (mm.start > t.start && /^ل/.test(st.doc.text.slice(t.start, mm.start))) return isOutlet(st, mm);
  const prev = st.toks[mm.first - 1];
  if (prev && (prev.norm === "ل" || prev.text === "لـ") ) return true;
  if (prev && prev.kind === "punct" && st.toks[mm.first - 2] && /^لـ?$/.test(st.toks[mm.first - 2].text)) return true;
  return false;
}

function isOutlet(st: State, mm: ActorMention): boolean {
  for (let i = mm.first - 1; i >= Math.max(0, mm.first - 3); i--) {
    const f = tokenForms(st.toks[i], "noun");
    if (f.some((x) => OUTLET_NOUNS.has(x))) return true;
  }
  return st.viaMatches.some((v) => v.end <= mm.first && mm.first - v.end <= 2);
}
const OUTLET_NOUNS = new Set(["وكاله", "صحيفه", "قناه", "موقع", "شبكه", "تلفزيون", "اذاعه", "مجله", "جريده"]);

/** The outlet a via marker names in this sentence, before the content. */
function viaFor(st: State, sent: number, _cueAt: number): string | null {
  const [a, b] = st.sents[sent];
  for (const v of st.viaMatches) {
    if (v.start < a || v.start >= b) continue;
    const mm = st.ix.mentions.find((x) => x.first >= v.end && x.first - v.end <= 4);
    if (mm) return mm.id;
  }
  return null;
}

// ---------- helpers ----------

function push(st: State, m: PhraseMatch<Cue>, sp: Speaker | null, start: number, end: number, direct: boolean, via: string | null, stance: Stance) {
  const text = st.doc.text;
  const cue = text.slice(st.toks[m.start].start, st.toks[m.end - 1].end);
  const q = { speaker: sp?.id ?? null, speaker_text: sp?.text ?? null, cue, text: text.slice(start, end), start, end, direct, via, stance, sentence: st.toks[m.start].sentence, cueAt: m.start };
  st.quotes.push(q);
  if (sp?.id) { st.last = { ...sp, at: m.start }; st.lastVia = via; }
}

function stanceOf(st: State, base: Stance, sent: number, start: number, end: number): Stance {
  if (base !== "asserted") return base;
  const [a, b] = st.sents[sent];
  for (const h of hedgeIndex().matchAll(st.toks, a, b)) if (h.values.some((v) => v.kind === "alleged")) return "alleged";
  void start; void end;
  return "asserted";
}

function windowEnd(st: State, m: PhraseMatch<Cue>, all: PhraseMatch<Cue>[], sEnd: number): number {
  for (const n of all) {
    if (n.start < m.end + 2) continue;
    if (n.start >= sEnd) break;
    const v = n.values[0];
    const prev = st.toks[n.start - 1];
    const clause = prev.kind === "punct" || /^[وف]/.test(st.toks[n.start].norm) && n.values.some((x) => x.pos === "verb");
    if (v.kind === "say" && (n.values.some((x) => x.participle) || clause) && !insideMarks(st, st.toks[n.start].start)) return n.start;
  }
  return sEnd;
}

function pick(vs: Cue[], kind: Cue["kind"]): Cue { return vs.find((v) => v.kind === kind) ?? vs[0]; }

function isPrep(t: Token, frames: Set<string>): boolean {
  for (const f of frames) {
    if (f === "an" || f === "obj") continue;
    if (f === "ب") { if (t.readings.some((r) => r.pre === "ب" || r.pre === "وب")) return true; continue; }
    // "حذر منها ماكرون من أن": a preposition carrying a pronoun points back; the content is not there
    if (t.norm === f || t.readings.some((r) => r.norm === f && !r.post && (r.pre === "و" || r.pre === ""))) return true;
  }
  return false;
}

function hasUnnamed(toks: Token[], from: number, to: number): boolean {
  return unnamedIndex().matchAll(toks, from, Math.min(to, from + 6)).length > 0;
}

const insideMarks = (st: State, off: number) => st.marks.some((q) => q.start <= off && off < q.end);
/** A quotation opening at `off`, long enough to be speech (short ones are names or scare quotes). */
const markOpenAt = (st: State, off: number) => st.marks.find((q) => q.open === off && enoughWords(st.doc.text, q.start, q.end));

function closedQuoteBefore(st: State, cueAt: number): QuoteMarks | null {
  let i = cueAt - 1;
  while (i >= 0 && st.toks[i].kind === "punct" && /^[،,]$/.test(st.toks[i].text)) i--;
  if (i < 0) return null;
  const q = st.marks.find((x) => x.close >= st.toks[i].start && x.close < st.toks[i].end);
  return q && enoughWords(st.doc.text, q.start, q.end) ? q : null;
}

function skipPunct(toks: Token[], i: number, end: number): number {
  while (i < end && toks[i].kind === "punct") i++;
  return i;
}
function trimBack(toks: Token[], from: number, to: number): number {
  while (to > from + 1 && toks[to - 1].kind === "punct") to--;
  return to;
}
const enoughWords = (text: string, a: number, b: number) => b > a && text.slice(a, b).trim().split(/\s+/).length >= MIN_WORDS;
