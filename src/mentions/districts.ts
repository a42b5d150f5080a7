// An administrative word that also heads organizations (admin_word: مديرية) names a district when
// no public service follows it: "مديرية لودر", "مديرية صبر الموادم", "مديرية الشيخ عثمان" are
// Yemeni districts (GPE), "مديرية الدفاع المدني", "مديرية أمن عدن", "مديرية الزراعة" directorates
// (ORG). The service nouns are data (ner-cues.tsv service_noun); the district's name ends before a
// relational adjective ("مديرية زبيد [التابعة] لمحافظة الحديدة").
import type { Token } from "../core/document.ts";
import type { Ctx } from "./words.ts";

/**
 * For an organization pattern over tokens [i, k) whose head (token i, normalized head `head`) is an
 * admin word: the end of the district it names, or -1 when it is a directorate (or no admin word).
 */
export function districtEnd(c: Ctx, head: string, i: number, k: number): number {
  if (!c.lex.adminWords.has(head) || k <= i + 1) return -1;
  if (serviceWord(c, c.tokens[i + 1])) return -1;
  let e = i + 2;
  while (e < k && !c.lex.relational.has(c.tokens[e].norm)) e++;
  return e;
}

/** A service noun, bare or definite (أمن، الأمن، للأمن is no first word here). */
function serviceWord(c: Ctx, t: Token): boolean {
  const w = t.readings[0].norm;
  return c.lex.serviceNouns.has(w) || (w.startsWith("ال") && c.lex.serviceNouns.has(w.slice(2)));
}
