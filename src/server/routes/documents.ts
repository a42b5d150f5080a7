// Documents: the list (newest first, filterable) and one document with all its layers and every
// source its content came from.
import { RasidError } from "../../core/errors.ts";
import { ref, type RouteDef } from "../route.ts";
import { docFilter, idParam, paging } from "./filters.ts";

export const documentRoutes: RouteDef[] = [
  {
    path: "/api/documents", id: "listDocuments", tag: "documents",
    summary: "Stored documents, newest first",
    params: [...docFilter, { name: "entity", in: "query", type: "string", description: "documents mentioning this entity id" }, ...paging],
    response: ref("DocumentPage"),
    handler: (store, p) => store.documents(p),
  },
  {
    path: "/api/documents/{id}", id: "getDocument", tag: "documents",
    summary: "One document: text, entities with mention offsets, quotes, events, and all its sources",
    params: [idParam("document (sha256 hex)")],
    response: ref("DocumentRecord"),
    handler: async (store, p) => (await store.getDocument(String(p.id))) ?? notFound("document", p.id),
  },
];

export function notFound(what: string, id: unknown): never {
  throw new RasidError("E_NO_RECORD", String(id), `no ${what} with this id`);
}
