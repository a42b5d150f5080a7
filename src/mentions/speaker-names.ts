// Persons named in the subject slot of a verb of saying that no KB row, pattern or the tagger
// found: the press writes "وقال X Y، <role>، إن"، "أعرب X Y حاكم بنك فرنسا عن"، "ويؤكد الرقيب X «…»".
// The slot itself is the evidence: right after a reporting verb (data/lexicon/reporting-cues.tsv,
// kind say, a finite verb) stands its subject, and when the words there end on a comma, a colon,
// a quotation, إن/أن, a title, a relative pronoun or a via phrase (في، لـ), they name who speaks.
// Foreign names transliterated into Arabic (كريستيان نوايه، رالف سيجال) are the bulk: no given-name
// list or KB holds them. Guards, all closed lists or the lexicons: each word is a name word (not
// a stop word, no article, no title, office, organization head, unnamed source, cue, month or number
// word, no word read with a pronoun), one to four of them, and at least one is no ordinary Arabic
// word (hunspell, gaz.ordinary) — ordinary words there are objects ("أكد حرص المملكة"), unless a
// title stands before the name. A single word needs a title before it, or a family name this
// document already gave a person, or a hard end (، : « إن أن). Its later bare repeats are added too.
import path from "node:path";
import type { Token } from "../core/document.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { titleAt, isStop, type Ctx } from "./words.ts";
import { docMatches } from "../lexicon/doc-matches.ts";
import { unnamedIndex } from "../lexicon/unnamed.ts";
import { speakingHeadWords } from "../lexicon/speaking-heads.ts";
import { normalize } from "../text/normalize.ts";
import { slotWords } from "../lexicon/speaker-slot.ts";
import { functionWords } from "../lexicon/function-words.ts";
import { ordinaryWords } from "./model/features.ts";
import { slotFamilyName } from "./articled-family-names.ts";

const MAX_NAME = 4;    // words of a name in the slot
const MAX_TITLE = 8;   // words of a title phrase skipped before it ("الناشطة اليمنية الحائزة …")
const SCORE = 0.42;    // below the tagger's names (0.45): an equal span found otherwise wins

/** `found`: the stage's resolved mentions; returns them with the slot names added (sorted by start). */
export function speakerNames(c: Ctx, found: FoundMention[]): FoundMention[] {
  const { tokens } = c;
  const cues = docMatches(tokens).cues;
  if (!cues.length) return found;
  let cover: (FoundMention | undefined)[] | null = null;
  let starts: Uint8Array | null = null; // tokens where a cue starts: no name word
  const added: FoundMention[] = [];
  for (const m of cues) {
    // (a verb of describing takes its object there, "وصف X بأنه"; after ل it is a purpose, "لنقل")
    if (!m.values.some((v) => v.kind === "say" && v.pos === "verb" && !v.frames.has("whole")) || m.end >= tokens.length) continue;
    if (tokens[m.start].readings.every((r) => /ل/.test(r.pre))) continue;
    if (tokens[m.start].norm === "عبر") continue; // (as often the preposition "via": "عبر نظام التوظيف")
    // ("وكان صالح قد طالب الحكومة": after قد the subject stood before the verb; what follows is its object)
    if (m.start > 0 && functionWords("qad").has(tokens[m.start - 1].norm)) continue;
    cover ??= coverOf(tokens.length, found);
    if (!starts) { starts = new Uint8Array(tokens.length); for (const x of cues) starts[x.start] = 1; }
    const s = slotName(c, cover, starts, m.end);
    if (s) added.push(s);
  }
  return added.length ? addSlotNames(c, found, added) : found;
}

/** `found` with the names `added` (they replace what they run past) and their bare later repeats. */
export function addSlotNames(c: Ctx, found: FoundMention[], added: FoundMention[]): FoundMention[] {
  return withRepeats(c, merge(found, added), added);
}

function coverOf(n: number, ms: readonly FoundMention[]): (FoundMention | undefined)[] {
  const cover = new Array<FoundMention | undefined>(n);
  for (const m of ms) for (let k = m.tokens.start; k < m.tokens.end; k++) cover[k] = m;
  return cover;
}

