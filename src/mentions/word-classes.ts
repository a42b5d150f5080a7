// What each name pattern asks first of every token — is it a nationality adjective, a given
// name, an organization head, a title's first word, a family name the KB knows? — answered once
// per written form and kept (a token's kind, norm and readings follow from its text alone). The
// patterns skip a token whose bit is clear, so a word that starts nothing costs one read per
// document instead of a dozen lookups per reading. A bit is set exactly when the pattern's own
// first test would pass: gating changes no output, only what it costs to find none. The same
// per-form answer says what KB matching needs (kb-matches.ts): can a name go on with the word,
// and which of its readings start one.
//
// Why a number and not a record: the answer is kept on the token's form (TokenForm.mentions) as
// one small integer — class bits, the `continues` bit, the id of the form's KB starts (most
// forms have none) and a stamp naming the gazetteer and lexicons it was made for — so a token
// costs one read of its form and nothing else; a record object behind the form was a second
// cache miss per token, and most of this stage's time. A document's answers are gathered into
// one Int32Array (`DocForms.vals`) that every pattern reads by token index.
import type { Reading, Token } from "../core/document.ts";
import type { Gazetteer, NameEntry } from "./gazetteer.ts";
import type { Lexicons } from "./lexicons.ts";
import { isWord, NAME_PRE } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { rootNode, type NameNode } from "./name-steps.ts";
import { numberTable } from "../text/clitics.ts";
import { formNumbers } from "../text/tokens.ts";

/** ORG_HEAD: a reading (no enclitic, HEAD_PRE) whose stem without ال is an organization head. */
export const ADJECTIVE = 1, SURNAME = 2, FIRST_NAME = 4, ORG_HEAD = 8, INSTITUTION = 16, TITLE = 32, SETTLEMENT = 64;
/** A KB name can go on with this word (gazetteer `continues` of its whole norm). */
export const CONT = 128;
/** The word as written is a nationality adjective (words.ts adjectiveOf: gaz.adjective of its norm). */
export const ADJ_WORD = 256;
/** A stop word, whole or after و/ف (words.ts isStop). */
export const STOP = 512;
/** vals[i] >>> REC_SHIFT: the id of the token's KB starts in DocForms.recs (0: it starts no KB name). */
export const REC_SHIFT = 10;

/** Proclitics an organization head or nationality adjective may carry. */
export const HEAD_PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
/** Proclitics before a title's first word, and before a family name alone. */
export const TITLE_PRE = new Set(["", "و", "ف", "ل", "ب"]);

/**
 * A reading of one written form (`at`: its index in token.readings) that is a KB alias or an
 * alias's first words, with its candidates and, when longer aliases start with it, its node to
 * extend from (name-steps.ts, kb-matches.ts); `next`: the form's next such reading, in
 * nameReadings' order. One object for the common single start: kbMatches reads one record.
 */
export interface Starts {
  at: number; key: string; hit: readonly NameEntry[] | undefined; node: NameNode | null; next: Starts | null;
  /** The ids of `hit`, made on the first match (kbMatches): every mention of the form shares them. */
  ids: string[] | null;
}

/** A document's per-token answers: vals[i] = class bits | CONT | rec id << REC_SHIFT (0 for punctuation and numbers; vals may run past the tokens, with zeros); recs by id. */
export interface DocForms { vals: Int32Array; recs: readonly Starts[] }

// On a form: vals-value | stamp << STAMP_SHIFT, a small integer (V8 Smi, < 2^30). 16 bits of
// record id (the whole corpus has ~25k forms that start a KB name); a record id beyond them is
// kept for the document but not on the form.
const STAMP_SHIFT = 26, REC_ON_FORM = (1 << 16) - 1, LOW = (1 << STAMP_SHIFT) - 1, MAX_STAMP = 15;
const MAX_RECS = REC_ON_FORM - 1, MAX_TEXTS = 300_000;

