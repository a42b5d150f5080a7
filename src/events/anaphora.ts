// Who "التنظيم"، "المملكة"، "الحركة" stand for. News names an actor in full once ("تنظيم داعش"،
// "المملكة العربية السعودية") and then by its head noun alone; an event told with the short form
// ("وقوف دولة قطر مع المملكة"، "هدد التنظيم روسيا") has that actor as source or target. The nouns
// and the heads they stand for are data (data/lexicon/anaphors.tsv). A noun refers to an entity
// of the row's type whose name, as written in the article, begins with the head (or follows it:
// "تنظيم “داعش”", where the mention leaves the head word out); of several, the
// most mentioned (the article's subject), then the nearest before it. The entity layer is left as
// it is: the resolution serves event arguments only.
import type { EntityType } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import type { ActorIndex } from "../actors/mentions.ts";
import type { Anaphor } from "../lexicon/generic-actors.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { normalize } from "../text/normalize.ts";
import { isBareWord, isTransparent } from "./clause.ts";

export interface Antecedent { first: number; last: number; id: string; type: EntityType }

interface Candidate { id: string; type: EntityType; count: number; starts: number[] }

/** The entity each anaphoric noun match stands for (matches inside or right before a name skipped). */
export function resolveAnaphors(doc: Document, ix: ActorIndex, matches: PhraseMatch<Anaphor>[]): Antecedent[] {
  if (!matches.length) return [];
  const byHead = new Map<string, Candidate[]>();
  const names: NamesOf = new Map();
  const out: Antecedent[] = [];
  for (const m of matches) {
    if (ix.atToken[m.start]) continue; // a word of a name
    const next = ix.atToken[m.end];
    if (next && next.first === m.end && (isNisbaText(next.text) || m.values.some((v) => v.type === next.type))) continue; // "المملكة المغربية"
    const at = doc.tokens[m.start].start;
    let best: Candidate | null = null, bestNear = -1;
    for (const v of m.values) {
      for (const c of candidates(doc, ix, byHead, names, v)) {
        const near = nearestBefore(c.starts, at);
        if (!best || c.count > best.count || (c.count === best.count && near > bestNear)) { best = c; bestNear = near; }
      }
    }
    if (best) out.push({ first: m.start, last: m.end - 1, id: best.id, type: best.type });
  }
  return out;
}

// an entity's mention texts and name, normalized once per document (asked for every head noun type)
type NamesOf = Map<Document["entities"][number], string[]>;
function namesOf(names: NamesOf, e: Document["entities"][number]): string[] {
  let ns = names.get(e);
  if (!ns) {
    ns = e.mentions.map((mm) => normalize(mm.text));
    ns.push(normalize(e.name));
    names.set(e, ns);
  }
  return ns;
}

function candidates(doc: Document, ix: ActorIndex, cache: Map<string, Candidate[]>, names: NamesOf, v: Anaphor): Candidate[] {
  const key = `${v.type}|${v.head}`;
  let cs = cache.get(key);
  if (cs) return cs;
  cs = [];
  const h = headForms(v.head);
  const after = headedIds(doc, ix, h);
  for (const e of doc.entities) {
    if (e.type !== v.type) continue;
    const named = after.has(e.id) || namesOf(names, e).some((n) => startsWithHead(n, h)); // (its mentions, then its name)
    if (named) cs.push({ id: e.id, type: e.type, count: e.mentions.length, starts: e.mentions.map((mm) => mm.start) });
  }
  cache.set(key, cs);
  return cs;
}

/** "تنظيم “داعش”"، "حركة حماس" with the mention on the name alone: the ids of entities with a
 *  mention right after the head word (or ال + head), quote marks between allowed (one pass). */
function headedIds(doc: Document, ix: ActorIndex, h: HeadForms): Set<string> {
  const toks = doc.tokens, ids = new Set<string>();
  for (const mm of ix.mentions) {
    let p = mm.first - 1;
    while (p >= 0 && isTransparent(toks[p])) p--;
    if (p >= 0 && (isBareWord(toks[p], h.head) || isBareWord(toks[p], h.def))) ids.add(mm.id);
  }
  return ids;
}

/** A head noun and its written variants, made once per head (not a string concatenated per name
 *  or mention compared: each would be flattened again by the comparison). */
interface HeadForms { head: string; def: string; headSp: string; defSp: string }
const headFormsOf = new Map<string, HeadForms>();
function headForms(head: string): HeadForms {
  let h = headFormsOf.get(head);
  if (!h) headFormsOf.set(head, (h = { head, def: "ال" + head, headSp: head + " ", defSp: "ال" + head + " " }));
  return h;
}

const startsWithHead = (name: string, h: HeadForms): boolean =>
  name === h.head || name === h.def || name.startsWith(h.headSp) || name.startsWith(h.defSp);

const isNisbaText = (s: string): boolean => /^ال\S+(ي|يه|يين|يون)$/.test(normalize(s));

/** The last offset in `starts` before `at`, or -1. */
function nearestBefore(starts: number[], at: number): number {
  let best = -1;
  for (const s of starts) if (s < at && s > best) best = s;
  return best;
}