/** The name in the subject slot that starts at token i (after a title phrase, if any), or null. */
function slotName(c: Ctx, cover: (FoundMention | undefined)[], starts: Uint8Array, i: number): FoundMention | null {
  const { tokens } = c;
  const sent = tokens[i].sentence;
  let titled = false;
  let family = -1; // an ال-word right after a title: "وأضاف المهندس [الطرموني] أن" (articled-family-names.ts)
  const t0 = titleAt(c, i);
  if (t0 > i) {
    titled = true;
    i = t0;
    // what describes the title: definite words, nationality adjectives, bodies already found
    for (let n = 0, after = i; i < tokens.length && n < MAX_TITLE; n++) {
      const t = tokens[i], m = cover[i];
      if (!isWord(t) || t.sentence !== sent) return null;
      if (m && m.type !== "PERSON") { i = m.tokens.end; continue; }
      const tj = titleAt(c, i);
      if (tj > i) { i = after = tj; continue; }
      if (t.readings[0].article || t.readings.some((r) => r.article && r.pre !== "" && !r.post)) { family = i === after ? i : -1; i++; continue; }
      break;
    }
    if (family === i - 1 && endsSlot(c, i, sent) === "hard" && slotFamilyName(c, cover, family, sent, true)) return makeMention(c.text, tokens, tokens[family].readings[0], family, i, "PERSON", "pattern", SCORE, tokens[family].norm);
  }
  // "وقالت شرطة فاستمانلاند في بيان": an institution noun heads the name of a body
  const head = !titled && !cover[i] && tokens[i].readings.some((r) => !r.post && !r.article && (r.pre === "" || r.pre === "و") && speakingHeadWords().has(r.norm) && !c.lex.titles.has(r.norm) && !c.lex.offices.has(r.norm)) ? i : -1;
  if (head >= 0) {
    i++;
    const body = definiteBody(c, cover, i, sent);
    if (body > i) return makeMention(c.text, tokens, tokens[head].readings[0], head, body, "ORG", "pattern", SCORE, normalize(c.text.slice(tokens[head].start, tokens[body - 1].end)));
  }
  // each word a name found already, a given name, or any name word; the run ends on one that is no
  // ordinary word ("مارشال ويتمان"), or on a given name or found name after a title
  let j = i, last = i, strange = 0, common = false;
  while (j < tokens.length && j - i < MAX_NAME && !starts[j] && nameWord(c, tokens[j], cover[j]) && tokens[j].sentence === sent) {
    const plain = cover[j] || c.lex.firstNames.has(tokens[j].norm.replace(/^[وف](?=...)/, ""));
    j++;
    if (!plain && !ordinary(c, tokens[j - 1])) { strange++; last = j; }
    else if (!plain) { if (j - 1 > i) break; common = true; } // (one ordinary word, first: "مارشال ويتمان")
    else if (titled && !common) last = j;
  }
  // "ويؤكد الرقيب نسيب «…»": after a title, one word that is also an ordinary word, closed off hard
  // (not an adverb in the accusative, مستقبلا; not before a lone straight quote, which may close one)
  // (nor a word that may carry a pronoun, رأيه)
  if (titled && last === i && common && !/ا$/.test(tokens[i].norm) && tokens[i].readings.every((r) => r.post === "") && endsSlot(c, i + 1, sent) === "hard" && tokens[i + 1].text !== "\"") last = i + 1;
  j = last;
  // "العقيد وليام [الكرزوني]"; after a given name that is also a word, only a family name no nisba of one
  if (titled && (j > i || (common && endsSlot(c, i + 2, sent) === "hard")) && slotFamilyName(c, cover, j > i ? j : i + 1, sent, j === i)) j = j > i ? j + 1 : i + 2;
  if (j === i || (!titled && !strange)) return null;
  // a known person inside: only when the run goes past it ("غزال عبد الله"), never cut it
  for (let k = i; k < j; k++) { const m = cover[k]; if (m && (m.tokens.start < i || m.tokens.end > j)) return null; }
  if (cover[i] && cover[j - 1] === cover[i]) return null; // found already, whole
  const end = endsSlot(c, j, sent);
  if (!end) return null;
  if (j - i === 1 && !titled && head < 0 && end !== "hard" && !familyName(c, cover, tokens[i])) return null;
  // "يعد تعجيزيا،": an adjective in the accusative after a verb of judging, no name
  if (j - i === 1 && !titled && head < 0 && /يا$/.test(tokens[i].norm) && !c.lex.firstNames.has(tokens[i].norm)) return null;
  // "رئيس بلدية X": after an institution's head the word names the institution's place, no person
  const before = tokens[i - 1];
  if (titled && before && before.readings.some((r) => !r.post && (c.lex.orgHeads.has(r.norm) || c.lex.settlementCues.has(r.norm) || c.lex.adminWords.has(r.norm) || speakingHeadWords().has(r.norm)))) return null;
  const a = head >= 0 ? head : i, t = tokens[a];
  if (head >= 0 && cover.slice(i, j).some((m) => m)) return null; // (a body's name, no person's)
  const r = t.readings.find((x) => !x.post && (x.pre === "" || x.pre === "و" || x.pre === "ف")) ?? t.readings[0];
  return makeMention(c.text, tokens, r, a, j, head >= 0 ? "ORG" : "PERSON", "pattern", SCORE, normalize(c.text.slice(t.start + r.from, tokens[j - 1].end)));
}

