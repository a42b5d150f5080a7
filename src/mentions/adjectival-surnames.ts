// A one-word person mention that stands where an adjective stands: right after a definite noun
// that is no title ("القطاع [العقاري]", "الماضي [الجميل]", "الأمن القومي [العربي]", "المجهود
// [الحربي]"). A family name that is also an adjective (العقاري، الجميل، الحربي) is met again bare
// by the passes that repeat a name the document gave (the tagger's repeats, the lone family names
// of speaker-names.ts, entities/coreference.ts), and the tagger reads it so in a name's slot; after
// a definite noun the word agrees with that noun and is its adjective. A title before it (الدكتور
// الحربي، الشيخ الطنطاوي) makes it the name; so does a word no list holds (الجامعة [الثبيتي]):
// only an ordinary word (hunspell-ar's list, its inflections, a nisba of it) or a nationality
// adjective is dropped. A bare name the KB holds as one of the person's own aliases is kept.
import type { Token } from "../core/document.ts";
import { type FoundMention, withoutWhere } from "./candidate.ts";
import type { Lexicons } from "./lexicons.ts";
import { ordinaryWords } from "./model/features.ts";
import { inflected } from "./speaker-names.ts";
import type { Ctx } from "./words.ts";

export function withoutAdjectivalSurnames(c: Ctx, ms: FoundMention[]): FoundMention[] {
  return withoutWhere(ms, (m) => m.type === "PERSON" && m.tokens.end - m.tokens.start === 1 && m.start === c.tokens[m.tokens.start].start
    && !(m.via === "kb" && m.kbId && ownAlias(c, m)) && adjectivePosition(c.tokens, m.tokens.start, c.lex, (n) => c.gaz.adjective(n) !== undefined));
}

/**
 * Is token i a definite ordinary word (or one `adjective` knows) written whole, right after a
 * definite noun of its sentence that is no given name and ends no title?
 */
export function adjectivePosition(tokens: readonly Token[], i: number, lex: Lexicons, adjective?: (norm: string) => boolean): boolean {
  const t = tokens[i], r = t.readings[0];
  if (i === 0 || !r.article || r.pre !== "" || r.post !== "") return false;
  const p = tokens[i - 1];
  if (p.kind !== "word" || p.sentence !== t.sentence) return false;
  // the word before: a definite noun (a preposition in front allowed: "للرهن"; not و, "والتقى" is a
  // verb as often), no given name or part of one ("عبد [العزيز] الجبرين"), no title's end
  if (!p.readings.some((x) => x.article && x.post === "" && (x.pre === "" || x.pre === "ب" || x.pre === "ل"))) return false;
  if (lex.firstNames.has(p.norm) || lex.compoundTails.has(p.norm) || lex.nameParts.has(p.norm) || titleEndsAt(tokens, i, lex)) return false;
  if (i >= 2 && lex.connectors.has(tokens[i - 2].norm)) return false;
  const words = ordinaryWords();
  if (!words.size) return false;
  return inflected(words, r.bare) || (r.bare.endsWith("ي") && words.has(r.bare.slice(0, -1))) || (adjective?.(t.norm) ?? false);
}

/** Does a title of the lexicon (one to four words) end right before token i ("الشيخ", "وزير الخارجية")? */
function titleEndsAt(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  for (let back = 1; back <= 4 && i - back >= 0; back++) {
    const first = tokens[i - back];
    if (first.sentence !== tokens[i].sentence) return false;
    for (const r of first.readings) {
      if (r.post !== "") continue;
      const ts = lex.titles.get(r.norm);
      if (!ts) continue;
      for (const x of ts) {
        if (x.words.length !== back) continue;
        let same = true;
        for (let k = 1; k < back && same; k++) same = tokens[i - back + k].norm === x.words[k];
        if (same) return true;
      }
    }
  }
  return false;
}

/** Is the mention's word one of the KB person's own names as the KB writes them (الأسد for Bashar)? */
function ownAlias(c: Ctx, m: FoundMention): boolean {
  const es = c.gaz.lookup(m.key);
  if (es) for (let i = 0; i < es.length; i++) if (es[i].id === m.kbId && es[i].type === "PERSON") return true;
  return false;
}
