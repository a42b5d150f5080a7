// Which word after a settlement cue (حي، قرية، ناحية…) can be the settlement's name, by its form.
// Feminine and plural endings (ة، ات، ين، ون) mostly mark an adjective or a common noun after the
// cue ("قرية صغيرة", "قرى مجاورة", "قضاء إجازة"), but Arabic place names end so too ("ناحية كبيسة",
// "قرية السويعية", "حي السفارات"). A definite word is the name when the cue is no ordinary noun
// (sure_settlement: حي، بلدة، قرية، مخيم), or when the word is in no dictionary (ناحية "aspect",
// قضاء "spending" take ordinary definite nouns: "قضاء الإجازة"). An indefinite one is the name
// only when the document also writes it on its own elsewhere ("عشائر كبيسة"): an adjective after
// the cue is not repeated bare, and a nisba in ية (تراثية، حدودية) is never taken.
import type { Token } from "../core/document.ts";
import { ordinaryWords } from "./model/features.ts";
import type { Ctx } from "./words.ts";

const ENDING = /(ه|ات|ين|ون)$/;

/** Can u (the word after the cue token t, at index i + 1) be a settlement's name by its form? */
export function settlementNameForm(c: Ctx, t: Token, u: Token, i: number): boolean {
  const r = u.readings[0];
  if (!ENDING.test(r.bare)) return true;
  if (r.article && r.pre === "") {
    for (const x of t.readings) if (x.post === "" && c.lex.sureSettlements.has(x.norm)) return true;
    return !ordinaryWords().has(r.bare);
  }
  if (r.article || r.pre !== "" || r.bare.endsWith("يه")) return false;
  return standsAlone(c, u.norm, i);
}

/** Is the word (norm) written elsewhere in the document, not right after the cue at i? */
function standsAlone(c: Ctx, norm: string, i: number): boolean {
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    if (k === i + 1 || tokens[k].norm !== norm) continue;
    const before = k > 0 ? tokens[k - 1] : undefined;
    if (!before || !before.readings.some((x) => c.lex.settlementCues.has(x.norm))) return true;
  }
  return false;
}
