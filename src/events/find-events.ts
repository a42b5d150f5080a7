import type { EventOut } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
export function findEvents(_doc: Document): EventOut[] { return []; }
