// A person's name written with its descent (nasab), whatever found the name: "خالد بن الوليد",
// "علي بن أبي طالب", "زيد ابن عمرو". The tagger and the name patterns often stop at the particle or
// right after it ("[علي بن أبي] طالب", "زيد [بن حارثة]"); the particle joins two names of one
// person, so the mention runs on over it (lineage.ts does the same for KB persons after their KB
// name, with given names only). Rules, one step at a time, never over a word another mention holds:
// - forward: بن/بنت + a name (a given name, a connector and its word: أبي طالب، عبد الله, or, after
//   بن, any plain word: the press writes family names after it, بن لادن); after ابن/ابنة ("son",
//   "daughter" as well) only a given name or a connector and its word ("ابن عمه" is his cousin);
// - a mention of two words or more that ends on a connector (أبي، أبو، عبد، بن) takes the word after
//   it (a lone "أبي" is "my father");
// - backward: a mention that starts with بن takes a given name right before it ("[خالد] بن
//   الوليد"), no other word; one that starts with ابن none ("تأثير ابن سينا", "مات ابن سينا": a
//   name by its kunya alone, and مات is also the given name Matt).
import type { FoundMention } from "./candidate.ts";
import { isWord, mentionOf } from "./candidate.ts";
import { STOP, TITLE, wordClasses } from "./word-classes.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";

// normalized particles of descent: بن، بنت always (ner-cues.tsv's lineage rows, which lineage.ts
// reads too, less آل: a family, not a descent); ابن، ابنة also mean "son", "daughter"
const FAMILY = "ال"; // normalized آل
const isBin = (c: Ctx, w: string): boolean => w !== FAMILY && c.lex.lineage.has(w);
const IBN = new Set(["ابن", "ابنه"]);
const PRONOUN_END = /(ته|تها|تهم|اته|يته|ها|هم|هما|هن|كم|نا|ه)$/;

/** The person mentions of `ms` run on over their descent; `ms` is rewritten in place. */
export function withDescent(c: Ctx, ms: FoundMention[]): void {
  const owner = new Int32Array(c.tokens.length).fill(-1);
  ms.forEach((m, i) => owner.fill(i, m.tokens.start, m.tokens.end));
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.type !== "PERSON" || m.kbId) continue; // (a KB person's descent is lineage.ts's, checked against its names)
    let s = m.tokens.start, e = m.tokens.end;
    const free = (k: number) => k >= 0 && k < c.tokens.length && (owner[k] === -1 || owner[k] === i) && c.tokens[k].sentence === c.tokens[s].sentence;
    for (let steps = 0; steps < 4; steps++) {
      const last = c.tokens[e - 1];
      if (e - s >= 2 && c.lex.connectors.has(last.norm) && last.norm !== "ال" && free(e) && plain(c, e, true)) { e++; continue; }
      if (!free(e) || !free(e + 1)) break;
      const p = c.tokens[e].norm;
      if (!isBin(c, p) && !IBN.has(p)) break;
      const w = nameAfter(c, e + 1, isBin(c, p), free);
      if (w < 0) break;
      e = w;
    }
    if (isBin(c, c.tokens[s].norm)) { // (not ابن: "مات ابن سينا", a name by its kunya alone)
      if (free(s - 1) && c.lex.firstNames.has(c.tokens[s - 1].norm) && plain(c, s - 1, false)) s--;
    }
    if (s === m.tokens.start && e === m.tokens.end) continue;
    owner.fill(i, s, e);
    const r = s === m.tokens.start ? c.tokens[s].readings.find((x) => x.from === m.start - c.tokens[s].start) ?? c.tokens[s].readings[0] : c.tokens[s].readings[0];
    const from = c.tokens[s].start + r.from, to = c.tokens[e - 1].end;
    ms[i] = mentionOf(from, to, c.text.slice(from, to), "PERSON", null, m.via, m.score, { start: s, end: e }, normalize(c.text.slice(from, to)), m.candidates, m.role);
  }
}

/** Where the name after a particle (at k) ends, or -1. */
function nameAfter(c: Ctx, k: number, bin: boolean, free: (k: number) => boolean): number {
  const t = c.tokens[k];
  if (c.lex.connectors.has(t.norm) && !isBin(c, t.norm) && !IBN.has(t.norm) && t.norm !== "ال") return free(k + 1) && plain(c, k + 1, true) ? k + 2 : -1;
  if (c.lex.firstNames.has(t.norm)) return plain(c, k, true) ? k + 1 : -1;
  return bin && plain(c, k, false) ? k + 1 : -1;
}

/** A word that may be a name: no stop word, title, number or article; with `loose` a given name or
 *  a definite family name may follow a connector (أبي الحسن). No pronoun on a word no given name. */
function plain(c: Ctx, k: number, loose: boolean): boolean {
  const t = c.tokens[k];
  if (!isWord(t) || t.kind !== "word" || /\d/.test(t.norm) || t.norm.length < 2) return false;
  const cls = wordClasses(c)[k];
  if (cls & STOP || cls & TITLE) return false;
  if (c.lex.firstNames.has(t.norm)) return true;
  if (!loose && t.readings[0].article) return false;
  return !PRONOUN_END.test(t.norm) || t.norm.length >= 5;
}
