// Titles that are also family names (الحاج، الشيخ، الملا، السيد، القاضي: title_surname in
// ner-cues.tsv). Right after a person's one given name, with no name going on after it, such a word is
// the family name, not a title that opens another person's name: "سمير الحاج إلى", "أحمد الشيخ عن
// شكره", "عصام الملا،". The name run used to stop before it and keep the bare given name.
// "فاطمة الحاج إبراهيم" (a given name after it) stays as it was: the title may open a name there.
import type { Token } from "../core/document.ts";
import type { Ctx } from "./words.ts";

/** Is token k (right after the name's first word at k - 1) a title used as the family name? */
export function titleAsSurname(c: Ctx, k: number): boolean {
  const { tokens, lex } = c;
  const t = tokens[k];
  if (!lex.titleSurnames.has(t.norm)) return false;
  const next: Token | undefined = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  if (!next || next.kind !== "word" || next.sentence !== t.sentence || lex.stops.has(next.norm)) return true; // (إن، أن: no given name here)
  // another name word after it: the title opens a name (الشيخ محمد، الحاج أبو علي)
  for (const r of next.readings) if (r.post === "" && (lex.firstNames.has(r.norm) || lex.connectors.has(r.norm) || lex.articledGivenNames.has(r.norm))) return false;
  return !lex.titles.has(next.norm);
}
