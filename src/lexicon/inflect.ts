// Arabic verb and participle inflection for lexicon rows. Analysts write one row per verb
// ("قال/يقول"), the loader expands it to the forms that appear in news text (قالت، قالوا،
// تقول، يقولون …). Clitics (و ف س, object pronouns, ال) are NOT generated here: the matcher takes
// them from the token readings of the text layer. Inputs and outputs are normalize()d forms.

/** Forms of a perfect verb given in the 3rd person masculine singular: قال → قال قالت قالوا قالا قالتا.
 *  Not the feminine plural in ـن: rare in news ("رفضن" 3 times in SaudiNewsNet's 28k articles) and it
 *  writes other words ("لامن" is "لأمن" 320 times, "عفان" of عفا 32, "أيدن" 53). */
export function perfectForms(p: string): string[] {
  const out = new Set([p, p + "ت", p + "وا", p + "ا", p + "تا"]);
  // defective verbs: نفى/دعا/ادعى → نفت، دعت، ادعوا (rows come as written, ى or ي)
  if (/[يىا]$/.test(p) && p.length >= 3) {
    const s = p.slice(0, -1);
    out.add(s + "ت"); out.add(s + "وا"); out.add(s + "تا");
  }
  return [...out];
}

/** Forms of an imperfect verb given in the 3rd person masculine singular: يقول → تقول يقولون …
 *  No first person unless asked (`firstPerson`): "نصف" would read as "we describe" everywhere, so
 *  only the event lexicon, whose verbs rarely collide, asks for "نقاتل"، "سنطرد" (news sample: 10 of
 *  15 new events right). Not the subjunctive plural "أن يقتلوا"، "لم يتعاونوا": it stands under أن،
 *  لم، لن، كي, a purpose or a denial, and 1 of 9 such events in the news sample was right. */
export function imperfectForms(i: string, firstPerson = false): string[] {
  if (!/^[يت]/.test(i)) return [i];
  const s = i.slice(1);
  const out = new Set([i, "ي" + s, "ت" + s, "ي" + s + "ون", "ت" + s + "ون", "ي" + s + "ان", "ت" + s + "ان", "ي" + s + "ن"]);
  // defective imperfects: يدعو/ينفي → يدعون، ينفون
  if (/[وي]$/.test(s)) { const r = s.slice(0, -1); out.add("ي" + r + "ون"); out.add("ت" + r + "ون"); }
  if (firstPerson) out.add("ن" + s);
  return [...out];
}

/** A participle or noun given as masculine singular: مؤكدا → مؤكد مؤكده مؤكدين مؤكدون مؤكدات. */
export function participleForms(m: string): string[] {
  const s = m.replace(/ا$/, "");
  return [...new Set([m, s, s + "ه", s + "ين", s + "ون", s + "ات", s + "تين", s + "تان"])];
}

/**
 * Expand a lexicon cell by its part of speech; only the first word of a multiword cell inflects
 * ("القى/يلقي القبض علي" → "القت القبض علي" …). "verb" cells are "perfect/imperfect", either may be empty;
 * `firstPerson` adds the imperfect's first person plural (imperfectForms).
 */
export function expand(form: string, pos: string, firstPerson = false): string[] {
  const [first, ...rest] = form.split(" ");
  const tail = rest.length ? " " + rest.join(" ") : "";
  let heads: string[];
  if (pos === "verb") {
    const [p, i] = first.split("/");
    heads = [...(p ? perfectForms(p) : []), ...(i ? imperfectForms(i, firstPerson) : [])];
  } else if (pos === "participle") heads = participleForms(first);
  else heads = [first];
  return heads.map((h) => h + tail);
}
