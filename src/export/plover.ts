// PLOVER JSON Lines: one event per line with the field names of the PLOVER specification
// (Open Event Data Alliance, "JSON Data Fields"): id, date, source/recipient as lists of actor
// objects (actor_text, identifier_id, identifier_text), event, mode, event_text, event_loc
// (GeoNames field names), quad_code, text, text_info, cite_info, dead. Rasid's own extras
// (hedged, negated, document) are added, as the specification allows.
import type { EntityOut, PloverType } from "../core/contract.ts";
import type { Store } from "../store/store.ts";
import { eventKey, flatEvents, validGeo, type FlatEvent } from "./flatten.ts";
import type { Sink } from "./sink.ts";

/** PLOVER quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, SANCTION: 3, THREATEN: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

function actor(e: EntityOut | null, id: string | null, f: FlatEvent) {
  if (!id) return [];
  const mention = e?.mentions.find((m) => m.start >= f.event.sentence.start && m.end <= f.event.sentence.end) ?? e?.mentions[0];
  return [{ actor_text: mention?.text ?? e?.name ?? null, identifier_id: id, identifier_text: e?.name ?? null, identifier_text_en: e?.name_en ?? null }];
}

export function ploverRecord(f: FlatEvent) {
  const loc = f.location;
  const gn = loc?.id.startsWith("gn:") ? Number(loc.id.slice(3)) : null;
  return {
    id: eventKey(f),
    date: f.day,
    source: actor(f.source, f.event.source, f),
    recipient: actor(f.target, f.event.target, f),
    event: f.event.type,
    mode: f.event.mode,
    event_text: [f.event.trigger],
    event_loc: loc ? {
      geonameid: Number.isFinite(gn) ? gn : null, name: loc.name, asciiname: loc.name_en,
      latitude: validGeo(loc) ? loc.geo.lat : null, longitude: validGeo(loc) ? loc.geo.lon : null,
      "country code": loc.geo?.country ?? null, identifier_id: loc.id,
    } : null,
    quad_code: QUAD[f.event.type],
    dead: f.event.fatalities,
    text: f.evidence,
    text_info: { start: f.event.sentence.start, end: f.event.sentence.end, event_start: f.event.trigger_span.start, event_end: f.event.trigger_span.end },
    cite_info: { url: f.doc.source.url, title: f.doc.title, language: f.doc.language, publication: f.outlet, coder: "rasid", codebook: "plover" },
    hedged: f.event.hedged,
    negated: f.event.negated,
    document: f.doc.id,
  };
}

export async function exportPlover(store: Store, out: Sink): Promise<number> {
  let n = 0;
  for await (const doc of store.stream()) {
    for (const f of flatEvents(doc)) { await out(JSON.stringify(ploverRecord(f)) + "\n"); n++; }
  }
  return n;
}
