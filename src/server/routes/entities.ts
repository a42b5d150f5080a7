// Entities: search by name, and one entity's profile (aliases, mentions over time, quotes by it,
// events as source or target, co-occurring entities). The profile is what the entity page shows
// first, bounded whatever the entity's size (20 quotes, 20 events, counts beside them); its
// quotes and events panels page on through /quotes and /events under the entity.
import { ref, type RouteDef } from "../route.ts";
import { notFound } from "./documents.ts";
import { ENTITY_TYPES, idParam, paging } from "./filters.ts";

export const entityRoutes: RouteDef[] = [
  {
    path: "/api/entities", id: "listEntities", tag: "entities",
    summary: "Entities, most mentioned first; q matches the start of a name or alias (Arabic folded)",
    params: [
      { name: "q", in: "query", type: "string", description: "name or alias prefix" },
      { name: "type", in: "query", type: "enum", values: ENTITY_TYPES, description: "entity type" },
      ...paging,
    ],
    response: ref("EntityPage"),
    handler: (store, p) => store.entities(p),
  },
  {
    path: "/api/entities/{id}", id: "getEntity", tag: "entities",
    summary: "One entity: aliases, mentions over time, its 20 latest quotes and events (counts: how many in all), co-occurring entities, latest documents",
    params: [idParam("canonical entity (wd:…, gn:…, rasid:…)")],
    response: ref("EntityProfile"),
    handler: async (store, p) => (await store.entity(String(p.id))) ?? notFound("entity", p.id),
  },
  {
    path: "/api/entities/{id}/events", id: "getEntityEvents", tag: "entities",
    summary: "An entity's events as source or target, newest first, paged (the entity page's events panel; total = counts.events)",
    params: [idParam("canonical entity (wd:…, gn:…, rasid:…)"), ...paging],
    response: ref("EventPage"),
    handler: async (store, p) => (await store.entityEvents(String(p.id), p)) ?? notFound("entity", p.id),
  },
  {
    path: "/api/entities/{id}/quotes", id: "getEntityQuotes", tag: "entities",
    summary: "Quotes an entity said, newest first, paged (the entity page's quotes panel; total = counts.quotes)",
    params: [idParam("canonical entity (wd:…, gn:…, rasid:…)"), ...paging],
    response: ref("QuotePage"),
    handler: async (store, p) => (await store.entityQuotes(String(p.id), p)) ?? notFound("entity", p.id),
  },
];
