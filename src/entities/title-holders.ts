// A title phrase that stands for the person the document names with it: "وقال رئيس الحكومة
// التركية" when the story names "رئيس الحكومة التركية فلان" elsewhere, "وكان وزير الدفاع
// الأميركي قد وصل" after "وزير الدفاع الأميركي فلان". The press names an office's holder once
// and then the office alone; without this the phrase is only its body (the government, the country
// of the nationality adjective), so the holder's statements and acts went to the body. The gold keys
// the person.
//
// A title phrase is a title head (a titles.tsv row of an office kind, its first word) and up to
// TITLE_WORDS - 1 plain words before an organization or state mention (the body: "الحكومة التركية",
// "الأميركي", "تركيا"), no mention, mark or conjunct between. Its key is the title's words and the
// body's entity, so "وزير الخارجية الإيراني" is not "وزير الخارجية الأميركي" and "نائب رئيس الوزراء"
// is not "رئيس الوزراء". The phrase introduces a holder when a person's name follows it right away,
// or when the name stands right before it past a comma ("X، رئيس الحكومة التركية"). Every other
// occurrence of the phrase becomes a mention of that person (spanning the title and the body, so the
// body's own mention inside it is no actor of its own: actors/mentions.ts), when the document names
// exactly one holder with that phrase, and the title is not one many hold at once (shared_title in
// ner-cues.tsv: عضو، المسؤول، مستشار). Not a phrase followed by a former-holder word
// (former_qualifier in ner-cues.tsv: السابق، الأسبق), neither as introduction nor as occurrence.
// Runs over the body mentions only (a few per document), not over every token.
import type { Token } from "../core/document.ts";
import { isWord, mentionOf, type FoundMention } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { normalize } from "../text/normalize.ts";
import type { Group } from "./link-entities.ts";

const TITLE_WORDS = 4; // a title's words before its body at most: "نائب رئيس مجلس الوزراء"
const PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
// the kinds of titles.tsv that name an office one person holds at a time: not honorific, academic,
// professional, nor military (ranks many hold, "الفريق" also a team; its office heads قائد، رئيس are security's too)
const OFFICE_KINDS = new Set(["political", "royal", "security", "militant", "religious", "spokesperson", "spokesperson_of"]);

let scratch = new Uint8Array(4096);

interface Phrase { key: string; from: number; headFrom: number; plainHead: boolean; body: FoundMention; holder: Group | null; former: boolean }

// RASID_TITLE_HOLDERS=0 turns it off (to compare runs)
const ON = process.env.RASID_TITLE_HOLDERS !== "0";

export function addTitleHolders(groups: Map<string, Group>, tokens: readonly Token[], text: string, lex: Lexicons): void {
  if (!ON) return;
  const heads = officeHeads(lex);
  if (heads.size === 0) return;
  let bodies = 0;
  for (const g of groups.values()) if (g.type === "ORG" || g.type === "GPE") bodies++;
  if (bodies === 0) return;
  // which tokens a mention covers (persons too: a title inside a person's span is no phrase): one
  // buffer for every document, cleared up to its length by each call
  if (scratch.length < tokens.length) scratch = new Uint8Array(Math.max(tokens.length, scratch.length * 2));
  const at = scratch;
  at.fill(0, 0, tokens.length);
  for (const g of groups.values()) for (const m of g.mentions) for (let k = m.tokens.start; k < m.tokens.end; k++) at[k] = 1;
  const persons = new Map<number, Group>(), personEnds = new Map<number, FoundMention>(); // a person mention's first and last token
  const ofMention = new Map<FoundMention, Group>();
  for (const g of groups.values()) if (g.type === "PERSON") for (const m of g.mentions) { persons.set(m.tokens.start, g); personEnds.set(m.tokens.end - 1, m); ofMention.set(m, g); }
  if (persons.size === 0) return;
  const phrases: Phrase[] = [];
  for (const g of groups.values()) {
    if (g.type !== "ORG" && g.type !== "GPE") continue;
    for (const m of g.mentions) {
      const p = phraseBefore(m, g, tokens, at, heads, lex);
      if (p) phrases.push(p);
    }
  }
  if (phrases.length < 2) return;
  // key -> its one holder (null: two people hold it in this document)
  const holders = new Map<string, Group | null>();
  for (const p of phrases) {
    if (p.former) continue;
    const after = persons.get(p.body.tokens.end);
    const h = after ?? nameBefore(p, tokens, personEnds, ofMention, heads);
    if (!h) continue;
    p.holder = h;
    const prev = holders.get(p.key);
    holders.set(p.key, prev === undefined || prev === h ? h : null);
  }
  if (holders.size === 0) return;
  for (const p of phrases) {
    if (p.former || p.holder) continue;
    const h = holders.get(p.key);
    if (!h) continue;
    const start = p.headFrom, end = p.body.end, span = text.slice(start, end);
    h.mentions.push(mentionOf(start, end, span, "PERSON", h.entry ? h.id : null, "coref", 0.5, { start: p.from, end: p.body.tokens.end }, normalize(span), [], "title"));
  }
}