/**
 * One generation of answers, for one gazetteer and lexicons (null: KB starts and CONT only). Its
 * stamp is unique in the process (a counter on globalThis, shared by every copy of this module:
 * bundle and source), so a value left on a form by another generation never passes for current;
 * stamp 0 (the 15 stamps are spent: a test process that built many gazetteers) keeps nothing on
 * forms. Tokens without a form (hand-made, copies) are answered from `byText`.
 */
interface Gen {
  gaz: Gazetteer; lex: Lexicons | null; stamp: number; recs: Starts[]; byText: Map<string, number>;
  /**
   * The same answers by form number (text/tokens.ts formNumbers), value + 1 (0: not yet), valid
   * for form generation `numbersFor`: docForms reads a dense array by the token's number instead
   * of its Form (`form.mentions` was 85% of docForms' time: a cache miss per token by the time
   * this stage meets the document in extract's batches; bench/PERF.md, session 9, perf9b).
   */
  byNumber: Int32Array | null; numbersFor: number;
}
const gens: Gen[] = [];
const G = globalThis as { __rasidMentionStamps?: number };

function genFor(gaz: Gazetteer, lex: Lexicons | null): Gen {
  for (let k = 0; k < gens.length; k++) {
    const g = gens[k];
    if (g.gaz !== gaz || (g.lex !== lex && lex !== null)) continue; // without lexicons, any generation of gaz serves
    if (g.recs.length < MAX_RECS) return g;
    gens.splice(k, 1); // full: a new generation (forms recompute on sight)
    break;
  }
  const n = (G.__rasidMentionStamps ?? 0) + 1;
  G.__rasidMentionStamps = n;
  const g: Gen = { gaz, lex, stamp: n <= MAX_STAMP ? n : 0, recs: [NO_STARTS], byText: new Map(), byNumber: null, numbersFor: -1 };
  if (gens.length >= 8) gens.shift();
  gens.push(g);
  return g;
}

const NO_STARTS: Starts = { at: -1, key: "", hit: undefined, node: null, next: null, ids: null };

// findMentions' answers live in one array per process, grown as needed (a typed array allocated
// per document cost as much as filling it); GUARD zeros after the last token stand for "no token".
const GUARD = 16;
let shared = new Int32Array(4096);

/**
 * Per token of a document, its form's answer (see DocForms), for gazetteer gaz and lexicons lex
 * (null: class bits not needed). `reuse`: the answers go into the process's one shared array,
 * valid until the next such call (findMentions, which keeps them for one document only).
 */
export function docForms(text: string, tokens: readonly Token[], gaz: Gazetteer, lex: Lexicons | null, reuse = false): DocForms {
  const g = genFor(gaz, lex);
  const stamp = g.stamp;
  const n = tokens.length;
  let vals: Int32Array;
  if (reuse) {
    if (shared.length < n + GUARD) shared = new Int32Array(2 * (n + GUARD));
    vals = shared;
    vals.fill(0, n, n + GUARD);
  } else vals = new Int32Array(n);
  // by number when text/ numbered the list (a stamp of 0 keeps nothing, by number either)
  const ids = stamp === 0 ? null : formNumbers(tokens as Token[]);
  let byNumber: Int32Array | null = null;
  if (ids !== null) {
    byNumber = numberTable(g);
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!isWord(t)) { vals[i] = 0; continue; }
    if (byNumber !== null) {
      const k = ids![i], y = byNumber[k];
      if (y !== 0) { vals[i] = y - 1; continue; }
    }
    const form = t.form;
    if (form !== undefined && stamp !== 0) {
      // the Form's answer first: a word answered before this number array was (re)filled keeps
      // its record id, so the answer is the one kept, never computed twice
      const x = form.mentions;
      let v: number;
      if (typeof x === "number" && x >>> STAMP_SHIFT === stamp) v = x & LOW;
      else {
        v = answer(g, text, t);
        if (v >>> REC_SHIFT <= REC_ON_FORM) form.mentions = v | (stamp << STAMP_SHIFT);
      }
      if (byNumber !== null && v >>> REC_SHIFT <= REC_ON_FORM) byNumber[ids![i]] = v + 1;
      vals[i] = v;
      continue;
    }
    let v = g.byText.get(t.text);
    if (v === undefined) {
      v = answer(g, text, t);
      if (g.byText.size >= MAX_TEXTS) g.byText.clear();
      g.byText.set(t.text, v);
    }
    vals[i] = v;
  }
  return { vals, recs: g.recs };
}

