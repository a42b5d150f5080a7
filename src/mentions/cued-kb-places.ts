// A KB town or city right after a place cue ("محافظة الطائف", "بمحافظة المجمعة", "وسط الموصل"), or
// a KB name that opens with one ("محافظة صلاح الدين", which the tagger reads as a person's name), or
// after في/إلى ("في الطائف", "إلى مسقط"): the words before it say it is a place, which the tagger's
// window weighs less than the word's own features (it is sure الطائف is no name, having learned
// الطائفية). model-mentions.ts's veto lets such a place stand. Not after على/من: "على الصعيد
// الدولي", "من الجديد" are phrases; and after في/إلى only a town, city or province of the KB, not a
// region ("في العالم العربي"). Measured on 1,467 SaudiNewsNet records (2015-08-07): see the commit.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";

const INTO = new Set(["في", "الي"]); // normalized في، إلى/الى
const TOWN = new Set(["city", "town", "capital", "district", "province"]);

/** Is the KB place m right after a place cue, or a KB town right after في/إلى, in its sentence? */
export function cuedKbPlace(c: Ctx, m: FoundMention): boolean {
  const i = m.tokens.start;
  // a name the KB writes with its place word, matched whole ("محافظة صلاح الدين"): the word is in it
  if (m.tokens.end - i > 1 && c.tokens[i].readings.some((r) => r.post === "" && c.lex.placeCues.has(r.norm) && m.start === c.tokens[i].start + r.from)) return true;
  if (i === 0 || m.start !== c.tokens[i].start) return false; // (a clitic on the name: its own reading)
  const prev: Token = c.tokens[i - 1];
  if (prev.sentence !== c.tokens[i].sentence || prev.kind !== "word") return false;
  for (const r of prev.readings) if (r.post === "" && c.lex.placeCues.has(r.norm)) return true;
  if (!INTO.has(prev.norm)) return false;
  const cands = c.gaz.lookup(m.key);
  if (!cands?.length) return false;
  for (let k = 0; k < cands.length; k++) if (cands[k].type !== "GPE" || !TOWN.has(cands[k].subtype)) return false;
  return true;
}
