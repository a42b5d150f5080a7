// Institutions and facilities named after a royal: a head (royal_named_org, royal_named_fac in
// ner-cues.tsv: مدينة، دارة، مكتبة، استاد، حديقة، قاعة), a royal title (titles.tsv kind royal:
// الملك، الأمير), the royal's name and the name's own qualifiers: "مدينة الملك فهد الطبية",
// "دارة الملك عبدالعزيز للدراسات والبحوث", "استاد الأمير فيصل بن فهد الدولي". The organization
// patterns do not know these heads (مدينة is a place word: "مدينة الرياض" is the city), so the
// title and name became a person ("عبدالعزيز للعلوم") and the body went unnamed. SaudiNewsNet,
// 3,000 records (2015-07-24 and 2015-07-31, first 1,500 each): such a head + الملك/الأمير 105
// times, none covered by a mention before (session 23).
// The name runs over one given name (or a spaced one, عبد العزيز) and its بن/آل chain; after it,
// over relational adjectives (ـي، ـية: الطبية، الدولي) and the institution qualifiers (العامة), and
// over one لل purpose with the definite and و-coordinated words after it ("للعلوم والتقنية",
// "للطاقة الذرية والمتجددة"); a title, a preposition or any other word ends it.
import type { FoundMention } from "./candidate.ts";
import { NAME_PRE, isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { titleAt } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";
import type { Lexicons } from "./lexicons.ts";
import type { Reading } from "../core/document.ts";
import { STOP, TITLE, wordClasses } from "./word-classes.ts";

const MAX_TAIL = 6;
const isHead = (x: Reading, lex: Lexicons) => x.post === "" && !x.article && NAME_PRE.has(x.pre) && lex.royalNamedHeads.has(x.norm);
// the tokens written as such a head, found by form (text/form-gate.ts)
const HEAD = formGate((t, lex: Lexicons) => t.readings.some((x) => isHead(x, lex)));
const NISBA = /..(ي|يه)$/;

export function royalNamed(c: Ctx): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const heads = tokensPassing(HEAD, tokens, lex);
  for (let j = 0; j < heads.length; j++) {
    const i = heads[j];
    const r = tokens[i].readings.find((x) => isHead(x, lex));
    if (!r) continue;
    const named = royalTitleEnd(c, i + 1);
    if (named < 0) continue;
    const n = nameEnd(c, named);
    if (n === named) continue;
    const e = tailEnd(c, n);
    const type = lex.royalNamedHeads.get(r.norm)!;
    const key = normalize(text.slice(tokens[i].start + r.from, tokens[e - 1].end));
    const m = makeMention(text, tokens, r, i, e, type, "pattern", 0.6, key, []);
    // (the head is the press's evidence: the tagger's silence does not veto it, model-mentions.ts)
    m.role = type === "FAC" ? "facility" : "institution";
    out.push(m);
  }
  return out;
}

/** The end of a royal title (titles.tsv kind royal) written bare at token k, or -1. */
function royalTitleEnd(c: Ctx, k: number): number {
  const t = c.tokens[k];
  if (!isWord(t) || t.sentence !== c.tokens[k - 1].sentence || t.readings[0].pre !== "") return -1;
  const end = titleAt(c, k);
  if (end < 0) return -1;
  const words: string[] = [];
  for (let x = k; x < end; x++) words.push(c.tokens[x].norm);
  const phrase = words.join(" ");
  for (const title of c.lex.titles.get(words[0]) ?? []) if (title.kind === "royal" && title.words.join(" ") === phrase) return end;
  return -1;
}

/** The end of the royal's name from token k: a given name (one word, or a spaced one: عبد العزيز) and its بن/آل chain. */
function nameEnd(c: Ctx, k: number): number {
  const { tokens, lex } = c;
  const cls = wordClasses(c);
  const plain = (x: number) => {
    const t = tokens[x];
    return isWord(t) && t.kind === "word" && t.sentence === tokens[k - 1].sentence && !(cls[x] & (STOP | TITLE)) && t.readings[0].pre === "" && !/\d/.test(t.norm);
  };
  if (!plain(k)) return k;
  let e: number;
  if (plain(k + 1) && lex.spacedGivenNames.has(tokens[k].norm + " " + tokens[k + 1].norm)) e = k + 2;
  else if (!tokens[k].readings[0].article) e = k + 1;
  else return k;
  // بن عبدالعزيز، آل سعود: a particle of descent and the name after it (one word, or a spaced one)
  while (e + 1 < tokens.length && lex.lineage.has(tokens[e].norm) && plain(e) && plain(e + 1)) {
    e += plain(e + 2) && lex.spacedGivenNames.has(tokens[e + 1].norm + " " + tokens[e + 2].norm) ? 3 : 2;
  }
  return e;
}

/** The end of the name's qualifiers from token k: relational adjectives, qualifiers, one ل/لل purpose and its words. */
function tailEnd(c: Ctx, k: number): number {
  const { tokens, lex } = c;
  const cls = wordClasses(c);
  let e = k, purpose = false;
  while (e < tokens.length && e - k < MAX_TAIL) {
    const t = tokens[e];
    if (!isWord(t) || t.kind !== "word" || t.sentence !== tokens[k - 1].sentence || cls[e] & (STOP | TITLE)) break;
    const bare = t.readings.find((x) => x.pre === "" && x.post === "" && x.article);
    // (a purpose is definite, للعلوم؛ an indefinite ل-word opens a clause or another phrase: "لإنشاء"، "لمركز")
    const lil = t.readings.find((x) => x.pre === "ل" && x.post === "" && x.article);
    const wal = t.readings.find((x) => x.pre === "و" && x.post === "" && x.article);
    if (bare && (purpose || NISBA.test(bare.bare) || lex.qualifiers.has(t.norm))) e++;
    else if (wal && purpose) e++;
    else if (lil && !purpose && !c.gaz.lookup(lil.norm)) { purpose = true; e++; }
    else break;
  }
  return e;
}
