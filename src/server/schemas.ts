// JSON Schemas of the API's answers, for the OpenAPI description. They mirror the Store's row
// types (src/store/store.ts); test/server/openapi.test.ts validates real answers against them
// with ajv, so a change on either side that breaks the other fails a test instead of drifting.
import { PLOVER_TYPES } from "../core/contract.ts";
import { ref, type JsonSchema } from "./route.ts";

const str = { type: "string" };
const int = { type: "integer", minimum: 0 };
const num = { type: "number" };
const bool = { type: "boolean" };
const date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
const nullable = (s: JsonSchema): JsonSchema => ({ anyOf: [s, { type: "null" }] });
const arr = (items: JsonSchema): JsonSchema => ({ type: "array", items });
/** An object whose listed properties are all required; more properties are allowed (fields may be added). */
const obj = (properties: Record<string, JsonSchema>): JsonSchema => ({ type: "object", required: Object.keys(properties), properties });
const withOptional = (o: JsonSchema, more: Record<string, JsonSchema>): JsonSchema =>
  ({ ...o, properties: { ...(o.properties as Record<string, JsonSchema>), ...more } });
const page = (item: string): JsonSchema => obj({ items: arr(ref(item)), total: int });
const all = (...parts: JsonSchema[]): JsonSchema => ({ allOf: parts });

const entityType = { type: "string", enum: ["PERSON", "ORG", "GPE", "LOC", "FAC"] };
const ploverType = { type: "string", enum: [...PLOVER_TYPES] };
const span = obj({ start: int, end: int });

export const components: Record<string, JsonSchema> = {
  Error: obj({ error: obj({ code: str, message: str, input: nullable(str), detail: nullable(str) }) }),
  Span: span,
  Geo: obj({ lat: { type: "number", minimum: -90, maximum: 90 }, lon: { type: "number", minimum: -180, maximum: 180 }, country: nullable(str) }),
  Mention: obj({ start: int, end: int, text: str }),
  Entity: withOptional(obj({ id: str, type: entityType, name: str, name_en: nullable(str), mentions: arr(ref("Mention")) }), { geo: ref("Geo") }),
  Quote: obj({
    speaker: nullable(str), speaker_text: nullable(str), cue: str, text: str, start: int, end: int,
    direct: bool, via: nullable(str), stance: { type: "string", enum: ["asserted", "alleged", "denied"] },
  }),
  Event: obj({
    type: ploverType, source: nullable(str), target: nullable(str), location: nullable(str), date: nullable(str),
    mode: nullable(str), trigger: str, trigger_span: span, sentence: span,
    quantities: arr(obj({ text: str, value: num, of: nullable(str) })), fatalities: nullable(int), hedged: bool, negated: bool,
  }),
  Document: obj({
    schema: { const: "rasid.document/1" }, id: str, source: ref("Source"), language: str, title: str, published: nullable(date),
    text: str, entities: arr(ref("Entity")), quotes: arr(ref("Quote")), events: arr(ref("Event")),
  }),
  Source: obj({ path: str, url: nullable(str) }),
  DocumentRecord: obj({ doc: ref("Document"), sources: arr(ref("Source")), outlet: nullable(str) }),
  DocSummary: obj({ id: str, title: str, published: nullable(date), outlet: nullable(str), url: nullable(str), entities: int, quotes: int, events: int }),
  EntityRef: obj({ id: str, type: entityType, name: str, name_en: nullable(str) }),
  EntityRow: all(ref("EntityRef"), obj({ geo: nullable(ref("Geo")), documents: int, mentions: int, first_seen: nullable(date), last_seen: nullable(date) })),
  QuoteRow: all(ref("Quote"), obj({
    document: str, index: int, published: nullable(date), title: str, outlet: nullable(str), speaker_name: nullable(str), via_name: nullable(str),
    clipped: { ...bool, description: "text is the content's beginning, cut at a word (start/end still span all of it)" },
  })),
  EventRow: all(ref("Event"), obj({
    document: str, index: int, day: nullable(date), published: nullable(date), title: str, outlet: nullable(str),
    evidence: { ...str, description: "the evidence sentence, cut around the trigger when long: text.slice(evidence_span.start, evidence_span.end)" },
    evidence_span: span, clipped: { ...bool, description: "evidence is a cut of the sentence" },
    source_name: nullable(str), target_name: nullable(str), location_name: nullable(str), lat: nullable(num), lon: nullable(num), country: nullable(str),
  })),
  EntityProfile: all(ref("EntityRow"), obj({
    aliases: arr(obj({ text: str, count: int })),
    timeline: arr(obj({ date, documents: int, mentions: int })),
    quotes: arr(ref("QuoteRow")),
    events: arr(ref("EventRow")),
    counts: obj({ quotes: int, events: int, events_as_source: int, events_as_target: int, events_at: int }),
    cooccurring: arr(all(ref("EntityRef"), obj({ documents: int }))),
    documents_recent: arr(ref("DocSummary")),
  })),
  SearchResult: obj({
    hits: arr(obj({
      id: str, title: str, published: nullable(date), outlet: nullable(str), score: num,
      match: { type: "string", enum: ["word", "substring", "none"] },
      snippet: obj({ text: str, start: int, end: int, highlights: arr(span) }),
    })),
    total: int, approximate: bool,
  }),
  TimelinePoint: obj({ date, type: ploverType, count: int }),
  Graph: obj({
    nodes: arr(all(ref("EntityRef"), obj({ documents: int, events: int }))),
    edges: arr(obj({ source: str, target: str, kind: { type: "string", enum: ["event", "comention"] }, weight: num, types: { type: "object", additionalProperties: int } })),
  }),
  GeoResult: obj({
    places: arr(all(ref("EntityRef"), obj({ lat: num, lon: num, country: nullable(str), documents: int, events: int }))),
    events: arr(ref("EventRow")),
  }),
  Stats: obj({ documents: int, entities: int, quotes: int, events: int, sources: int, schema_version: int, backend: { type: "string", enum: ["sqlite", "postgres"] } }),
  DocumentPage: page("DocSummary"),
  EntityPage: page("EntityRow"),
  QuotePage: page("QuoteRow"),
  EventPage: page("EventRow"),
};
