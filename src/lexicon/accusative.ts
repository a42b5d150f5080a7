// The indefinite accusative of a noun phrase ("شن هجوما انتحاريا"، "عقد اجتماعا"، "نفذ إنزالا جويا"):
// the object of a support verb takes tanween fath, written with an alif after every word of the
// phrase that ends in neither ة, ى, ا, ء nor a plural or dual ending. A trigger row lists the
// noun as written in the nominative; its accusative is generated here so that no row needs a twin.
// Works on normalized text (ة is ه, diacritics gone: "هجوماً" and "هجومًا" are both "هجوما").
const INVARIANT_END = /(ه|ى|ا|ء|ات|ين|ون|ان)$/;
/** Words that take no case ending of their own: prepositions and particles inside a phrase. */
const PARTICLES = new Set(["علي", "على", "من", "في", "مع", "ضد", "الي", "إلى", "عن", "بين", "لدى", "لدي", "حول", "تجاه", "نحو"]);

/** The accusative of a normalized indefinite noun phrase, or null when it is the same or definite. */
export function accusativeOf(phrase: string): string | null {
  const words = phrase.split(" ");
  let changed = false;
  const out: string[] = [];
  for (const w of words) {
    if (w.startsWith("ال") || w.startsWith("لل")) return null; // definite: no tanween
    if (PARTICLES.has(w) || w.length < 3 || INVARIANT_END.test(w)) { out.push(w); continue; }
    out.push(w + "ا");
    changed = true;
  }
  return changed ? out.join(" ") : null;
}