// A new form's answer: each reading asked everything at once (KB starts, class bits), so the
// KB's last-key memo (kb/compile.ts) answers a reading's later questions without hashing again,
// and the lexicons once (lexiconBits): the given-name and stop-word tests (words.ts
// firstNameReading, isStop) read the same bits instead of asking their sets again.
function answer(g: Gen, text: string, t: Token): number {
  const { gaz, lex } = g;
  let v = 0;
  if (gaz.continues ? gaz.continues(t.norm) : true) v |= CONT;
  if (gaz.adjective(t.norm)) v |= ADJ_WORD;
  const c: Ctx | null = lex === null ? null : { text, tokens: [], gaz, lex };
  const bits = lex === null ? null : lexiconBits(lex);
  const whole = bits === null ? 0 : bits.get(t.norm) ?? 0;
  let given = false, stop = (whole & IN.stop) !== 0 && !(whole & IN.firstName && lex !== null && nameWrittenYa(lex, text, t, t.readings[0]));
  let s: Starts | null = null, last: Starts | null = null;
  const rs = t.readings;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    if (r.post === "" && NAME_PRE.has(r.pre)) {
      const hit = gaz.lookup(r.norm), p = gaz.isPrefix(r.norm);
      if (hit || p) {
        const x: Starts = { at: i, key: r.norm, hit, node: p ? rootNode(gaz, r.norm, hit) : null, next: null, ids: null };
        if (last === null) s = x; else last.next = x;
        last = x;
      }
    }
    if (c !== null) {
      const b = bits!.get(r.norm) ?? 0;
      v |= readingBits(c, b, t, r);
      if (!given && b & IN.firstName && givenName(c, t, r, b, whole)) given = true;
      if (!stop && b & IN.stop && r.post === "" && (r.pre === "" || r.pre === "و" || r.pre === "ف") && !(b & IN.firstName && nameWrittenYa(c.lex, text, t, r)) && !(r.pre !== "" && wholeName(c.lex, t, whole))) stop = true;
    }
  }
  if (s !== null) { v |= g.recs.length << REC_SHIFT; g.recs.push(s); }
  if (given) v |= FIRST_NAME; // firstNameReading(c, t) !== null
  if (stop) v |= STOP; // isStop(c, t)
  return v;
}

/** The whole word is a given name that is no common word: فيصل is no ف + the verb يصل (spk14). */
function wholeName(lex: Lexicons, t: Token, whole: number): boolean {
  return (whole & IN.firstName) !== 0 && !lex.ambiguousNames.has(t.norm);
}

/** words.ts firstNameReading's test of reading r (a given name: IN.firstName in b), by the bits of r (b) and of the whole word. */
function givenName(c: Ctx, t: Token, r: Reading, b: number, whole: number): boolean {
  if (t.kind !== "word" || r.post !== "" || r.article || !(r.pre === "" || r.pre === "و" || r.pre === "ف" || r.pre === "ل")) return false;
  if (r.pre !== "" && c.lex.ambiguousNames.has(r.norm)) return false;
  if (r.to > r.from && c.text.charCodeAt(t.start + r.to - 1) === 0x649 && r.norm.endsWith("ي") && !c.lex.maqsuraNames.has(r.norm)) return false; // written ى (على), unless spelled so (عيسى)
  return (!(b & IN.stop) || nameWrittenYa(c.lex, c.text, t, r)) && !(r.pre !== "" && whole & IN.stop && !nameWrittenYa(c.lex, c.text, t, r));
}

/**
 * A given name that is also a stop word once folded, written with final ي: "علي" (Ali) against
 * "على" (on). The Saudi press keeps the two apart: over SaudiNewsNet, "علي" before words that only
 * the preposition takes (الرغم، مستوى، صعيد، أن، هذا…) stands 54 times against 10,800 for "على";
 * so a written ي makes the word the name, not the stop word that would end it ("السفير علي
 * الصادق", "هبة الله علي شريم", "بن علي").
 */
