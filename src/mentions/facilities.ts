// Facilities the knowledge base lacks, named by a head word and a proper name: "جسر خيوان",
// "سد الرمادي", "قاعدة الحبانية العسكرية", "مقهى هاواي", "سوق غامبورو"; and the few definite
// names the press uses alone ("القصر الملكي", "السجن المركزي"). The words are data
// (data/lexicon/facility-words.tsv). The head is what makes the name: a known place after it needs no
// other evidence (the dam of الرمادي is named where the city itself was not), and an unknown word
// after it is a name when it is no ordinary word. The tagger, trained on text that leaves such
// heads untagged, does not veto these (role "facility", model-mentions.ts).
import path from "node:path";
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { isProminentPlace } from "./gazetteer.ts";
import { HEAD_PRE } from "./word-classes.ts";
import { ordinaryWords } from "./model/features.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { readTsv } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";

/** What a head takes after it: a known place, an unknown word, an unknown definite word too, any definite word
 *  (`anyDefinite`: دوار الزراعة; `notNames` the head's ordinary compounds: دوار الشمس "sunflower"). */
export interface FacilityHead { place: boolean; name: boolean; definite: boolean; anyDefinite: boolean; notNames: Set<string> }
export interface FacilityWords {
  heads: Map<string, FacilityHead>;
  qualifiers: Set<string>;
  /** definite names by their first word: the rest of each name's words */
  names: Map<string, string[][]>;
}

let cached: FacilityWords | null = null;
export function facilityWords(): FacilityWords {
  if (cached) return cached;
  const heads = new Map<string, FacilityHead>(), qualifiers = new Set<string>(), names = new Map<string, string[][]>(), notNames: string[] = [];
  for (const { row } of readTsv(path.join(LEXICON_DIR, "facility-words.tsv"))) {
    const w = normalize(row.word ?? "");
    if (!w) continue;
    if (row.role === "head") {
      const takes = (row.takes ?? "").split(",");
      const any = takes.includes("any");
      heads.set(w, { place: takes.includes("place"), name: takes.includes("name") || takes.includes("definite") || any, definite: takes.includes("definite") || any, anyDefinite: any, notNames: new Set() });
    } else if (row.role === "qualifier") qualifiers.add(w);
    else if (row.role === "not_name") notNames.push(w);
    else if (row.role === "name") {
      const ws = w.split(" ");
      const list = names.get(ws[0]) ?? [];
      list.push(ws.slice(1));
      names.set(ws[0], list);
    }
  }
  for (const n of notNames) { const sp = n.indexOf(" "); heads.get(n.slice(0, sp))?.notNames.add(n.slice(sp + 1)); }
  return (cached = { heads, qualifiers, names });
}

const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);
const MAX_QUALIFIERS = 2, MAX_NAME_WORDS = 3;
// above the organization patterns' 0.6: the same span found by org-heads.tsv's head is this facility
const SCORE = 0.65;

// a head (جسر، قاعدة) or the first word of a definite name (السجن المركزي), found by form (text/form-gate.ts)
const HEAD_WORD = formGate((t, fw: FacilityWords) => t.readings.some((x) => x.post === "" && HEAD_PRE.has(x.pre)
  && ((!x.article && fw.heads.has(x.norm)) || (x.article && fw.names.has(x.norm)))));

