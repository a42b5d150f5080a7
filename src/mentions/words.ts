// Word classes the name patterns share: is a token a stop word, a connector inside a name, a
// nationality adjective, a word that can be part of a person's name? One place, so the title,
// first-name and organization patterns agree on where a name ends.
import type { Reading, Token } from "../core/document.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Lexicons, Title } from "./lexicons.ts";
import { isWord } from "./candidate.ts";
import { ADJ_WORD, STOP, TITLE, nameWrittenYa, wordClasses, type DocForms } from "./word-classes.ts";
import { titleAsSurname } from "./title-surnames.ts";

/** `forms`: each token's word-class bits and KB starts (word-classes.ts), filled on first use. */
export interface Ctx { text: string; tokens: Token[]; gaz: Gazetteer; lex: Lexicons; forms?: DocForms }

// The article is written ال, never with a hamza or madda: "ألكسيس", "أليكسيس", "ألبرتو", "آليا" begin
// a foreign given name, though normalize() folds أ and آ to ا and the clitic reader then sees ال (a
// word written أل… or آل… is no definite noun: ألف، ألقى، ألمانيا، آلية are not ال + ف، قى، مانيا، ية).
const HAMZA_ALEF = (c: number) => c === 0x0623 || c === 0x0625 || c === 0x0622;
const articled = (t: Token) => t.readings[0].article && !HAMZA_ALEF(t.text.charCodeAt(0));

/** An indefinite accusative (مقالاً، رسمياً): an ordinary word, never part of a name. */
const TANWEEN = /(\u064b\u0627?|\u0627\u064b)$/;

const CONJ = new Set(["", "و", "ف"]);

/** The token's own reading or one with only a conjunction in front (وقال → قال). */
export function plainReadings(t: Token): Reading[] {
  return t.readings.filter((r) => r.post === "" && CONJ.has(r.pre));
}

/** A stop word, whole or under one of its plainReadings (no array made: asked of every new word). */
export function isStop(c: Ctx, t: Token): boolean {
  const stops = c.lex.stops;
  if (stops.has(t.norm)) return true;
  for (const r of t.readings) if (r.post === "" && CONJ.has(r.pre) && stops.has(r.norm) && !(r.pre !== "" && c.lex.firstNames.has(t.norm) && !c.lex.ambiguousNames.has(t.norm))) return true; // (فيصل is no ف + يصل)
  return false;
}

/** A nationality adjective as written, whole (الروسي) or after و/ب/ل. */
export function adjectiveOf(c: Ctx, t: Token) {
  return c.gaz.adjective(t.norm);
}

export const hasArticle = (t: Token): boolean => articled(t);

/** Does a title phrase start at token i? Returns the token index after it, or -1. */
export function titleAt(c: Ctx, i: number): number {
  if (!(wordClasses(c)[i] & TITLE)) return -1;
  const t = c.tokens[i];
  if (!isWord(t)) return -1;
  const index = titleIndex(c.lex);
  const u = c.tokens[i + 1];
  const second = isWord(u) ? u.norm : null;
  for (const r of t.readings) {
    if (r.post !== "" || (r.pre !== "" && r.pre !== "و" && r.pre !== "ف" && r.pre !== "ل" && r.pre !== "ب")) continue;
    const by = index.get(r.norm);
    if (!by) continue;
    // the titles that can match here, in the lexicon's order: one-word titles and those whose second word follows
    const list = second === null ? by.single : by.second.get(second) ?? by.single;
    for (const title of list) {
      let ok = true;
      for (let k = 2; k < title.words.length; k++) {
        const w = c.tokens[i + k];
        if (!isWord(w) || w.norm !== title.words[k]) { ok = false; break; }
      }
      if (ok) return i + title.words.length;
    }
  }
  return -1;
}

/**
 * Titles by first word, then by second word (رييس has ~40 titles: a word's titles were compared
 * one by one). `single`: the one-word titles; `second.get(w)`: those and the titles whose second
 * word is w, each list in the lexicon's order (the first title that matches wins).
 */
interface TitlesOf { single: readonly Title[]; second: Map<string, Title[]> }
let lastTitles: Lexicons | null = null, lastIndex: Map<string, TitlesOf> | null = null;
function titleIndex(lex: Lexicons): Map<string, TitlesOf> {
  if (lex === lastTitles) return lastIndex!;
  const index = new Map<string, TitlesOf>();
  for (const [first, list] of lex.titles) {
    const second = new Map<string, Title[]>();
    for (const x of list) if (x.words.length > 1) second.set(x.words[1], []);
    for (const [w, sub] of second) for (const x of list) if (x.words.length === 1 || x.words[1] === w) sub.push(x);
    index.set(first, { single: list.filter((x) => x.words.length === 1), second });
  }
  lastTitles = lex;
  return (lastIndex = index);
}

