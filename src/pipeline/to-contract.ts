// The published shape of a Document (shared/contract/CONTRACT.md): internal layers such as
// tokens stay inside; what goes out is the contract and nothing else.
import { SCHEMA_ID, type ContractDocument } from "../core/contract.ts";
import type { Document } from "../core/document.ts";

export function toContract(doc: Document): ContractDocument {
  return {
    schema: SCHEMA_ID,
    id: doc.raw.id,
    source: doc.raw.source,
    language: doc.language,
    title: doc.title,
    published: doc.published,
    text: doc.text,
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
  };
}
