// "الغزو الأميركي لأفغانستان"، "الحصار الإسرائيلي": a noun of force whose genitive suffers it
// ("مقتل X"، "اعتقال X") followed by a nationality adjective. Whether that word is the genitive (who
// suffered) or an adjective (whose force) shows in the article: a noun in construct never takes ال,
// so "الغزو الأميركي" (both definite) is noun and adjective — the country did it — while "مقتل
// الأميركي" (indefinite noun, definite word) is a construct — the American was killed. Both
// indefinite stays open ("اعتقال فلسطيني": of a Palestinian, or by one) and is left as it was.
// Only relational adjectives ("البحري والجوي") may stand between.
import { isNisba, type Arg, type ArgIndex } from "./arguments.ts";
import { isDefinite, isTransparent } from "./clause.ts";


/** Is the event noun at `noun` (its words end at `end`) definite, and the nationality adjective
 *  `gen` after it too, with only definite relational adjectives between? */
export function nisbaDoer(ai: ArgIndex, noun: number, end: number, gen: Arg): boolean {
  if (!isNisba(gen) || gen.first < end) return false;
  const d = isDefinite(ai.toks[noun]);
  if (!d || !isDefinite(ai.toks[gen.first])) return false;
  for (let i = end; i < gen.first; i++) {
    const t = ai.toks[i];
    if (isTransparent(t)) continue;
    // ("البحري والجوي": an adjective agrees too, and a noun between would be the genitive)
    if (t.kind !== "word" || ai.at[i] || !/..(ي|يه)$/.test(t.norm.replace(/^و/, "")) || isDefinite(t) !== d) return false;
  }
  return true;
}
