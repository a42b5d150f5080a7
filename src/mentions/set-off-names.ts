// A person named in apposition after the role that introduces them, set off by commas: "وقال عضو
// المكتب السياسي للحزب، فلان الفلاني، إن"، "رئيسة كتلة الحزب في البرلمان، فلانة: «…»". The press
// writes the role first (an office word or title with its institution) and the name between two
// commas (or a comma and a colon, a quotation, a bracket); no pattern reads past the first comma, and
// the tagger, seeing a name cut off from its title, often leaves it out or keeps one word of it —
// with it goes every quote of the person. The commas and the role are the evidence, so the name may
// hold words no list knows (a transliterated foreign name) or a family name that is also a title word
// (العماد، الشيخ). Guards: each name word is a name word as speaker-names.ts judges one in the subject
// slot (no stop word, office, title, organization head, cue, number, no word read only with a
// preposition or pronoun); only the first has no article; at least one is a known given name or no
// ordinary word; the role phrase holds no verb-like stop word and no person already named.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import { titleAt, type Ctx } from "./words.ts";
import { STOP, TITLE, wordClasses } from "./word-classes.ts";
import { addSlotNames, nameWord, ordinary } from "./speaker-names.ts";
import { normalize } from "../text/normalize.ts";
import { slotWords } from "../lexicon/speaker-slot.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";

const MAX_ROLE = 9;   // words between the role word and the comma ("عضو في المكتب السياسي لحزب النهضة الوطني")
const MAX_NAME = 4;
const SCORE = 0.42;   // as speaker-names.ts: an equal span found otherwise wins
const VERB_LIKE = /^(?:[وف][يتن]|[يت].{3})/;
const COMMA = new Set(["،", ","]);
const CLOSE = new Set(["،", ",", ":", "«", "(", "\"", "“"]);
// (a role phrase may hold these: "عضو في"، "مدير عام"، "المتحدث باسم")
const ROLE_LINKS = new Set(["في", "الي", "لدي", "عام", "باسم"]);

// RASID_NER_SETOFF=0 turns the rule off (for ablations)
const ON = process.env.RASID_NER_SETOFF !== "0";

/** `found`: the stage's resolved mentions; returns them with the set-off names added (sorted by start). */
export function setOffNames(c: Ctx, found: FoundMention[]): FoundMention[] {
  if (!ON) return found;
  const { tokens } = c;
  const cls = wordClasses(c);
  let cover: (FoundMention | undefined)[] | null = null;
  const added: FoundMention[] = [];
  // a role starts at a title (the word classes) or an office word (found by form: text/form-gate.ts)
  const offices = tokensPassing(OFFICE, tokens, c.lex);
  let o = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (o < offices.length && offices[o] < i) o++;
    if (!(cls[i] & TITLE) && offices[o] !== i) continue;
    const comma = roleEnd(c, cls, i);
    if (comma < 0) continue;
    cover ??= coverOf(tokens.length, found);
    const m = nameAfter(c, cover, comma);
    if (m) { added.push(m); i = m.tokens.end; }
  }
  return added.length ? addSlotNames(c, found, added) : found;
}

function isOffice(t: Token, lex: Lexicons): boolean {
  for (const r of t.readings) if (r.post === "" && (r.pre === "" || r.pre === "و" || r.pre === "ف") && lex.offices.has(r.norm)) return true;
  return false;
}
const OFFICE = formGate(isOffice);

/** The comma that ends the role phrase starting at token i (an office word or a title), or -1. */
function roleEnd(c: Ctx, cls: Int32Array, i: number): number {
  const { tokens, lex } = c;
  const t = tokens[i];
  if (!isWord(t) || t.kind !== "word") return -1;
  let j = cls[i] & TITLE ? titleAt(c, i) : -1;
  if (j < 0) {
    if (!isOffice(t, lex)) return -1;
    j = i + 1;
  }
  const sent = t.sentence;
  for (let n = 0; j < tokens.length && n < MAX_ROLE; n++, j++) {
    const u = tokens[j];
    if (u.sentence !== sent) return -1;
    if (u.kind === "punct") return COMMA.has(u.text) && j > i + 1 ? j : -1;
    if (!isWord(u) || u.kind !== "word" || /\d/.test(u.text)) return -1;
    if (cls[j] & STOP && !ROLE_LINKS.has(u.norm)) return -1;
  }
  return -1;
}