export function writtenYa(text: string, t: Token, r: Reading): boolean {
  return r.to > r.from && text.charCodeAt(t.start + r.to - 1) === 0x64a;
}

/** writtenYa for a given name that is not also an ordinary word (first-names.tsv also_word = y):
 *  "راي" written with ي is "رأي" (opinion) far more often than the name Ray. */
export function nameWrittenYa(lex: Lexicons, text: string, t: Token, r: Reading): boolean {
  return writtenYa(text, t, r) && !lex.ambiguousNames.has(r.norm);
}

/** The class bits one reading of word t gives, b: its lexicon bits (see the patterns for what each first test means). */
function readingBits(c: Ctx, b: number, t: Token, r: Reading): number {
  let m = 0;
  if (b & IN.institution) m |= INSTITUTION;
  if (r.post !== "") return m;
  if (b & IN.settlementCue) m |= SETTLEMENT;
  if (HEAD_PRE.has(r.pre)) {
    if (c.gaz.adjective(r.norm)) m |= ADJECTIVE;
    // orgPatterns' head (no ال) or quotedOutlets' (ال or not: "الصحيفة «…»"); each pattern checks its own
    if (r.article ? (lexiconBits(c.lex).get(r.bare) ?? 0) & IN.orgHead : b & IN.orgHead) m |= ORG_HEAD;
  }
  if (TITLE_PRE.has(r.pre)) {
    if (b & IN.title) m |= TITLE;
    if (t.kind === "word" && surnameReading(c, r)) m |= SURNAME;
  }
  return m;
}

/** The class bits of every token of c, with CONT and KB start ids above them (DocForms.vals; made on first use, then kept on c). */
export function wordClasses(c: Ctx): Int32Array {
  return (c.forms ??= docForms(c.text, c.tokens, c.gaz, c.lex)).vals;
}

/** Lexicon membership bits (lexiconBits): one per table the word classes and the tagger's features ask. */
export const IN = { firstName: 1, title: 2, orgHead: 4, office: 8, placeCue: 16, settlementCue: 32, stop: 64, connector: 128, institution: 256 } as const;

const lexBits = new WeakMap<Lexicons, Map<string, number>>();
let lastLex: Lexicons | null = null, lastBits: Map<string, number> | null = null; // asked per word: the last answer without a WeakMap read

/**
 * Per normalized word, the lexicon tables (IN bits) it is in: one Map read instead of one per
 * table for every reading of a new word. Lexicons are read-only once loaded, so it is made once.
 */
export function lexiconBits(lex: Lexicons): Map<string, number> {
  if (lex === lastLex) return lastBits!;
  let m = lexBits.get(lex);
  if (m) { lastLex = lex; return (lastBits = m); }
  m = new Map();
  const add = (keys: Iterable<string>, bit: number) => { for (const k of keys) m!.set(k, (m!.get(k) ?? 0) | bit); };
  add(lex.firstNames, IN.firstName); add(lex.titles.keys(), IN.title); add(lex.orgHeads.keys(), IN.orgHead);
  add(lex.offices, IN.office); add(lex.placeCues, IN.placeCue); add(lex.settlementCues, IN.settlementCue);
  add(lex.stops, IN.stop); add(lex.connectors, IN.connector); add(lex.institutions.keys(), IN.institution);
  lexBits.set(lex, m);
  lastLex = lex;
  return (lastBits = m);
}

/** knownSurnames' test of one reading (its proclitic already checked). */
export function surnameReading(c: Ctx, r: Reading) {
  const { gaz, lex } = c;
  if (!gaz.surname) return undefined;
  const e = gaz.surname(r.norm);
  if (!e || lex.firstNames.has(r.norm) || lex.stops.has(r.norm) || gaz.lookup(r.norm) || gaz.adjective(r.norm)) return undefined;
  return e;
}
