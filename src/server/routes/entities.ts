// Entities: search by name, and one entity's profile (aliases, mentions over time, quotes by it,
// events as source or target, co-occurring entities).
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
    summary: "One entity: aliases, mentions over time, quotes by it, events, co-occurring entities",
    params: [idParam("canonical entity (wd:…, gn:…, rasid:…)")],
    response: ref("EntityProfile"),
    handler: async (store, p) => (await store.entity(String(p.id))) ?? notFound("entity", p.id),
  },
];
