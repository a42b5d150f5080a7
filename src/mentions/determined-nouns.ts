// A one-word definite name right after a demonstrative or شبه is the common noun it is spelled
// like, not the name: "هذه الجزيرة" and "شبه الجزيرة الكورية" are an island and a peninsula, not
// the channel الجزيرة; "هذا التحالف", "تلك الجبهة" refer back to a body by its head noun. Arabic
// puts a demonstrative before a definite noun (اسم الإشارة + المعرّف بأل), never before a proper name
// that carries ال as part of its spelling, and شبه + a definite noun is a compound (شبه الجزيرة،
// شبه الرسمية). The words are data: ner-cues.tsv role `determiner` (lexicons.ts `determiners`).
// Longer names (شبه جزيرة القرم is one KB name that starts at شبه) and names without ال
// ("وهذه سورية") are untouched. Checked on 1,473 SaudiNewsNet records (2015-08-07): see the commit.
import { type FoundMention, withoutWhere } from "./candidate.ts";
import type { Ctx } from "./words.ts";

export function withoutDeterminedNouns(c: Ctx, ms: FoundMention[]): FoundMention[] {
  if (c.lex.determiners.size === 0) return ms;
  return withoutWhere(ms, (m) => m.tokens.end - m.tokens.start === 1 && determined(c, m.tokens.start));
}

/** Is token i a bare definite word (no proclitic) after a determiner in its sentence? */
function determined(c: Ctx, i: number): boolean {
  if (i === 0) return false;
  const t = c.tokens[i], r0 = t.readings[0];
  if (!r0.article || r0.pre !== "") return false; // "لشبه الجزيرة" keeps its clitic on شبه, not on الجزيرة
  const prev = c.tokens[i - 1];
  if (prev.sentence !== t.sentence || prev.end !== t.start - 1 || prev.kind !== "word") return false; // one space: no comma or quote between
  for (const r of prev.readings) if (r.post === "" && (r.pre === "" || r.pre === "و" || r.pre === "ف" || r.pre === "ل" || r.pre === "ب") && c.lex.determiners.has(r.norm)) return true;
  return false;
}
