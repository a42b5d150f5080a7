// Parameter groups several routes share (paging, the document filter, the event filter), so one
// filter is spelled and documented the same way on every route that takes it.
import { PLOVER_TYPES } from "../../core/contract.ts";
import { MAX_LIMIT } from "../../store/store.ts";
import type { ParamDef } from "../route.ts";

export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "FAC"] as const;

export const idParam = (what: string): ParamDef =>
  ({ name: "id", in: "path", type: "string", required: true, description: `${what} id` });

export const paging: ParamDef[] = [
  { name: "limit", in: "query", type: "integer", min: 1, max: MAX_LIMIT, description: "at most this many items (default 20)" },
  { name: "offset", in: "query", type: "integer", min: 0, max: 10_000_000, description: "skip this many items" },
];

export const docFilter: ParamDef[] = [
  { name: "from", in: "query", type: "date", description: "on or after this day (published date; an event's own date when it has one)" },
  { name: "to", in: "query", type: "date", description: "on or before this day" },
  { name: "outlet", in: "query", type: "string", description: "the document's site, e.g. aawsat.com" },
  { name: "document", in: "query", type: "string", description: "one document id" },
];

export const eventFilter: ParamDef[] = [
  { name: "type", in: "query", type: "enum", values: PLOVER_TYPES, description: "PLOVER event type" },
  { name: "entity", in: "query", type: "string", description: "entity id as source, target or location" },
  { name: "source", in: "query", type: "string", description: "entity id of the actor" },
  { name: "target", in: "query", type: "string", description: "entity id of the one acted on" },
  { name: "location", in: "query", type: "string", description: "entity id of the place" },
  { name: "mode", in: "query", type: "string", description: "PLOVER mode, e.g. violence" },
  { name: "hedged", in: "query", type: "boolean", description: "only hedged (true) or only unhedged (false) events" },
  { name: "negated", in: "query", type: "boolean", description: "only negated (true) or only affirmed (false) events" },
  { name: "located", in: "query", type: "boolean", description: "only events whose place has coordinates" },
  ...docFilter,
];
