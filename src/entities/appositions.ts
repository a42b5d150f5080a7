// A name and its other name in brackets right after it are one organization: "جهاز المخابرات
// العامة (الشاباك)", "منظومة المجتمع الكردستاني (KCK)", "حزب العمال الكردستاني (بي كا كا)". The press
// glosses a body's descriptive name with its short or known name so; two entities there would split
// the body's statements between them. Only organizations, only when at most one of the two is
// linked to the KB (two different KB entries are two bodies, or a wrong link this cannot mend).
import type { FoundMention } from "../mentions/candidate.ts";
import type { Group } from "./link-entities.ts";

const OPEN = 0x28, CLOSE = 0x29; // ( )

export function joinAppositions(groups: Map<string, Group>, text: string): void {
  let orgs = 0;
  for (const g of groups.values()) if (g.type === "ORG") orgs++;
  if (orgs < 2) return;
  const byStart = new Map<number, Group>(); // the first character of each ORG mention -> its group
  for (const g of groups.values()) if (g.type === "ORG") for (const m of g.mentions) byStart.set(m.start, g);
  const dropped = new Set<Group>();
  for (const g of [...groups.values()]) {
    if (g.type !== "ORG" || dropped.has(g)) continue;
    for (const m of g.mentions) {
      const at = bracketAfter(text, m);
      if (at < 0) continue;
      const other = byStart.get(at);
      if (!other || other === g || (g.entry && other.entry) || !closedAt(text, other, at)) continue;
      // the linked group keeps the mentions (else the first-named one)
      const [keep, drop] = g.entry || !other.entry ? [g, other] : [other, g];
      for (const x of drop.mentions) { keep.mentions.push(x); byStart.set(x.start, keep); }
      keep.mentions.sort((a, b) => a.start - b.start);
      groups.delete(drop.id);
      dropped.add(drop);
      break; // g's mentions changed under the loop: the next group
    }
  }
}

/** Where the name in brackets after m begins ("X (Y)", "X، (Y)", "X ( Y"), or -1. */
function bracketAfter(text: string, m: FoundMention): number {
  let p = m.end;
  const end = Math.min(text.length, m.end + 4);
  while (p < end && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x60c || text.charCodeAt(p) === 0x2c)) p++;
  if (p >= text.length || text.charCodeAt(p) !== OPEN) return -1;
  p++;
  while (p < text.length && text.charCodeAt(p) === 0x20) p++;
  return p;
}

/** Does a mention of g starting at `at` end at the closing bracket? */
function closedAt(text: string, g: Group, at: number): boolean {
  for (const m of g.mentions) {
    if (m.start !== at) continue;
    let p = m.end;
    while (p < text.length && text.charCodeAt(p) === 0x20) p++;
    return p < text.length && text.charCodeAt(p) === CLOSE;
  }
  return false;
}
