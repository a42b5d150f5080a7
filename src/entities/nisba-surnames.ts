// A family name that is also a nationality adjective, used alone for a person the document names
// in full: "عبدالله بن عبدالمحسن التركي … وقال الدكتور التركي", "اللواء منصور التركي … وأكد اللواء
// التركي", "خالد المصري … وأضاف المصري". The mentions stage reads the lone word as the adjective of
// its country (the word alone cannot tell); with the full name in the same document, a title or a
// reporting verb right before it says it is the person (a rank or honour, not an office or trade): an adjective follows the noun it describes
// ("الرئيس التركي", "الجيش التركي"), and a reporting verb has a subject, not an adjective, after it.
// Not when a person's name follows the word ("الرئيس التركي رجب طيب أردوغان": that is the country's
// president), and not when two people of the document share the family name.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import type { Group, WordsOf } from "./link-entities.ts";

/** Moves adjective mentions that are a named person's family name into that person's group (in place). */
export function joinNisbaSurnames(groups: Map<string, Group>, tokens: readonly Token[], lex: Lexicons, wordsOf: WordsOf): void {
  let adjective = false;
  for (const g of groups.values()) {
    if (g.type !== "PERSON" && g.mentions.some((m) => m.role === "adjective")) { adjective = true; break; }
  }
  if (!adjective) return;
  let surnames: Map<string, Group | null> | null = null; // family name -> its one person (null: shared)
  for (const g of groups.values()) {
    if (g.type !== "PERSON") continue;
    for (const m of g.mentions) {
      const ws = wordsOf(m);
      if (ws.length < 2) continue;
      const last = ws[ws.length - 1];
      surnames ??= new Map();
      const prev = surnames.get(last);
      surnames.set(last, prev === undefined || prev === g ? g : null);
    }
  }
  if (!surnames) return;
  const starts = new Set<number>(); // tokens where a person's mention starts
  for (const g of groups.values()) if (g.type === "PERSON") for (const m of g.mentions) starts.add(m.tokens.start);
  for (const [id, g] of groups) {
    if (g.type === "PERSON") continue;
    const moved: FoundMention[] = [];
    for (const m of g.mentions) {
      if (m.role !== "adjective" || m.tokens.end - m.tokens.start !== 1) continue;
      const person = surnames.get(m.key);
      if (!person || !personSlot(tokens, m.tokens.start, lex) || starts.has(m.tokens.end)) continue;
      person.mentions.push(m);
      moved.push(m);
    }
    if (!moved.length) continue;
    g.mentions = g.mentions.filter((m) => !moved.includes(m));
    if (!g.mentions.length) groups.delete(id);
  }
}

// title kinds that are a rank or an honour: not political or professional ones, common nouns an
// adjective describes ("الرئيس التركي", "اللاعب الفرنسي": the country's president, a French player)
const RANKS = new Set(["honorific", "academic", "military", "security", "religious", "royal"]);

/** Is the word before token i a one-word title (الدكتور، اللواء، الشيخ) or a reporting verb before its subject (وقال)? */
function personSlot(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  if (i === 0) return false;
  const t = tokens[i - 1];
  if (t.sentence !== tokens[i].sentence) return false;
  for (const r of t.readings) {
    if (r.post !== "") continue;
    if (lex.titles.get(r.norm)?.some((x) => x.words.length === 1 && x.impliesType === "PERSON" && RANKS.has(x.kind))) return true;
    if ((r.pre === "" || r.pre === "و" || r.pre === "ف") && lex.sayVerbs.has(r.norm)) return true;
  }
  return false;
}
