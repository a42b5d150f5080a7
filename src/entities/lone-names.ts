// A one-word name the tagger read as an organization or a place, which is the family name of a
// person the document names in full, is that person when the document itself says the word names a
// person: "الحمداني: المدينة ستتحرر قريبا" (a headline's speaker before a colon, the usual Arabic
// headline form) with "سالم أحمد الحمداني" in the body, or "الحمداني" also read alone as a person
// elsewhere in the text ("وأشار الحمداني"). The person may be one the knowledge base does not know
// (surnames.ts joins lone names to KB persons without this evidence). The evidence is what keeps a
// club out of a person whose pattern ran into its name ("حافظ شيفلد" … "شيفلد" the club): the
// club's name is never a speaker before a colon nor read alone as a person.
// Runs after coreference (which adds the lone uses of a family name the tagger left untyped).
import type { Token } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { normalize } from "../text/normalize.ts";
import type { Group, WordsOf } from "./link-entities.ts";

/** Moves lone non-person groups into the one person whose full name ends with their word (in place). */
export function joinLoneNamesToPersons(groups: Map<string, Group>, tokens: readonly Token[], lex: Lexicons, wordsOf: WordsOf): void {
  let lone: Group[] | null = null;
  for (const g of groups.values()) {
    if (g.type !== "PERSON" && !g.entry && g.mentions.every(loneUnknown)) (lone ??= []).push(g);
  }
  if (!lone) return;
  // family name -> its one person (null: two people share it), and the words a person is named by alone
  const byLast = new Map<string, Group | null>(), alone = new Set<string>();
  for (const g of groups.values()) {
    if (g.type !== "PERSON") continue;
    for (const m of g.mentions) {
      const ws = wordsOf(m);
      if (ws.length === 1) { alone.add(`${g.id} ${ws[0]}`); continue; }
      if (lex.connectors.has(ws[ws.length - 2])) continue; // "عبد العزيز": العزيز alone is nobody
      const last = ws[ws.length - 1], prev = byLast.get(last);
      byLast.set(last, prev === undefined || prev === g ? g : null);
    }
  }
  for (const g of lone) {
    const word = normalize(g.key);
    const person = byLast.get(word);
    if (!person) continue;
    if (!alone.has(`${person.id} ${word}`) && !g.mentions.some((m) => beforeColon(m, tokens))) continue;
    for (const m of g.mentions) person.mentions.push(m);
    groups.delete(g.id);
  }
}

/** One token, no knowledge-base entry: a name only a pattern or the tagger read. */
function loneUnknown(m: FoundMention): boolean {
  return m.tokens.end - m.tokens.start === 1 && !m.kbId && !m.candidates?.length;
}

/** Is the mention followed by a colon in its sentence ("الحمداني: …")? */
function beforeColon(m: FoundMention, tokens: readonly Token[]): boolean {
  const next = m.tokens.end < tokens.length ? tokens[m.tokens.end] : undefined;
  return next !== undefined && next.kind === "punct" && (next.text === ":" || next.text === "：");
}
