// Persons whose given name is a compound the press writes as two words: عبد + a divine name (عبد الله،
// عبد الرحمن، عبد الرب). first-names.tsv holds these spaced spellings beside the joined ones (عبدالله),
// but a given name is one token to the name patterns, so a person named "عبد X" + a family name was
// left to the tagger alone, which ends such names at the compound ("عبد الناصر | العايد") and keeps a
// conjunction in front inside the name ("وعبد الله"), so the person split from the same name written
// without it. SaudiNewsNet (4,430 records of 2015-07-24, -08-06, -08-10): 130 person mentions were a
// bare "عبد X"; 39 of them had a family name with ال right after, most in lists of players, accused or
// officials.
//
// The name is the compound and what follows it:
// - a family name with ال that no dictionary holds (articled-family-names.ts: الخيبري، الشدادي); one that
//   is also an ordinary word (السعيد، الرشيد، القاضي) only where a list or sentence closes it (a mark, or
//   و + another given name): an ordinary definite word after a subject is as often its object
//   ("وأقال عبد الرزاق الأسبوع الماضي");
// - a family name no dictionary holds, without ال (family-names.ts: فلاته، عطيف);
// - the father's given name, or بن and his name, and the rest of the run (words.ts personNameEnd:
//   "عبد الله محمد الشمري", "عبد الله بن سعد").
// The compound alone names nobody yet (فضل الله, a name_part, is the same case). A title before it is
// person-patterns.ts' case (titledPersons, which asks spacedGivenAt), a head before it (مدينة الملك
// عبد الله) an institution's.
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Reading } from "../core/document.ts";
import { normalize } from "../text/normalize.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";
import { articledFamilyName } from "./articled-family-names.ts";
import { unknownFamilyName } from "./family-names.ts";
import { firstNameReading, hasArticle, personNameEnd, type Ctx } from "./words.ts";
import { FIRST_NAME, STOP, TITLE, wordClasses } from "./word-classes.ts";

/** Proclitics the compound's first word may carry (outside the name's span). */
const PRE = new Set(["", "و", "ف", "ل", "ب"]);

// the tokens written as a compound's first word (عبد، وعبد، لعبد), found by form (text/form-gate.ts)
const HEAD = formGate((t, lex: Lexicons) => t.kind === "word" && headReading(t.readings, lex) !== null);

function headReading(readings: readonly Reading[], lex: Lexicons): Reading | null {
  for (const r of readings) if (r.post === "" && !r.article && PRE.has(r.pre) && lex.spacedGivenHeads.has(r.norm)) return r;
  return null;
}

/** The reading of token j that opens a two-word given name with token j + 1 (عبد | الله), or null. */
export function spacedGivenAt(c: Ctx, j: number): Reading | null {
  const { tokens, lex } = c;
  const t = tokens[j], u = j + 1 < tokens.length ? tokens[j + 1] : undefined;
  if (!isWord(t) || !isWord(u) || u.sentence !== t.sentence || lex.spacedGivenNames.size === 0) return null;
  for (const r of t.readings) if (r.post === "" && !r.article && PRE.has(r.pre) && lex.spacedGivenNames.has(r.norm + " " + u.norm)) return r;
  return null;
}

/** Does the person mention m open with such a compound, its name going on after it? */
export function spacedGivenFirst(c: Ctx, m: FoundMention): boolean {
  return m.type === "PERSON" && m.tokens.end - m.tokens.start >= 3 && spacedGivenAt(c, m.tokens.start) !== null;
}

/** Is token k a family name no dictionary holds, with ال (الجلاجل) or without (بحيص)? */
export function surnameAfterCompound(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  return hasArticle(t) ? articledFamilyName(c, k, t.sentence, false) : !(/^[يت]/.test(t.norm) && t.norm.length >= 4) && unknownFamilyName(c, k, false);
}