/** "X، رئيس الحكومة التركية": the person named right before the phrase past a comma, else undefined.
 *  Not after a conjunct title ("يونكر، ورئيس وزراء لوكسمبورغ بيتل" is another man), nor a name that is
 *  itself the genitive of a title ("مستشار الملك، أمير المنطقة": the adviser holds it). */
function nameBefore(p: Phrase, tokens: readonly Token[], personEnds: Map<number, FoundMention>, ofMention: Map<FoundMention, Group>, heads: ReadonlySet<string>): Group | undefined {
  const comma = tokens[p.from - 1];
  if (!comma || (comma.text !== "،" && comma.text !== ",") || !p.plainHead) return undefined;
  const m = personEnds.get(p.from - 2);
  if (!m) return undefined;
  const t = tokens[m.tokens.start - 1];
  if (t && t.readings.some((r) => !r.article && r.post === "" && heads.has(r.bare))) return undefined;
  return ofMention.get(m);
}

/** The title phrase that ends right before body mention m, else null. */
function phraseBefore(m: FoundMention, g: Group, tokens: readonly Token[], at: Uint8Array, heads: ReadonlySet<string>, lex: Lexicons): Phrase | null {
  const b = m.tokens.start, sentence = tokens[b]?.sentence;
  // "أول رئيس أميركي": an indefinite nationality adjective makes the title any holder, not the one in office
  if (m.role === "adjective" && !tokens[b].readings.some((r) => r.article)) return null;
  let best = -1, headBare = "", headFrom = 0, plainHead = false;
  for (let k = b - 1; k >= 0 && k >= b - TITLE_WORDS; k--) {
    const t = tokens[k];
    if (!isWord(t) || t.sentence !== sentence || at[k]) break;
    // "مستشار رئيس الوزراء التركي": the phrase is the title of one of many, not the office itself
    if (t.readings.some((x) => x.post === "" && lex.sharedTitles.has(x.bare))) return null;
    const r = t.readings.find((x) => x.post === "" && PRE.has(x.pre) && heads.has(x.bare));
    if (r) { best = k; headBare = r.bare; headFrom = t.start + r.from; plainHead = r.pre === ""; }
    // a word joined by و starts another phrase ("ووزير الدفاع" after "وزير الخارجية"): it may head one, not continue past it
    if (t.readings.every((x) => x.pre.startsWith("و"))) break;
  }
  if (best < 0) return null;
  const words = [headBare];
  for (let k = best + 1; k < b; k++) words.push(tokens[k].norm.replace(/^(ال|لل)/, ""));
  const next = tokens[m.tokens.end];
  const former = !!next && lex.formerQualifiers.has(next.norm);
  return { key: `${words.join(" ")}|${g.id}`, from: best, headFrom, plainHead, body: m, holder: null, former };
}

// the office heads of a lexicon, bare (without ال), made once per lexicon
let headsFor: Lexicons | null = null, headsMemo: ReadonlySet<string> = new Set();
function officeHeads(lex: Lexicons): ReadonlySet<string> {
  if (headsFor === lex) return headsMemo;
  const out = new Set<string>();
  for (const ts of lex.titles.values()) for (const t of ts) if (OFFICE_KINDS.has(t.kind) && t.impliesType === "PERSON") out.add(t.words[0].replace(/^ال/, ""));
  for (const w of lex.sharedTitles) out.delete(w); // (عضو، المسؤول: many hold them at once)
  headsFor = lex; headsMemo = out;
  return out;
}
