// An unknown place with no known place right after it ("قرية X في Y", nearPlace in link-entities.ts)
// is placed by the known place named last before it in its sentence, within a few words: "قتل
// ثلاثة في لودر، وسيطر المقاتلون على جبل X ومثلث Y". A sentence that lists places names places
// near each other; the nearest one is a better guess than the document's most-named place.
import type { Geo } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import type { NameEntry } from "../mentions/gazetteer.ts";
import { geoOf } from "./geocode.ts";

/** How far back (tokens) a known place places an unknown one. */
const BACK = 8;

/** The known place (not a country) that starts last before one of the mentions, in its sentence, within BACK tokens. */
export function placeBefore(mentions: readonly { tokens: { start: number } }[], near: Map<number, NameEntry>, tokens: Document["tokens"]): Geo | undefined {
  for (const m of mentions) {
    const sentence = tokens[m.tokens.start].sentence;
    for (let k = m.tokens.start - 1; k >= 0 && k >= m.tokens.start - BACK && tokens[k].sentence === sentence; k--) {
      const e = near.get(k);
      if (e) return geoOf(e);
    }
  }
  return undefined;
}