/** `known`: mentions found so far by start token (a KB name there stands as found). */
export function spacedGivenPersons(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  if (lex.spacedGivenHeads.size === 0) return out;
  const hits = tokensPassing(HEAD, tokens, lex);
  if (hits.length === 0) return out;
  const cls = wordClasses(c);
  for (let h = 0; h < hits.length; h++) {
    const i = hits[h];
    if (known.has(i)) continue;
    const r = spacedGivenAt(c, i);
    if (!r) continue;
    const t = tokens[i], prev = i > 0 ? tokens[i - 1] : undefined;
    if (isWord(prev) && prev.sentence === t.sentence && r.pre === "") {
      // after a title (titledPersons), a head or place cue (مدينة الملك عبد الله، شارع عبد العزيز), a
      // connector (بن عبد الله: a longer name's descent) or a given name, one word or two (محمد عبد الله،
      // عبد الرحمن عبد العزيز: the father's name in a chain), the compound is no name's start
      if (cls[i - 1] & (TITLE | FIRST_NAME) || (i >= 2 && spacedGivenAt(c, i - 2) !== null) || prev.readings.some((x) => x.post === "" && (lex.orgHeads.has(x.norm) || lex.placeCues.has(x.norm) || lex.connectors.has(x.norm)))) continue;
    }
    let end = spacedNameEnd(c, i + 2, false);
    // (a run stops before a name already found: "عبد الكريم سالم الفرا مؤسس [الجبهة الشعبية]")
    for (let k = i + 2; k < end; k++) if (known.has(k)) { end = k; break; }
    if (end <= i + 2) continue;
    const m = makeMention(text, tokens, r, i, end, "PERSON", "pattern", 0.55, normalize(text.slice(t.start + r.from, tokens[end - 1].end)));
    m.role = "name";
    out.push(m);
    h = skipTo(hits, h, end);
  }
  return out;
}

/**
 * Where the name that goes on at token k, after the compound, ends (k itself: it does not). After a
 * title (`titled`) an ordinary ال-word closes the name wherever the sentence goes on: "الخبير عبد
 * الناصر العايد إن".
 */
export function spacedNameEnd(c: Ctx, k: number, titled: boolean): number {
  const { tokens, lex } = c;
  const t = k < tokens.length ? tokens[k] : undefined;
  if (!isWord(t) || t.kind !== "word" || t.sentence !== tokens[k - 1].sentence || wordClasses(c)[k] & STOP) return k;
  if (hasArticle(t)) {
    if (articledFamilyName(c, k, t.sentence, false)) return k + 1;
    return (titled || closedAfter(c, k + 1)) && plainArticled(c, k) ? k + 1 : k;
  }
  // بن + the father's name: the run of descent ("عبد الله بن سعد الشمري")
  if (lex.connectors.has(t.norm)) { const run = personNameEnd(c, k); return run > k + 1 ? run : k; }
  const given = firstNameReading(c, t);
  if (given && given.pre === "") {
    const run = personNameEnd(c, k);
    return run > k + 1 || !lex.ambiguousNames.has(given.norm) ? Math.max(run, k + 1) : k;
  }
  // (يشاركان، تستضيف: a verb after the subject, no family name)
  if (/^[يت]/.test(t.norm) && t.norm.length >= 4 || !unknownFamilyName(c, k, titled)) return k;
  // the father's name no list holds, then the grandfather's: "عبد الله دهيم عبد الله آل سعد"
  const u = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  const more = isWord(u) && u.sentence === t.sentence && (lex.connectors.has(u.norm) || (firstNameReading(c, u)?.pre === "" && !lex.ambiguousNames.has(u.norm)));
  return more ? Math.max(personNameEnd(c, k), k + 1) : k + 1;
}

/** Does a list or sentence close at token k: a mark, the text's end, or و + a given name or compound? */
function closedAfter(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind === "punct") return true;
  if (!isWord(t) || t.sentence !== c.tokens[k - 1].sentence) return true;
  if (t.readings.every((r) => r.pre !== "و")) return false;
  return firstNameReading(c, t) !== null && t.readings.some((r) => r.pre === "و" && r.post === "" && c.lex.firstNames.has(r.norm)) || spacedGivenAt(c, k)?.pre === "و";
}

/** An ال-word that may be a family name though also a dictionary word: singular, no feminine or nisba-of-a-place ending, no class word. */
function plainArticled(c: Ctx, k: number): boolean {
  const t = c.tokens[k], r = t.readings[0];
  if (r.pre !== "" || r.post !== "" || r.bare.length < 3 || /(ات|ون|ين|ه)$/.test(r.bare) || /\d/.test(t.norm)) return false;
  if (wordClasses(c)[k] & (STOP | TITLE) || c.lex.offices.has(t.norm) || c.lex.orgHeads.has(t.norm) || c.gaz.adjective(t.norm)) return false;
  return !c.gaz.lookup(t.norm)?.some((e) => e.type !== "PERSON");
}

/** The index in hits of the last hit before token `end` (the loop goes on after it). */
function skipTo(hits: Int32Array | readonly number[], h: number, end: number): number {
  while (h + 1 < hits.length && hits[h + 1] < end) h++;
  return h;
}
