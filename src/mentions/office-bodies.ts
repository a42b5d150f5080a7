// A state leader's office named as a body: "مكتب رئيس الوزراء", "مكتب رئيس الحكومة التركية",
// "مكتب وزير الدفاع السعودي", "مكتب الرئيس الفرنسي". The press quotes these offices as speakers
// ("أعلن مكتب رئيس الحكومة في بيان …"); orgPatterns reads the same words as a weak head's
// generic complement, which the tagger vetoes. What makes the phrase a name is its shape: an
// office-body head (office_body), an office word (office: رئيس، وزير، نائب), and a complement that
// makes it a state's office (state_office: الوزراء، الحكومة، الخارجية), or the definite office
// itself with a nationality adjective (الرئيس الفرنسي). A nationality adjective after the
// complement belongs to the name and ties it to its state (the key holds the country, as an
// institution's does); a person's name after it does not ("مكتب رئيس الوزراء [أحمد …]").
// After an office word the phrase is part of a title ("مدير مكتب وزير الدفاع"): no body then.
import type { FoundMention } from "./candidate.ts";
import type { Reading, Token } from "../core/document.ts";
import { isWord, makeMention } from "./candidate.ts";
import { adjectiveOf, type Ctx } from "./words.ts";
import { ADJ_WORD, HEAD_PRE, ORG_HEAD, wordClasses } from "./word-classes.ts";

export function officeBodies(c: Ctx): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  if (lex.officeBodies.size === 0) return out;
  const cls = wordClasses(c);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!(cls[i] & ORG_HEAD)) continue; // office_body heads are organization heads (org-heads.tsv)
    const r = bodyHead(c, tokens[i]);
    if (!r) continue;
    const sentence = tokens[i].sentence;
    if (i > 0 && isWord(tokens[i - 1]) && officeWord(c, tokens[i - 1]) !== null) continue; // مدير مكتب …: a title
    if (!at(tokens, i + 1, sentence)) continue;
    const office = officeWord(c, tokens[i + 1]);
    if (office === null) continue;
    let end: number;
    if (office) end = at(tokens, i + 2, sentence) && cls[i + 2] & ADJ_WORD ? i + 3 : -1; // الرئيس الفرنسي
    else end = at(tokens, i + 2, sentence) && plainDefinite(tokens[i + 2]) && lex.stateOffices.has(tokens[i + 2].norm) ? i + 3 : -1; // رئيس الوزراء
    if (end < 0) continue;
    // the state's adjective after the complement: "مكتب رئيس الحكومة التركية"
    const country = !office && at(tokens, end, sentence) && cls[end] & ADJ_WORD ? adjectiveOf(c, tokens[end]) : office ? adjectiveOf(c, tokens[end - 1]) : undefined;
    if (!office && country) end++;
    const words = [r.norm];
    for (let k = i + 1; k < end - (country ? 1 : 0); k++) words.push(tokens[k].norm);
    const key = country ? `${words.join(" ")} ${country.id}` : words.join(" ");
    const m = makeMention(text, tokens, r, i, end, "ORG", "pattern", 0.75, key);
    m.role = "institution";
    out.push(m);
    i = end - 1;
  }
  return out;
}

/** Is token k a word of the sentence? (A function, not a closure in the loop: a closure over the
 *  loop's `sentence` made V8 allocate a context for every token, ~18 KB an article.) */
function at(tokens: readonly Token[], k: number, sentence: number): boolean {
  return k < tokens.length && isWord(tokens[k]) && tokens[k].kind === "word" && tokens[k].sentence === sentence;
}

/** The token's reading that is an office-body head without ال (مكتب، ومكتب، لمكتب), or null. */
function bodyHead(c: Ctx, t: Token): Reading | null {
  for (const x of t.readings) if (!x.article && x.post === "" && HEAD_PRE.has(x.pre) && c.lex.officeBodies.has(x.norm)) return x;
  return null;
}

/**
 * Is the token an office word? false: bare, in construct (رئيس، وزير); true: definite (الرئيس);
 * null: no office word.
 */
function officeWord(c: Ctx, t: Token): boolean | null {
  const r = t.readings[0];
  if (r.pre !== "" || r.post !== "") return null;
  if (!r.article) return c.lex.offices.has(r.norm) ? false : null;
  return c.lex.offices.has(r.bare) ? true : null;
}

/** A definite word with no clitic in front (الوزراء, not والوزراء). */
function plainDefinite(t: Token): boolean {
  const r = t.readings[0];
  return r.article && r.pre === "" && r.post === "";
}
