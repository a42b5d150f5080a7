// The store interface every backend implements (SQLite in sqlite/, PostgreSQL in postgres/).
// Everything outside store/ speaks only these types, so the CLI, the HTTP API and the exports
// never know which database they run on. It is asynchronous from the start because PostgreSQL
// is; the SQLite backend simply resolves at once. Rows are plain JSON-able objects.
//
// Semantics both backends must keep (test/store/suite.ts checks them on each):
// - putBatch is one transaction and idempotent by document id: a document already stored is not
//   stored again, but its source (path/url) is added to document_sources when new.
// - entity ids are canonical across documents: one entity row per id, counts summed over
//   documents, and the row's scalar fields chosen independently of ingest order.
// - dates are ISO strings "YYYY-MM-DD"; ranges are inclusive; an event's day is its own date,
//   else its document's published date.

import type { ContractDocument, EntityType, EventOut, Geo, PloverType, QuoteOut, Source, Stance } from "../core/contract.ts";

export interface PutResult {
  added: number;          // new documents stored
  sources: number;        // new sources recorded for documents already stored
  unchanged: number;      // documents (and sources) already stored: nothing written
}

/** Where a fact is allowed to come from: shared by search, lists, timeline, graph and geo. */
export interface DocFilter {
  from?: string;          // published (documents) or event day (events) >= from
  to?: string;            // ... <= to
  outlet?: string;        // the document's site, e.g. "aawsat.com" (host of its url, no www.)
  document?: string;      // one document id
}

export interface SearchQuery extends DocFilter {
  q: string;              // words (AND); "quoted phrase"; empty: filters only, newest first
  entity?: string;        // documents mentioning this canonical id
  entityType?: EntityType;// documents mentioning an entity of this type
  eventType?: PloverType; // documents with an event of this type
  via?: string;           // documents with a quote relayed by this outlet entity
  hedged?: boolean;       // documents with a hedged (true) / unhedged (false) event
  negated?: boolean;      // documents with a negated (true) / affirmed (false) event
  limit?: number;         // default 20
  offset?: number;
}

export interface Highlight { start: number; end: number }   // UTF-16 offsets into the document text

export interface SearchHit {
  id: string;
  title: string;
  published: string | null;
  outlet: string | null;
  score: number;          // lower is better (bm25 as SQLite reports it); only comparable within one result
  match: "word" | "substring" | "none";   // word index, trigram (clitic-attached forms), or filters only
  snippet: { text: string; start: number; end: number; highlights: Highlight[] };
}

export interface SearchResult { hits: SearchHit[]; total: number; approximate: boolean }

export interface EntityRef { id: string; type: EntityType; name: string; name_en: string | null }

export interface EntityRow extends EntityRef {
  geo: Geo | null;
  documents: number;      // documents mentioning it
  mentions: number;       // mentions over all documents
  first_seen: string | null;   // earliest published date of a document mentioning it
  last_seen: string | null;
}

export interface DocSummary {
  id: string; title: string; published: string | null; outlet: string | null; url: string | null;
  entities: number; quotes: number; events: number;
}

export interface DocumentRecord {
  doc: ContractDocument;  // exactly as extracted (source = the first source seen)
  sources: Source[];      // every path/url the same content came from, in the order first seen
  outlet: string | null;
}

/**
 * A quote in a list. `text` is bounded (clip.ts): at most QUOTE_CHARS characters from the
 * content's start, cut at a word; `clipped` says it was cut. `start`/`end` always span the
 * whole content in the document, so the reader link shows all of it.
 */
export interface QuoteRow extends QuoteOut {
  document: string; index: number; published: string | null; title: string; outlet: string | null;
  speaker_name: string | null; via_name: string | null;
  clipped: boolean;
}

export interface QuoteFilter extends DocFilter {
  speaker?: string;       // quotes by this entity
  entity?: string;        // quotes by or relayed by this entity
  via?: string;
  stance?: Stance;
  direct?: boolean;
  limit?: number; offset?: number;
}

export interface EventRow extends EventOut {
  document: string; index: number; day: string | null; published: string | null; title: string; outlet: string | null;
  evidence: string;       // the evidence sentence, bounded around the trigger (clip.ts): text.slice(evidence_span.start, evidence_span.end)
  evidence_span: { start: number; end: number };   // inside `sentence`; equal to it when the sentence is short enough to be whole
  clipped: boolean;       // evidence is a cut of the sentence (the reader link shows all of it)
  source_name: string | null; target_name: string | null; location_name: string | null;
  lat: number | null; lon: number | null; country: string | null;   // of the location, when known
}

export interface EventFilter extends DocFilter {
  type?: PloverType;
  entity?: string;        // as source, target or location
  source?: string;
  target?: string;
  location?: string;
  mode?: string;
  hedged?: boolean;
  negated?: boolean;
  located?: boolean;      // only events whose location has coordinates
  limit?: number; offset?: number;
}

