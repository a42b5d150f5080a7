// One name written the same way twice in a document is one referent: "مفاوضات جنيف" linked to
// Geneva, and a second "جنيف" the tagger found where the knowledge base asked for evidence (the
// word is also an ordinary one) and so left without an id. The unlinked group would otherwise be a
// second entity of that name, placed at the document's main place (Brussels for Geneva). Joins a
// group without a KB entry to the one KB-linked group of the same type whose mentions carry the
// same normalized name; not when two KB entities of the document share that name. A person's name
// must be a full one: two words or more, not a kunya or lineage ("أبو هنية" is many people's, and
// the KB's match of it may already be the wrong one).
import type { FoundMention } from "../mentions/candidate.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import { normalize } from "../text/normalize.ts";
import type { Group } from "./link-entities.ts";

/** Moves unlinked groups into the KB-linked group named the same way in the document (in place). */
export function joinSameNames(groups: Map<string, Group>, lex: Lexicons): void {
  let unlinked = false;
  for (const g of groups.values()) if (!g.entry) { unlinked = true; break; }
  if (!unlinked) return;
  const byName = new Map<string, Group | null>(); // "TYPE name" -> its one KB-linked group (null: two)
  for (const g of groups.values()) {
    if (!g.entry) continue;
    for (const m of g.mentions) {
      const k = `${g.type} ${nameOf(m)}`, prev = byName.get(k);
      byName.set(k, prev === undefined || prev === g ? g : null);
    }
  }
  if (byName.size === 0) return;
  for (const [id, g] of groups) {
    if (g.entry || (g.type === "PERSON" && !g.mentions.every((m) => fullName(m, lex)))) continue;
    let target: Group | null | undefined;
    for (const m of g.mentions) {
      const t = byName.get(`${g.type} ${nameOf(m)}`);
      if (!t || (target && t !== target)) { target = null; break; }
      target = t;
    }
    if (!target) continue;
    for (const m of g.mentions) target.mentions.push(m);
    groups.delete(id);
  }
}

/** The mention's name as matched (its key), else its normalized text. */
const nameOf = (m: FoundMention): string => m.key || normalize(m.text);

/** Two words or more, the first no connector (بن، أبو، أم). */
function fullName(m: FoundMention, lex: Lexicons): boolean {
  const ws = nameOf(m).split(" ");
  return ws.length >= 2 && !lex.connectors.has(ws[0]);
}