/** "وقالت قيادة المنطقة العسكرية الرابعة في بيان": after an institution noun, definite words (two to
 *  five, no name among them) that end the slot name the body; the token after them, or i (none). */
function definiteBody(c: Ctx, cover: (FoundMention | undefined)[], i: number, sent: number): number {
  const { tokens } = c;
  let j = i;
  // (a definite noun, then adjectives: a nisba, an ordinal or one of body_adjective — "قيادة المنطقة
  // العسكرية الرابعة"; a second noun is not the body's, "مجلس الإدارة الشركة")
  while (j < tokens.length && j - i < 5 && tokens[j].kind === "word" && tokens[j].sentence === sent && !cover[j]
    && tokens[j].readings.some((r) => r.article && r.pre === "" && !r.post) && !slotWords("end_soft").has(tokens[j].norm)
    && !slotWords("not_name").has(tokens[j].norm) && (j === i || /(ي|يه)$/.test(tokens[j].norm) || slotWords("body_adjective").has(tokens[j].norm))) j++;
  if (j - i < 2) return i;
  // (a plural there is the object, "قيادة المقاومة المتجهين"; the body's name ends hard, or before
  // في/خلال: "في بيان"، "خلال جلسة")
  for (let k = i; k < j; k++) if (/(ين|ون)$/.test(tokens[k].norm)) return i;
  const end = endsSlot(c, j, sent);
  return end === "hard" || (end === "soft" && (tokens[j].norm === "في" || tokens[j].norm === "خلال")) ? j : i;
}

/** Can token t be a word of a person's name in the slot? */
export function nameWord(c: Ctx, t: Token, m: FoundMention | undefined): boolean {
  if (m) return m.type === "PERSON";
  if (t.kind !== "word" || t.norm.length < 2 || /^[وفبلك]?ال|^[وف]?لل/.test(t.norm) || t.readings.some((r) => r.article) || isStop(c, t) || /\d/.test(t.text) || /[\u064b\u064c\u064d\u0640]/.test(t.text)) return false;
  const n = t.norm.replace(/^[وف](?=...)/, "");
  if (slotWords("not_name").has(t.norm) || slotWords("not_name").has(n) || c.lex.connectors.has(t.norm) || AN_FORM.test(t.norm)) return false;
  // (a pronoun other than ه at the end, أعمالهم، بهدوئها: no name ends so)
  if (!c.lex.firstNames.has(t.norm) && t.readings.some((r) => r.post !== "" && r.post !== "ه" && r.post !== "ي")) return false;
  // (a title, an office, an organization's or institution's head, with or without a preposition: لشركة)
  for (const r of t.readings) if (!r.post && (c.lex.titles.has(r.norm) || c.lex.offices.has(r.norm) || c.lex.orgHeads.has(r.norm) || speakingHeadWords().has(r.norm))) return false;
  if (unnamedIndex().matchAt([t], 0)) return false;
  // a preposition or ك in front (لمستمعيه، بقوله) or a pronoun after (حسابه): no name word
  if (!c.lex.firstNames.has(t.norm) && t.readings.every((r) => r.post !== "" || /[بلك]/.test(r.pre))) return false;
  return true;
}