/** `known`: the mentions found so far by their first token (KB places among them). */
export function facilities(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const fw = facilityWords();
  const out: FoundMention[] = [];
  const { tokens } = c;
  // only a token written as a head or a definite name's first word, or where a KB mention starts,
  // can start anything below; they are read in text order, and a mention taken skips its words
  const at = tokensPassing(HEAD_WORD, tokens, fw);
  const starts: number[] = [];
  for (let j = 0; j < at.length; j++) starts.push(at[j]);
  for (const [k, m] of known) if (m.via === "kb") starts.push(k);
  starts.sort((a, b) => a - b);
  let next = 0;
  for (let j = 0; j < starts.length; j++) {
    const i = starts[j];
    if (i < next || (j > 0 && i === starts[j - 1])) continue;
    next = i + 1;
    if (i + 1 >= tokens.length) break;
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const named = definiteName(c, fw, i);
    if (named) { out.push(named); continue; }
    let head: FacilityHead | undefined, r = t.readings[0];
    for (const x of t.readings) {
      if (x.post !== "" || x.article || !HEAD_PRE.has(x.pre)) continue;
      head = fw.heads.get(x.norm);
      if (head) { r = x; break; }
    }
    const own = known.get(i);
    if (own && own.via === "kb") {
      // "قاعدة الحبانية العسكرية": the KB's facility and the qualifier the press writes after it
      const k = own.type === "FAC" ? qualifiersEnd(fw, tokens, own.tokens.end) : own.tokens.end;
      // (a pattern with the KB's ids: the tagger's doubt about the longer span does not drop the known facility)
      if (k > own.tokens.end) {
        const m = makeMention(c.text, tokens, firstReading(c, own), i, k, "FAC", "pattern", own.score, own.key, own.candidates);
        m.role = "facility";
        out.push(m);
      }
      next = own.tokens.end;
      continue;
    }
    if (!head) continue;
    const end = complementEnd(c, head, known, i + 1);
    if (end < 0) continue;
    const k = qualifiersEnd(fw, tokens, end);
    const key = normalize(c.text.slice(t.start + r.from, tokens[k - 1].end));
    const m = makeMention(c.text, tokens, r, i, k, "FAC", "pattern", SCORE, key, []);
    m.role = "facility";
    out.push(m);
    next = k;
  }
  return out;
}

/** After a facility's name at `k`, the end of the qualifiers that belong to it (العسكرية، الدولي). */
function qualifiersEnd(fw: FacilityWords, tokens: Token[], k: number): number {
  const t = tokens[k - 1];
  for (let q = 0; q < MAX_QUALIFIERS && k < tokens.length && sameSentenceWord(tokens[k], t) && fw.qualifiers.has(tokens[k].norm); q++) k++;
  return k;
}

/** The reading of a mention's first token its start was cut at (the clitic left outside). */
function firstReading(c: Ctx, m: FoundMention) {
  const t = c.tokens[m.tokens.start];
  for (const x of t.readings) if (t.start + x.from === m.start) return x;
  return t.readings[0];
}

const sameSentenceWord = (u: Token, t: Token) => isWord(u) && u.kind === "word" && u.sentence === t.sentence;

/**
 * Where the facility's proper name after its head ends (-1: no name there): a known place the
 * head takes (a KB match, or a word the KB holds as a place, prominent or no ordinary word), or
 * an unknown indefinite word that is no ordinary word, adjective, stop word, cue or head.
 */