/** The person named between the comma at k and the next closing mark, or null. */
function nameAfter(c: Ctx, cover: (FoundMention | undefined)[], k: number): FoundMention | null {
  const { tokens, lex } = c;
  const sent = tokens[k].sentence;
  // (the role's own last words may be a name found already: then the role named its person)
  const before = cover[k - 1];
  if (before && before.type === "PERSON") return null;
  let i = k + 1;
  const ti = titleAt(c, i); // "، العقيد فلان،": a title of the person's own
  if (ti > i) i = ti;
  let j = i, known = false;
  while (j < tokens.length && j - i < MAX_NAME && tokens[j].sentence === sent && tokens[j].kind === "word") {
    const t = tokens[j], m = cover[j];
    if (m && m.type !== "PERSON") return null;
    if (m && (m.tokens.start < i)) return null;
    // (a person found inside, after a word the document uses in another name, is the name: "المحلل
    // في بنك ميريل لينش، ميريل [ستيف ساتماير]")
    if (m && m.tokens.start === j && j > i && inOtherName(c, cover, i, j)) return null;
    if (!m && !(nameWord(c, t, undefined) || givenNotStop(c, t) || (j > i && articledName(c, t)))) return null;
    const given = lex.firstNames.has(t.norm) && !lex.ambiguousNames.has(t.norm);
    const strange = !m && !given && !ordinary(c, t) && !t.readings[0].article && !phraseReading(c, t);
    // (the first word names: a given name, a word no dictionary holds, or a person found — not a verb, طعن)
    // (or a word that is also ordinary when a strange one follows: "زارا فاجنكنشت")
    // (itself read with no clitic: "، [واغتيال] فلان الفلاني،" is a list of deeds)
    if (j === i && !given && !strange && !(m && m.type === "PERSON") && !(t.readings.every((x) => x.pre === "") && strangeNext(c, cover, j + 1))) return null;
    if (given || strange || m) known = true;
    j++;
  }
  if (j === i || !known) return null;
  const close = tokens[j];
  if (!close || close.sentence !== sent || close.kind !== "punct" || !CLOSE.has(close.text)) return null;
  for (let x = i; x < j; x++) { const m = cover[x]; if (m && m.tokens.end > j) return null; }
  if (cover[i] && cover[i]!.tokens.start === i && cover[i]!.tokens.end === j) return null; // found already, whole
  const t = tokens[i], r = t.readings[0];
  if (r.pre !== "" || r.post !== "") return null;
  // (a verb opens a clause there, not a name: "، ويدعى «…»"، "، يقول"; a given name may start so: وليد، يوسف)
  if (VERB_LIKE.test(t.norm) && !lex.firstNames.has(t.norm) && !cover[i]) return null;
  return makeMention(c.text, tokens, r, i, j, "PERSON", "pattern", SCORE, normalize(c.text.slice(t.start, tokens[j - 1].end)));
}

/** Does a word of tokens [i, j) stand in a mention of another type elsewhere in the document? */
function inOtherName(c: Ctx, cover: (FoundMention | undefined)[], i: number, j: number): boolean {
  for (let k = 0; k < c.tokens.length; k++) {
    const m = cover[k];
    if (!m || m.type === "PERSON") continue;
    for (let x = i; x < j; x++) if (c.tokens[x].norm === c.tokens[k].norm) return true;
  }
  return false;
}

/** Is token k a name word no dictionary holds (no article or clitic), or where a found person starts? */
function strangeNext(c: Ctx, cover: (FoundMention | undefined)[], k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind !== "word" || t.sentence !== c.tokens[k - 1].sentence) return false;
  const m = cover[k];
  if (m) return m.type === "PERSON" && m.tokens.start === k;
  return nameWord(c, t, undefined) && !t.readings[0].article && !ordinary(c, t) && !phraseReading(c, t);
}

/** بكل، لهذا: a reading after ب/ل/ك that is a stop word. */
function phraseReading(c: Ctx, t: Token): boolean {
  for (const r of t.readings) if (r.pre !== "" && /[بلك]/.test(r.pre) && c.lex.stops.has(r.norm)) return true;
  return false;
}

/** A given name that folds to a stop word, written as the name: علي (the preposition is على). */
function givenNotStop(c: Ctx, t: Token): boolean {
  if (!c.lex.firstNames.has(t.norm) || t.readings[0].pre !== "" || t.text.charCodeAt(t.text.length - 1) === 0x649) return false;
  // (أن، إن open a clause; آن is the name)
  return !slotWords("end_hard").has(t.norm) || t.text.charCodeAt(0) === 0x622;
}

/** A family name with the article that is also a title or adjective word (العماد، الشيخ، المصري). */
function articledName(c: Ctx, t: Token): boolean {
  const r = t.readings[0];
  if (!r.article || r.pre !== "" || r.post !== "" || /\d/.test(t.text)) return false;
  if (c.lex.orgHeads.has(t.norm) || c.lex.offices.has(t.norm) || c.gaz.lookup(t.norm)) return false;
  return true;
}

function coverOf(n: number, ms: readonly FoundMention[]): (FoundMention | undefined)[] {
  const cover = new Array<FoundMention | undefined>(n);
  for (const m of ms) for (let k = m.tokens.start; k < m.tokens.end; k++) cover[k] = m;
  return cover;
}
