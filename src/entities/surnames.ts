// A person the knowledge base knows, named in full and then by the family name alone: "عبد ربه
// منصور هادي" … "هادي في مؤتمر الرياض". The tagger reads the lone word on its own context, and at
// a headline's start it may call it an organization; the KB's full name in the same document is
// the stronger evidence. A one-word name the KB does not know by itself, that only the tagger typed
// and that is the last word of a KB person's name named in the document, is that person. (Unknown
// persons are not used as targets: a person pattern that ran into the next words, "حافظ شيفلد",
// would take a club's name; session 5, eval/README.md.)
import type { FoundMention } from "../mentions/candidate.ts";
import { isTaggerMention } from "../mentions/model-mentions.ts";
import { normalize } from "../text/normalize.ts";
import type { Group, WordsOf } from "./link-entities.ts";

/** Moves the groups of lone family names into the KB person groups whose names end with them (in place). */
export function joinSurnames(groups: Map<string, Group>, wordsOf: WordsOf): void {
  let surnames: Map<string, Group> | null = null;
  for (const g of groups.values()) {
    if (g.type !== "PERSON" || !g.entry) continue;
    for (const m of g.mentions) {
      const ws = wordsOf(m);
      const last = ws.length >= 2 ? ws[ws.length - 1] : "";
      if (last.length >= 3 && !(surnames ??= new Map()).has(last)) surnames.set(last, g);
    }
  }
  if (!surnames) return;
  for (const [id, g] of groups) {
    if (g.type === "PERSON" || g.entry || !g.mentions.every(loneTaggerName)) continue;
    const target = surnames.get(normalize(g.key));
    if (!target) continue;
    for (const m of g.mentions) target.mentions.push(m);
    groups.delete(id);
  }
}

/** A one-token mention the tagger alone made, without KB candidates. */
function loneTaggerName(m: FoundMention): boolean {
  return isTaggerMention(m) && m.tokens.end - m.tokens.start === 1 && !m.kbId && !m.candidates?.length;
}

/**
 * A KB person named in this document only by a one-word family name ("القصبي" → the KB's ماجد
 * القصبي) while the document names someone else in full with that family name ("ناصر القصبي"):
 * the lone name is the person the document itself names, not the KB's namesake. Only when exactly
 * one other person's full name ends with the word. Moves the KB group's mentions (in place).
 */
export function joinLoneKbSurnames(groups: Map<string, Group>, wordsOf: WordsOf): void {
  let lone: Group[] | null = null;
  for (const g of groups.values()) {
    if (g.type === "PERSON" && g.entry && g.mentions.every((m) => wordsOf(m).length === 1)) (lone ??= []).push(g);
  }
  if (!lone) return;
  for (const g of lone) {
    // the matched key, not the text: "للقصبي" was matched as القصبي
    const word = normalize(g.mentions[0].key ?? g.mentions[0].text);
    if (word.includes(" ") || !g.mentions.every((m) => normalize(m.key ?? m.text) === word)) continue;
    let target: Group | null = null, count = 0;
    const fulls: [number, Group][] = []; // where each other person is named in full with the word
    for (const o of groups.values()) {
      if (o === g || o.type !== "PERSON") continue;
      let named = false;
      for (const m of o.mentions) { const ws = wordsOf(m); if (ws.length >= 2 && ws[ws.length - 1] === word) { fulls.push([m.start, o]); named = true; } }
      if (named) { target = o; count++; }
    }
    if (count === 0 || !target) continue;
    // (two persons of the family named in full, "فيصل الزبيدي ... والد عبد العزيز الزبيدي": each
    // lone name is the one named last before it, or the first named after it; spk14)
    for (const m of g.mentions) (count === 1 ? target : nearestBefore(fulls, m.start)).mentions.push(m);
    groups.delete(g.id);
  }
}

/** The group whose full name stands last before offset `at`, or else first after it. */
function nearestBefore(fulls: readonly [number, Group][], at: number): Group {
  let best: [number, Group] | null = null, after: [number, Group] | null = null;
  for (const f of fulls) {
    if (f[0] < at) { if (!best || f[0] > best[0]) best = f; }
    else if (!after || f[0] < after[0]) after = f;
  }
  return (best ?? after)![1];
}
