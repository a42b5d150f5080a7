// Which entity mention covers which token: the lookup both the quote finder (speakers, outlets)
// and the event finder (source, target, location) need, kept below both stages so neither
// imports the other. Built once per Document from its entities; a mention covers every token it
// overlaps (a clitic-prefixed token like "لسبوتنيك" is covered by the mention "سبوتنيك").
import type { EntityType } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import { lowerBound } from "./ranges.ts";

export interface ActorMention {
  id: string;
  type: EntityType;
  start: number; end: number;        // character offsets
  text: string;
  first: number; last: number;       // token indexes covered, inclusive
  nisba?: boolean;                   // quotes/speakers.ts isNisba, computed on first use
}

export interface ActorIndex {
  mentions: ActorMention[];          // in text order
  atToken: (ActorMention | undefined)[];
}

// the quote finder and the event finder both ask for a document's index: it is built once, and
// kept per document (a WeakMap: it goes with the document), not only for the last one, since the
// pipeline runs its stages batch by batch (the quote finder over 16 documents, then the event
// finder over the same 16: a cache of the last document built every index twice)
const kept = new WeakMap<Document, { entities: Document["entities"]; tokens: Document["tokens"]; ix: ActorIndex }>();

/** The index of a document's entity mentions (kept per document: shared, read only). */
export function actorIndex(doc: Document): ActorIndex {
  const k = kept.get(doc);
  if (k !== undefined && k.entities === doc.entities && k.tokens === doc.tokens) return k.ix;
  const ix = buildIndex(doc);
  kept.set(doc, { entities: doc.entities, tokens: doc.tokens, ix });
  return ix;
}

function buildIndex(doc: Document): ActorIndex {
  const mentions: ActorMention[] = [];
  const toks = doc.tokens;
  for (const e of doc.entities) for (const m of e.mentions) {
    let first = lowerBound(toks, m.start);
    if (first > 0 && toks[first - 1].end > m.start) first--;
    let last = first;
    while (last + 1 < toks.length && toks[last + 1].start < m.end) last++;
    if (first >= toks.length || toks[first].start >= m.end) continue;
    mentions.push({ id: e.id, type: e.type, start: m.start, end: m.end, text: m.text, first, last, nisba: undefined });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // (a place named inside its body's name, "محكمة جنايات القاهرة", is no actor of its own: the body is; entities/nested-places.ts)
  const outer = withoutInner(mentions);
  const atToken: (ActorMention | undefined)[] = new Array(toks.length);
  for (const m of outer) for (let i = m.first; i <= m.last; i++) atToken[i] ??= m;
  return { mentions: outer, atToken };
}

/** The mentions (sorted by start, longer first) less those lying strictly inside an earlier one's characters; the list itself when none does. */
function withoutInner(ms: ActorMention[]): ActorMention[] {
  let out: ActorMention[] | null = null, start = -1, end = -1; // the span reaching furthest so far
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k], inner = m.end <= end && (m.start > start || m.end < end);
    if (inner && out === null) out = ms.slice(0, k);
    else if (!inner && out !== null) out.push(m);
    if (m.end > end) { start = m.start; end = m.end; }
  }
  return out ?? ms;
}

/** Mentions whose first token lies in [from, to), in order. */
export function mentionsIn(ix: ActorIndex, from: number, to: number): ActorMention[] {
  return ix.mentions.filter((m) => m.first >= from && m.first < to);
}

export const isActorType = (t: EntityType): boolean => t === "PERSON" || t === "ORG" || t === "GPE";
export const isPlaceType = (t: EntityType): boolean => t === "GPE" || t === "LOC" || t === "FAC";