function complementEnd(c: Ctx, head: FacilityHead, known: Map<number, FoundMention>, k: number): number {
  const u = c.tokens[k];
  if (!sameSentenceWord(u, c.tokens[k - 1])) return -1;
  const m = known.get(k);
  if (m && m.via === "kb" && m.start === u.start) return head.place && PLACE_TYPES.has(m.type) ? m.tokens.end : -1;
  if (m) return -1; // "سجن بطرابلس": a name behind a clitic starts a phrase of its own
  const lex = c.lex, ordinary = ordinaryWords();
  if (lex.stops.has(u.norm) || lex.connectors.has(u.norm) || lex.directions.has(u.norm)) return -1;
  // "سد وادي عتود", "جسر حي الملز": a place word after the head starts a place's name, not this one's
  for (const x of u.readings) if (x.post === "" && x.pre === "" && (lex.orgHeads.has(x.bare) || lex.placeCues.has(x.norm) || lex.settlementCues.has(x.norm) || lex.titles.has(x.norm))) return -1;
  const es = c.gaz.lookup(u.norm);
  if (es && es.length) {
    if (!head.place) return -1;
    for (const e of es) if (PLACE_TYPES.has(e.type) && (!e.generated || isProminentPlace(e) || !ordinary.has(u.readings[0].bare))) return k + 1;
    return -1;
  }
  if (!head.name || c.gaz.adjective(u.norm) || /\d/.test(u.norm)) return -1;
  const w = u.readings[0];
  if (w.article && !head.definite) return -1;
  if (w.article && head.anyDefinite) return head.notNames.has(u.norm) || w.bare.length < 3 || c.gaz.adjective(u.norm) ? -1 : k + 1;
  // an ordinary word (by its stem, its stem before ة/ا, or behind a clitic: "سوق بريف", "مستشفى
  // وقافلة", "دوار كبيرا"), a plural (قاعدة بيانات) or an indefinite adjective (قاعدة جوية) is no name
  if (w.bare.length < 3 || ordinaryWord(ordinary, w.bare) || /(ات|ون|ين)$/.test(w.bare)) return -1;
  if (!w.article && /(ي|يه)$/.test(w.bare)) return -1;
  if (cliticPhrase(c, u, ordinary)) return -1;
  // a foreign name of several words: "معسكر كامب انتيغريتي"
  let e = k + 1;
  if (!w.article) while (e < k + MAX_NAME_WORDS && e < c.tokens.length && foreignWord(c, known, e, u, ordinary)) e++;
  return e;
}

/** Does a reading of u behind a proclitic read as a phrase (ب + a place, و + an ordinary word, لل + a noun)? */
function cliticPhrase(c: Ctx, u: Token, ordinary: ReadonlySet<string>): boolean {
  const w = u.readings[0];
  for (const x of u.readings) if (x !== w && x.post === "" && (x.article || ordinary.has(x.bare) || c.gaz.lookup(x.norm))) return true;
  return false;
}

/** The next word of a foreign name: indefinite, no ordinary word, stop word, adjective or known name. */
function foreignWord(c: Ctx, known: Map<number, FoundMention>, e: number, u: Token, ordinary: ReadonlySet<string>): boolean {
  const v = c.tokens[e];
  if (!sameSentenceWord(v, u) || known.has(e)) return false;
  const w = v.readings[0];
  if (w.article || w.bare.length < 3 || ordinaryWord(ordinary, w.bare) || (/(ي|يه)$/.test(w.bare) && ordinary.has(w.bare.replace(/يه?$/, "")))) return false;
  if (c.lex.stops.has(v.norm) || c.lex.connectors.has(v.norm) || c.gaz.lookup(v.norm) || c.gaz.adjective(v.norm)) return false;
  return !cliticPhrase(c, v, ordinary);
}

function ordinaryWord(ordinary: ReadonlySet<string>, w: string): boolean {
  if (ordinary.has(w)) return true;
  const last = w.charCodeAt(w.length - 1);
  return (last === 0x0647 || last === 0x0627) && ordinary.has(w.slice(0, -1)); // ه (ة folded), ا (tanween)
}

/** A definite facility name the press uses alone ("السجن المركزي") starting at token i. */
function definiteName(c: Ctx, fw: FacilityWords, i: number): FoundMention | null {
  const t = c.tokens[i];
  for (const x of t.readings) {
    if (x.post !== "" || !x.article || !HEAD_PRE.has(x.pre)) continue;
    const rests = fw.names.get(x.norm);
    if (!rests) continue;
    for (const rest of rests) {
      let k = i + 1, ok = true;
      for (const w of rest) {
        if (k >= c.tokens.length || !sameSentenceWord(c.tokens[k], t) || c.tokens[k].norm !== w) { ok = false; break; }
        k++;
      }
      if (!ok) continue;
      const m = makeMention(c.text, c.tokens, x, i, k, "FAC", "pattern", SCORE, normalize(c.text.slice(t.start + x.from, c.tokens[k - 1].end)), []);
      m.role = "facility";
      return m;
    }
  }
  return null;
}
