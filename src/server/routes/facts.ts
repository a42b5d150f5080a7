// Quotes and events across all documents, and events per day per type (the timeline).
import { ref, type RouteDef } from "../route.ts";
import { docFilter, eventFilter, paging } from "./filters.ts";

export const factRoutes: RouteDef[] = [
  {
    path: "/api/quotes", id: "listQuotes", tag: "facts",
    summary: "Quotes, newest first",
    params: [
      { name: "speaker", in: "query", type: "string", description: "entity id of the speaker" },
      { name: "entity", in: "query", type: "string", description: "entity id of the speaker or of the relaying outlet" },
      { name: "via", in: "query", type: "string", description: "entity id of the relaying outlet" },
      { name: "stance", in: "query", type: "enum", values: ["asserted", "alleged", "denied"], description: "how the text presents the claim" },
      { name: "direct", in: "query", type: "boolean", description: "quotation marks (true) or reported speech (false)" },
      ...docFilter, ...paging,
    ],
    response: ref("QuotePage"),
    handler: (store, p) => store.quotes(p),
  },
  {
    path: "/api/events", id: "listEvents", tag: "facts",
    summary: "PLOVER events with their evidence sentence, newest first",
    params: [...eventFilter, ...paging],
    response: ref("EventPage"),
    handler: (store, p) => store.events(p),
  },
  {
    path: "/api/timeline", id: "timeline", tag: "facts",
    summary: "Events per day per type",
    params: eventFilter,
    response: { type: "array", items: ref("TimelinePoint") },
    handler: (store, p) => store.timeline(p),
  },
];