const FIRST_PRE = new Set(["", "و", "ف", "ل"]);

/** First names as written, whole or after a conjunction/preposition; "على" (on) is never علي. */
export function firstNameReading(c: Ctx, t: Token): Reading | null {
  if (!isWord(t) || t.kind !== "word") return null;
  for (const r of t.readings) {
    if (r.post !== "" || r.article || !FIRST_PRE.has(r.pre)) continue; // بيان is not ب + يان
    if (r.pre !== "" && c.lex.ambiguousNames.has(r.norm)) continue;
    if (!c.lex.firstNames.has(r.norm)) continue;
    if (r.to > r.from && c.text.charCodeAt(t.start + r.to - 1) === 0x649 && r.norm.endsWith("ي") && !c.lex.maqsuraNames.has(r.norm)) continue; // written ى (على), unless spelled so (عيسى)
    // بأن is not ب + آن; a given name written with ي is no stop word (nameWrittenYa: علي, not على; not راي)
    if ((c.lex.stops.has(r.norm) || (r.pre !== "" && c.lex.stops.has(t.norm))) && !nameWrittenYa(c.lex, c.text, t, r)) continue;
    return r;
  }
  return null;
}

/**
 * Where a person's name that starts at token `i` ends (exclusive), or `i` when no name starts
 * there. A name is up to five words: given names, connectors (بن، أبو، عبد، ولد، آل) and, last,
 * a family name with ال (الشريف); a word with ال ends the name unless a connector precedes it.
 */
export function personNameEnd(c: Ctx, i: number, maxWords = 5): number {
  const { tokens, lex } = c;
  const cls = wordClasses(c);
  let k = i, words = 0, afterConnector = false, lastGood = i;
  const sentence = tokens[i]?.sentence;
  while (k < tokens.length && words < maxWords) {
    const t = tokens[k];
    if (!isWord(t) || t.kind !== "word" || t.sentence !== sentence) break;
    if (/\d/.test(t.norm) || t.norm.length < 2 && !lex.connectors.has(t.norm)) break;
    if (cls[k] & STOP || TANWEEN.test(t.text)) break; // isStop(c, t)
    // a third word in ـا after a full name is an object (كتب ماركو مسعد تحليلا), not a name
    if (words >= 2 && /[^ا]ا$/.test(t.norm) && !lex.firstNames.has(t.norm)) break;
    // (a title that is also a family name, right after the given name and before no other name, ends it: "سمير الحاج" — title-surnames.ts)
    if (k === i + 1 && cls[k] & TITLE && titleAsSurname(c, k)) { words++; k++; lastGood = k; break; }
    if (k > i && !afterConnector && (cls[k] & TITLE && titleAt(c, k) >= 0 || lex.orgHeads.has(t.norm) || lex.offices.has(t.norm))) break;
    // بجدة، بالنيابة، للمنطقة: a preposition in front starts a phrase after the name
    if (k > i && prepositionPhrase(c, t)) break;
    // an adjective ends a name, unless it is the family name after a given name (منصور التركي; or,
    // without ال, after one that is no ordinary word: ميساء مغربي, not طالب سعودي)
    if (cls[k] & ADJ_WORD && !afterConnector && !(words === 1 && k === i + 1 && lex.firstNames.has(tokens[i].norm) && (articled(t) || (!lex.ambiguousNames.has(tokens[i].norm) && t.readings[0].pre === "" && !TANWEEN.test(t.text))))) break;
    if (lex.connectors.has(t.norm)) { afterConnector = true; k++; continue; }
    if (k > i && t.norm.startsWith("و") && !lex.firstNames.has(t.norm) && !afterConnector) break;
    if (k === i && articled(t) && !afterConnector) break;
    words++; k++; lastGood = k;
    // (the second part of a compound given name does not end it: "عز الدين [الأصبحي]", "سيف الدين [الحمداني]")
    if (articled(t) && !afterConnector && !(k === i + 2 && lex.compoundTails.has(t.norm))) break;
    afterConnector = false;
  }
  return lastGood;
}

/** بجدة، بالنيابة، للمنطقة: a reading after ب or ل (no enclitic) that is definite or a KB name. */
function prepositionPhrase(c: Ctx, t: Token): boolean {
  for (const r of t.readings) if ((r.pre === "ب" || r.pre === "ل") && r.post === "" && (r.article || c.gaz.lookup(r.norm))) return true;
  return false;
}
