// An institution named "head + proper name + لل-purpose": "مؤسسة الأقصى للوقف والتراث", "مركز
// فلان للدراسات". A weak head (مؤسسة، مركز، لجنة: also ordinary nouns) needs the tagger's word before
// its pattern stands (model-mentions.ts), and ANERcorp, which the tagger learned from, leaves many
// such bodies untagged. The shape is the press's evidence instead: right after the head a proper
// name (a word the KB knows, or one no dictionary holds), then a لل- phrase saying what the body is
// for. An ordinary word there is a description with a purpose ("لجنة الانضباط للموسم", "إدارة
// النادي للحصول على"), and stays the tagger's to judge.
import type { FoundMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { ordinary } from "./speaker-names.ts";
import type { NameEntry } from "./gazetteer.ts";

/** Is m (a weak-headed organization pattern) head + proper name words + a لل- phrase? */
export function purposeNamed(c: Ctx, m: FoundMention): boolean {
  const { tokens } = c;
  const start = m.tokens.start + 1, end = m.tokens.end;
  let k = start;
  for (; k < end; k++) {
    const t = tokens[k];
    if (t.kind !== "word") return false;
    if (t.readings.some((r) => r.pre === "ل" && r.article && r.post === "")) break; // the purpose: للوقف
    if (!properWord(c, k)) return false;
  }
  return k > start && k < end && k - start <= 2;
}

/**
 * A word the KB's own rows know as a name (الأقصى), or one that is neither ordinary nor read with a
 * clitic. (A GeoNames place alone does not count: "إدارة الفندق للتنازل", الفندق is also a village.)
 */
function properWord(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  const r = t.readings[0];
  if (r.pre !== "" || r.post !== "") return false;
  if (ownRow(c.gaz.lookup(t.norm)) || (r.article && ownRow(c.gaz.lookup(r.bare)))) return true;
  return !r.article && !ordinary(c, t);
}

function ownRow(list: readonly NameEntry[] | undefined): boolean {
  if (!list) return false;
  for (const e of list) if (!e.generated) return true;
  return false;
}