/** A word that reads as an ordinary Arabic word (hunspell-ar's list, model/features.ts), under
 *  any reading — whole, after a clitic (بقوله، لمستمعيه), with a pronoun (حسابه) — or once a
 *  feminine or plural ending is taken off (سريعة، طائرات، مختصون), which the list lacks. */
export function ordinary(c: Ctx, t: Token): boolean {
  if (c.lex.firstNames.has(t.norm)) return true;
  const words = ordinaryWords();
  if (!words.size) return true; // (no list: no slot is believed)
  if (inflected(words, t.norm)) return true;
  for (const r of t.readings) {
    // (و, ف, س in front are as often a name's own first letter: ويتمان، سيجال; so is يه at the end: نوايه)
    // (a stem in ي and the pronoun ه is as often a name in يه, نوايه; not with a hamza, رأيه)
    if (r.norm.length < 3 || (r.post === "ه" && r.norm.endsWith("ي") && !/[أإؤئء]/.test(t.text))) continue;
    // (a conjunction in front: "ومستقلة" is ordinary, "ويتمان" is not و + the verb يتمان)
    // (but ويتمان، ويلسون are names: an imperfect after و is believed only in its plural, ويطيرون)
    if (r.post === "" && !/[بلك]/.test(r.pre) && !(/[وف]/.test(r.pre) && (!/^ي/.test(r.norm) || /(ات|ه|ون|وا)$/.test(r.norm)))) continue;
    if (inflected(words, r.norm) || (r.post !== "" && r.norm.endsWith("ت") && words.has(r.norm.slice(0, -1) + "ه"))) return true;
    if (r.post !== "" && r.norm.endsWith("و") && inflected(words, r.norm.slice(0, -1))) return true; // a plural in construct: منتقدوه
    // (a preposition and a pronoun both: "بنصيحتهم"، "باسمه")
    const p = /[بلك]/.test(r.pre) && r.post === "" ? PRONOUN.exec(r.norm) : null;
    if (p && r.norm.length - p[0].length >= 3) {
      const stem = r.norm.slice(0, -p[0].length);
      // (and a plural or dual in construct: لمستمعيه، لوالديها)
      if (inflected(words, stem) || (/[تي]$/.test(stem) && (words.has(stem.slice(0, -1) + "ه") || inflected(words, stem.slice(0, -1))))) return true;
    }
  }
  return false;
}
export function inflected(words: Set<string>, n: string): boolean {
  if (words.has(n)) return true;
  if (/^س[يتن]/.test(n) && n.length >= 5 && inflected(words, n.slice(1))) return true; // a future: سيخرجون
  for (const [end, bases] of ENDINGS) {
    // (a nisba's يه never follows ا: نوايه is no نواي + ة)
    // (two letters before the accusative or a nisba are enough: ردا، قوية)
    if (!n.endsWith(end) || n.length - end.length < (end === "ا" || end === "يه" ? 2 : 3) || (end === "ه" && n.endsWith("يه")) || (end === "يه" && n.endsWith("ايه"))) continue;
    const stem = n.slice(0, -end.length);
    for (const b of bases) if (words.has(stem + b)) return true;
    // (a nisba's ي before the ending: عسكريون، علميتين)
    if (stem.endsWith("ي") && stem.length >= 4 && words.has(stem.slice(0, -1))) return true;
  }
  return false;
}
// endings hunspell's list lacks, and what the word was without them: plurals and duals (طائرات،
// مختصون، صحيفتا), feminine and nisba forms (سريعة، سياسية), the accusative (رسميا), verbs (غرقت، قالوا)
// (no bare ي or و: كعكي، بيدرو are names more often than a cake or a threshing floor)
const ENDINGS: [string, string[]][] = [
  ["ات", ["", "ه"]], ["ون", [""]], ["ين", [""]], ["تان", ["ه"]], ["تين", ["ه"]], ["ان", [""]], ["تا", ["ه"]], ["تي", ["ه"]],
  ["يه", ["ي", ""]], ["يا", ["ي", ""]], ["ه", [""]], ["ا", [""]], ["وا", [""]], ["ت", [""]],
];
const PRONOUN = /(ه|ها|هم|هما|هن|كم|نا)$/;

