// A kunya is declined: أبو in the nominative, أبي after a preposition or in the genitive, أبا in
// the accusative ("قال أبو مالك الشامي" / "أمير الجبهة أبي مالك الشامي"). The press writes the same
// person in all three cases within one article, and each written form made its own entity, so the
// person's quotes were split over two or three entities (and the gold's one person matched none
// whole). Persons named by the same kunya and at least one more name word (a nisba or family
// name: "أبو X الشامي"), once the case ending is folded to أبو, are one referent in a document; a
// bare "أبو X" is many people's and is left to the other joiners. No group the KB linked is joined
// to another KB-linked group.
import type { FoundMention } from "../mentions/candidate.ts";
import { normalize } from "../text/normalize.ts";
import type { Group } from "./link-entities.ts";

const CASES = new Set(["ابو", "ابي", "ابا"]);

/** Moves person groups named by one kunya in different cases into one group (in place). */
export function joinKunyaCases(groups: Map<string, Group>): void {
  let byKunya: Map<string, Group> | null = null;
  for (const [id, g] of groups) {
    if (g.type !== "PERSON") continue;
    let target: Group | undefined, keys: string[] | null = null;
    for (const m of g.mentions) {
      const k = folded(m);
      if (!k) continue;
      (keys ??= []).push(k);
      byKunya ??= new Map();
      const t = byKunya.get(k);
      if (t && t !== g && !target) target = t;
    }
    if (!keys) continue;
    if (target && !(target.entry && g.entry)) {
      const into = g.entry && !target.entry ? g : target, from = into === g ? target : g;
      for (const m of from.mentions) into.mentions.push(m);
      from.mentions.length = 0;
      groups.delete(from === g ? id : from.id);
      for (const k of keys) byKunya!.set(k, into);
      for (const [k, v] of byKunya!) if (v === from) byKunya!.set(k, into);
    } else for (const k of keys) if (!byKunya!.has(k)) byKunya!.set(k, g);
  }
}

/** "ابو X Y…" with the kunya's case folded, or null (no kunya, or the kunya and one word only). */
function folded(m: FoundMention): string | null {
  const ws = (m.key || normalize(m.text)).split(" ");
  if (ws.length < 3 || !CASES.has(ws[0])) return null;
  ws[0] = "ابو";
  return ws.join(" ");
}