export interface Page<T> { items: T[]; total: number }

export interface EntityFilter {
  q?: string;             // name or alias (folded) starts with
  type?: EntityType;
  limit?: number; offset?: number;
}

/** How many rows each list of the entity profile carries; the rest is paged (entityEvents, entityQuotes). */
export const ENTITY_PANEL = 20;
/** How many latest documents the entity profile carries (the search page, filtered by entity, has them all). */
export const ENTITY_DOCUMENTS = 10;

/**
 * What an entity page shows first, bounded whatever the entity's size: the first ENTITY_PANEL
 * quotes and events (the rest paged by entityQuotes / entityEvents), each with a bounded excerpt,
 * and the counts that say how many there are ("20 of 1,243").
 */
export interface EntityProfile extends EntityRow {
  aliases: { text: string; count: number }[];                  // surface forms seen, most frequent first (at most 50)
  timeline: { date: string; documents: number; mentions: number }[];   // by published date
  quotes: QuoteRow[];                                          // said by it, newest first: the first ENTITY_PANEL of counts.quotes
  events: EventRow[];                                          // as source or target, newest first: the first ENTITY_PANEL of counts.events
  counts: {
    quotes: number;                                            // said by it
    events: number;                                            // as source or target (an event with it on both sides counted once)
    events_as_source: number; events_as_target: number; events_at: number;
  };
  cooccurring: (EntityRef & { documents: number })[];         // most shared documents first (at most 25)
  documents_recent: DocSummary[];                             // the latest ENTITY_DOCUMENTS of `documents`
}

export interface Paging { limit?: number; offset?: number }

export interface TimelinePoint { date: string; type: PloverType; count: number }

export interface GraphFilter extends EventFilter {
  nodes?: number;         // at most this many entities (most connected first); default 100
  comentions?: boolean;   // add co-mention edges (documents naming both); default true
  minWeight?: number;     // drop edges lighter than this; default 1
}

export interface GraphNode extends EntityRef { documents: number; events: number }
export interface GraphEdge {
  source: string; target: string;
  kind: "event" | "comention";
  weight: number;                                   // events source→target, or shared documents
  types: Partial<Record<PloverType, number>>;       // events by type ({} for co-mentions)
}
export interface Graph { nodes: GraphNode[]; edges: GraphEdge[] }

export interface PlaceRow extends EntityRef { lat: number; lon: number; country: string | null; documents: number; events: number }
export interface GeoResult { places: PlaceRow[]; events: EventRow[] }

export interface Stats {
  documents: number;
  entities: number;       // distinct canonical entities
  quotes: number;
  events: number;
  sources: number;        // document sources (>= documents)
  schema_version: number;
  backend: "sqlite" | "postgres";
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  /** Which of these document ids are stored already (for resumable ingest). */
  exists(ids: string[]): Promise<Set<string>>;
  /** Every stored document id (resumable ingest loads them once, then skips stored inputs unread). */
  allIds(): Promise<Set<string>>;
  /** Store documents in one transaction; idempotent by id. */
  putBatch(docs: ContractDocument[]): Promise<PutResult>;
  /** Record more sources for documents already stored (ids skipped before extraction). */
  addSources(items: { id: string; source: Source }[]): Promise<number>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  documents(filter?: DocFilter & { entity?: string; limit?: number; offset?: number }): Promise<Page<DocSummary>>;
  /** Every stored document, in storage order (for exports). */
  stream(filter?: DocFilter): AsyncIterable<ContractDocument>;
  search(q: SearchQuery): Promise<SearchResult>;
  entity(id: string): Promise<EntityProfile | null>;
  /** An entity's events as source or target, newest first (its page's events panel, paged); null: no such entity. */
  entityEvents(id: string, page?: Paging): Promise<Page<EventRow> | null>;
  /** Quotes an entity said, newest first (its page's quotes panel, paged); null: no such entity. */
  entityQuotes(id: string, page?: Paging): Promise<Page<QuoteRow> | null>;
  entities(filter?: EntityFilter): Promise<Page<EntityRow>>;
  quotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  events(filter?: EventFilter): Promise<Page<EventRow>>;
  timeline(filter?: EventFilter): Promise<TimelinePoint[]>;
  graph(filter?: GraphFilter): Promise<Graph>;
  geo(filter?: EventFilter & { places?: number }): Promise<GeoResult>;
  stats(): Promise<Stats>;
  /**
   * A token that changes whenever anything is committed to the store, by this or any other
   * process (the server keeps answers until it moves). Optional: a backend without one is
   * simply not cached. Must be cheap: it is asked on every API request.
   */
  revision?(): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** Clamp a caller's limit into [1, MAX_LIMIT]; `max` lets exports ask for more. */
export function clampLimit(limit: number | undefined, dflt = DEFAULT_LIMIT, max = MAX_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return dflt;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}
