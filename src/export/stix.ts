// A STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP): a report per document,
// an identity per person or organization, a threat-actor per armed group, a location per place
// with coordinates, and a relationship per event whose source and target are both known
// (relationship_type "plover-<type>", the evidence sentence as description). Ids are
// name-based UUIDs (uuid5), so one entity is one object across documents and runs.
// Events lacking a source or target cannot be STIX relationships; they stay in the reports'
// x_rasid_events. The bundle is streamed: objects are written as documents are read.
import type { ContractDocument, EntityOut } from "../core/contract.ts";
import { outletOf } from "../store/outlet.ts";
import type { Store } from "../store/store.ts";
import { armedGroupIds, classifier, type Classifier } from "./actor-kinds.ts";
import { countryName, eventKey, flatEvents } from "./flatten.ts";
import type { Sink } from "./sink.ts";
import { RASID_NAMESPACE, uuid5 } from "./uuid5.ts";

export interface StixOptions { now?: Date; classify?: Classifier }

const stixId = (type: string, key: string) => `${type}--${uuid5(`${type}:${key}`, RASID_NAMESPACE)}`;
const day = (d: string) => `${d}T00:00:00.000Z`;

function externalRefs(e: EntityOut) {
  const refs: { source_name: string; external_id: string; url?: string }[] = [];
  if (e.id.startsWith("wd:")) refs.push({ source_name: "wikidata", external_id: e.id.slice(3), url: `https://www.wikidata.org/wiki/${e.id.slice(3)}` });
  else if (e.id.startsWith("gn:")) refs.push({ source_name: "geonames", external_id: e.id.slice(3), url: `https://www.geonames.org/${e.id.slice(3)}` });
  else refs.push({ source_name: "rasid", external_id: e.id });
  return refs;
}

export function entityObject(e: EntityOut, kind: ReturnType<Classifier>, ts: string): Record<string, unknown> | null {
  if (!kind) return null;
  const common = {
    type: kind, spec_version: "2.1", id: stixId(kind, e.id), created: ts, modified: ts,
    name: e.name, external_references: externalRefs(e), x_rasid_id: e.id, x_rasid_name_en: e.name_en,
  };
  if (kind === "identity") return { ...common, identity_class: e.type === "PERSON" ? "individual" : "organization" };
  if (kind === "threat-actor") return { ...common, threat_actor_types: ["unknown"], aliases: e.name_en ? [e.name_en] : undefined };
  const g = e.geo!;
  return {
    ...common, latitude: g.lat, longitude: g.lon,
    ...(g.country ? { country: g.country, description: countryName(g.country) || undefined } : {}),
  };
}

export async function exportStix(store: Store, out: Sink, opts: StixOptions = {}): Promise<number> {
  const ts = (opts.now ?? new Date()).toISOString();
  const classify = opts.classify ?? classifier(armedGroupIds());
  const written = new Set<string>();
  let first = true;
  let count = 0;
  const emit = async (o: Record<string, unknown>) => {
    await out((first ? "\n" : ",\n") + JSON.stringify(o));
    first = false;
    count++;
  };
  await out(`{"type":"bundle","id":"${stixId("bundle", ts)}","objects":[`);
  for await (const doc of store.stream()) {
    const refs: string[] = [];
    const idOf = new Map<string, string>();
    for (const e of doc.entities) {
      const o = entityObject(e, classify(e), ts);
      if (!o) continue;
      idOf.set(e.id, o.id as string);
      refs.push(o.id as string);
      if (!written.has(o.id as string)) { written.add(o.id as string); await emit(o); }
    }
    const loose: string[] = [];
    for (const f of flatEvents(doc)) {
      const src = f.event.source ? idOf.get(f.event.source) : undefined;
      const tgt = f.event.target ? idOf.get(f.event.target) : undefined;
      if (!src || !tgt) { loose.push(eventKey(f)); continue; }
      const rel: Record<string, unknown> = {
        type: "relationship", spec_version: "2.1", id: stixId("relationship", eventKey(f)), created: ts, modified: ts,
        relationship_type: `plover-${f.event.type.toLowerCase()}`, source_ref: src, target_ref: tgt,
        description: f.evidence,
        ...(f.day ? { start_time: day(f.day) } : {}),
        x_rasid_plover: f.event.type, x_rasid_mode: f.event.mode, x_rasid_trigger: f.event.trigger,
        x_rasid_hedged: f.event.hedged, x_rasid_negated: f.event.negated, x_rasid_fatalities: f.event.fatalities,
        x_rasid_location_ref: f.event.location ? idOf.get(f.event.location) ?? null : null,
        x_rasid_document: doc.id, x_rasid_sentence: f.event.sentence,
      };
      refs.push(rel.id as string);
      await emit(rel);
    }
    if (refs.length) await emit(report(doc, refs, loose, ts));
  }
  await out("\n]}\n");
  return count;
}

function report(doc: ContractDocument, refs: string[], loose: string[], ts: string): Record<string, unknown> {
  const outlet = outletOf(doc.source);
  return {
    type: "report", spec_version: "2.1", id: stixId("report", doc.id), created: ts, modified: ts,
    name: doc.title, published: doc.published ? day(doc.published) : ts, report_types: ["news-article"],
    object_refs: [...new Set(refs)], lang: doc.language,
    external_references: [{ source_name: outlet ?? "rasid", ...(doc.source.url ? { url: doc.source.url } : {}), external_id: doc.id }],
    x_rasid_document: doc.id, x_rasid_path: doc.source.path, ...(loose.length ? { x_rasid_events: loose } : {}),
  };
}