/** Does token j end the name: "hard" (، : « " إن أن بأن), "soft" (a title, الذي، في، لـ), or not at all. */
function endsSlot(c: Ctx, j: number, sent: number): "hard" | "soft" | null {
  const t = c.tokens[j];
  if (!t || t.sentence !== sent) return null;
  if (t.kind === "punct") return HARD_PUNCT.has(t.text) ? "hard" : null;
  if (slotWords("end_hard").has(t.norm)) return "hard";
  if (titleAt(c, j) > j || slotWords("end_soft").has(t.norm)) return "soft";
  // "لوكالة"، "لـ«…»"، "للصحفيين": a via phrase or an addressee
  if (t.norm === "ل" || t.text === "لـ" || /^لل/.test(t.norm) || (/^ل/.test(t.norm) && c.lex.mediaHeads.includes(t.norm.slice(1)))) return "soft";
  return null;
}

/** Is t the last word of a person's name this document has found with more than one word? */
function familyName(c: Ctx, cover: (FoundMention | undefined)[], t: Token): boolean {
  const n = t.norm.replace(/^[وف](?=...)/, "");
  for (const m of new Set(cover)) {
    if (!m || m.type !== "PERSON" || m.tokens.end - m.tokens.start < 2) continue;
    if (c.tokens[m.tokens.end - 1].norm === n) return true;
  }
  return false;
}

/** The slot names replace what they run past (a given name found alone: "كريستيان" of "كريستيان نوايه"). */
function merge(found: FoundMention[], added: FoundMention[]): FoundMention[] {
  const out: FoundMention[] = [];
  for (const m of found) if (!added.some((a) => a.tokens.start <= m.tokens.start && m.tokens.end <= a.tokens.end)) out.push(m);
  for (const a of added) out.push(a);
  return out.sort((a, b) => a.start - b.start);
}

/** The family name of a slot name, met again bare where no mention stands ("وبحسب نوايه فإن"). */
function withRepeats(c: Ctx, out: FoundMention[], added: FoundMention[]): FoundMention[] {
  const names = new Set<string>();
  for (const a of added) { const t = c.tokens[a.tokens.end - 1]; if (a.type === "PERSON" && !ordinary(c, t)) names.add(t.norm); }
  if (!names.size) return out;
  const cover = coverOf(c.tokens.length, out);
  const more: FoundMention[] = [];
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i];
    if (cover[i] || t.kind !== "word") continue;
    const r = t.readings.find((x) => !x.post && names.has(x.norm) && (x.pre === "" || x.pre === "و" || x.pre === "ف" || x.pre === "ب" || x.pre === "ل"));
    if (r) more.push(makeMention(c.text, c.tokens, r, i, i + 1, "PERSON", "pattern", SCORE, r.norm));
  }
  if (!more.length) return out;
  for (const m of more) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}


const HARD_PUNCT = new Set(["،", ",", ":", "«", "\"", "“", "("]);
const AN_FORM = /^[وفب]?ان(ه|ها|هم|هما|ني|نا|ك|كم)?$/;

