// GeoJSON FeatureCollection for QGIS and other GIS tools: one Point per located event and one
// per place (entities with coordinates, with how many documents name them and how many events
// happen there). Coordinates are [longitude, latitude] (RFC 7946), WGS 84; out-of-range
// coordinates are left out rather than written.
import type { EntityOut } from "../core/contract.ts";
import type { Store } from "../store/store.ts";
import { eventKey, flatEvents, validGeo } from "./flatten.ts";
import type { Sink } from "./sink.ts";

interface Place { entity: EntityOut; documents: number; events: number }

export async function exportGeojson(store: Store, out: Sink): Promise<{ events: number; places: number }> {
  const places = new Map<string, Place>();
  let first = true;
  let events = 0;
  const feature = async (f: unknown) => { await out((first ? "\n" : ",\n") + JSON.stringify(f)); first = false; };
  await out('{"type":"FeatureCollection","features":[');
  for await (const doc of store.stream()) {
    for (const e of doc.entities) {
      if (!validGeo(e)) continue;
      const p = places.get(e.id) ?? { entity: e, documents: 0, events: 0 };
      p.documents++;
      places.set(e.id, p);
    }
    for (const f of flatEvents(doc)) {
      if (!validGeo(f.location)) continue;
      places.get(f.location.id)!.events++;
      events++;
      await feature({
        type: "Feature",
        id: `event-${eventKey(f)}`,
        geometry: { type: "Point", coordinates: [f.location.geo.lon, f.location.geo.lat] },
        properties: {
          kind: "event", event_type: f.event.type, mode: f.event.mode, date: f.day,
          source: f.event.source, source_name: f.source?.name ?? null, target: f.event.target, target_name: f.target?.name ?? null,
          location: f.location.id, location_name: f.location.name, country: f.location.geo.country,
          fatalities: f.event.fatalities, hedged: f.event.hedged, negated: f.event.negated,
          evidence: f.evidence, document: doc.id, title: doc.title, url: doc.source.url,
        },
      });
    }
  }
  const sorted = [...places.values()].sort((a, b) => b.documents - a.documents || (a.entity.id < b.entity.id ? -1 : 1));
  for (const p of sorted) {
    const g = p.entity.geo!;
    await feature({
      type: "Feature",
      id: `place-${p.entity.id}`,
      geometry: { type: "Point", coordinates: [g.lon, g.lat] },
      properties: {
        kind: "place", id: p.entity.id, entity_type: p.entity.type, name: p.entity.name, name_en: p.entity.name_en,
        country: g.country, documents: p.documents, events: p.events,
      },
    });
  }
  await out("\n]}\n");
  return { events, places: places.size };
}
