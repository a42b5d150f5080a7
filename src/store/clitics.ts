// The clitics search allows around a word: proclitics in front (و ف ب ك ل ال لل and their
// combinations: بالرقة, وللرقة) and pronoun enclitics behind (ـه ـها ـهم …), never after a
// definite word. Used to confirm a match in text (snippet.ts) and to spell out every attached
// form of a term for the word index (search).
// TODO(text/): take these from the text layer's clitic table once it exists, so there is one list.

const CONJ = ["", "و", "ف"];
const PREP = ["", "ب", "ك", "ل"];
export const PREFIXES = new Set<string>();
for (const c of CONJ) {
  for (const p of PREP) { PREFIXES.add(c + p); PREFIXES.add(c + p + "ال"); }
  PREFIXES.add(c + "لل");
}
/** لل = ل + ال with the alef gone: للرقه is ل + لرقه, so a definite term is also sought as لرقه after these. */
export const FUSED_L = new Set(["ل", "ول", "فل"]);
/** Pronoun enclitics; not "ي", which would turn every place name into its adjective (مصر → مصري). */
export const SUFFIXES = new Set(["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"]);

/** Every written form of a folded term with clitics attached (the term itself included). */
export function attachedForms(term: string): string[] {
  const out = new Set<string>();
  const phrase = term.includes(" ");
  if (term.startsWith("ال")) {
    for (const c of CONJ) for (const p of PREP) out.add(c + p + term);
    for (const l of FUSED_L) out.add(l + term.slice(1));
    return [...out];
  }
  for (const pre of PREFIXES) {
    const definite = pre.endsWith("ال") || pre.endsWith("لل");
    for (const suf of definite || phrase ? [""] : SUFFIXES) out.add(pre + term + suf);
  }
  return [...out];
}
