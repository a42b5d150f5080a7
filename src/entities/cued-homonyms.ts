// "حي الروضة" in a story about Taiz or Jeddah is a neighbourhood there, not the town of that name
// GeoNames lists near Sanaa: many villages and quarters share a name, and the KB holds only some
// of them. A small generated place (not prominent) named after a settlement cue (حي، قرية، بلدة،
// مخيم) is placed as an unknown place would be (the known place after or before it) when that
// place is far from the KB's one: the story's own geography is the better witness (K, session 14).
import type { Geo } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import { isProminentPlace, type NameEntry } from "../mentions/gazetteer.ts";
import { km } from "./geocode.ts";
import { firstMention } from "./place-earlier.ts";

/** Farther than this (km) from where the story places it, the KB's place is another of the name. */
const FAR = 100;

/** Is the entry a small generated place whose first mention follows a settlement cue? */
export function cuedSmallPlace(e: NameEntry, mentions: readonly { tokens: { start: number } }[], tokens: Document["tokens"], cues: ReadonlySet<string>): boolean {
  if (!e.generated || isProminentPlace(e) || e.lat === null) return false;
  const first = firstMention(mentions);
  const k = first.tokens.start - 1;
  if (k < 0 || tokens[k].sentence !== tokens[first.tokens.start].sentence) return false;
  for (const r of tokens[k].readings) if (r.post === "" && cues.has(r.norm)) return true;
  return false;
}

/** The story's place for it when far from the KB's, else the KB's. */
export function storyPlace(kb: Geo, story: Geo | undefined): Geo {
  return story && km(story, kb) > FAR ? story : kb;
}
