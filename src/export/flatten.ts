// Events as the flat records most export formats want: each event with its document, and the
// entities it names (source, target, location) resolved from the same document, so names and
// coordinates come with it. Every format reads events through here, so they agree.
import type { ContractDocument, EntityOut, EventOut } from "../core/contract.ts";
import { eventDay } from "../store/codec.ts";
import { outletOf } from "../store/outlet.ts";

export interface FlatEvent {
  doc: ContractDocument;
  index: number;               // position of the event in doc.events
  event: EventOut;
  day: string | null;          // event date, else the document's publication date
  source: EntityOut | null;
  target: EntityOut | null;
  location: EntityOut | null;
  evidence: string;            // the sentence the event was read from
  outlet: string | null;
}

export function* flatEvents(doc: ContractDocument): Generator<FlatEvent> {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const find = (id: string | null) => (id ? byId.get(id) ?? null : null);
  const outlet = outletOf(doc.source);
  for (let i = 0; i < doc.events.length; i++) {
    const event = doc.events[i];
    yield {
      doc, index: i, event, day: eventDay(event.date, doc.published),
      source: find(event.source), target: find(event.target), location: find(event.location),
      evidence: doc.text.slice(event.sentence.start, event.sentence.end), outlet,
    };
  }
}

/** Coordinates usable on a map: finite and in range. */
export function validGeo(e: EntityOut | null): e is EntityOut & { geo: NonNullable<EntityOut["geo"]> } {
  const g = e?.geo;
  return Boolean(g && Number.isFinite(g.lat) && Number.isFinite(g.lon) && Math.abs(g.lat) <= 90 && Math.abs(g.lon) <= 180);
}

/** A stable id for an event, the same in every format: document id prefix and event index. */
export const eventKey = (f: FlatEvent): string => `${f.doc.id.slice(0, 16)}-${f.index}`;

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
/** English country name for an ISO 3166-1 alpha-2 code ("YE" → "Yemen"), or "" when unknown. */
export function countryName(code: string | null | undefined): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return "";
  try { return regionNames.of(code) ?? ""; } catch { return ""; }
}
