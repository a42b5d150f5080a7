// Search, the actor network, the map's places and events, and store-wide counts.
import { PLOVER_TYPES } from "../../core/contract.ts";
import { ref, type RouteDef } from "../route.ts";
import { ENTITY_TYPES, docFilter, eventFilter, paging } from "./filters.ts";

export const exploreRoutes: RouteDef[] = [
  {
    path: "/api/search", id: "search", tag: "explore",
    summary: "Full-text search over normalized Arabic, with filters and highlighted snippets (offsets into the document text)",
    params: [
      { name: "q", in: "query", type: "string", description: "words (all must match), or a \"quoted phrase\"; empty lists by filters, newest first" },
      { name: "entity", in: "query", type: "string", description: "documents mentioning this entity id" },
      { name: "entity_type", key: "entityType", in: "query", type: "enum", values: ENTITY_TYPES, description: "documents mentioning an entity of this type" },
      { name: "event_type", key: "eventType", in: "query", type: "enum", values: PLOVER_TYPES, description: "documents with an event of this type" },
      { name: "via", in: "query", type: "string", description: "documents with a quote relayed by this outlet entity" },
      { name: "hedged", in: "query", type: "boolean", description: "documents with a hedged (true) or unhedged (false) event" },
      { name: "negated", in: "query", type: "boolean", description: "documents with a negated (true) or affirmed (false) event" },
      ...docFilter, ...paging,
    ],
    response: ref("SearchResult"),
    handler: (store, p) => store.search({ ...p, q: String(p.q ?? "") }),
  },
  {
    path: "/api/graph", id: "graph", tag: "explore",
    summary: "Actor network: who acts on whom (event edges, by type) and who is named together (co-mention edges)",
    params: [
      ...eventFilter,
      { name: "nodes", in: "query", type: "integer", min: 1, max: 1000, description: "at most this many entities, most connected first (default 100)" },
      { name: "comentions", in: "query", type: "boolean", description: "add co-mention edges (default true)" },
      { name: "min_weight", key: "minWeight", in: "query", type: "integer", min: 1, max: 1_000_000, description: "drop edges lighter than this (default 1)" },
    ],
    response: ref("Graph"),
    handler: (store, p) => store.graph(p),
  },
  {
    path: "/api/geo", id: "geo", tag: "explore",
    summary: "Places with coordinates (with counts) and located events, for the map",
    params: [...eventFilter, { name: "places", in: "query", type: "integer", min: 1, max: 10_000, description: "at most this many places" }, ...paging],
    response: ref("GeoResult"),
    handler: (store, p) => store.geo(p),
  },
  {
    path: "/api/stats", id: "stats", tag: "explore",
    summary: "How many documents, distinct entities, quotes and events are stored",
    params: [],
    response: ref("Stats"),
    handler: (store) => store.stats(),
  },
];
