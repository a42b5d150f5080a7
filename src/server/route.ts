// What one API route is, as data: its path, its parameters, the shape of its answer and the
// function that answers it from the Store. The hono app, the parameter parser and the OpenAPI
// description are all built from these same definitions, so the documentation cannot drift
// from what the server accepts.
import type { Store } from "../store/store.ts";

export type JsonSchema = { [key: string]: unknown };

export type ParamType = "string" | "integer" | "boolean" | "date" | "enum";

export interface ParamDef {
  name: string;                 // as written in the URL (snake_case)
  in: "query" | "path";
  type: ParamType;
  description: string;
  key?: string;                 // the Store field it fills, when not `name`
  values?: readonly string[];   // for "enum"
  min?: number; max?: number;   // for "integer"
  required?: boolean;           // path parameters always are
}

export type Params = Record<string, string | number | boolean | undefined>;

export interface RouteDef {
  path: string;                 // OpenAPI style: /api/entities/{id}
  id: string;                   // operationId
  tag: string;
  summary: string;
  params: ParamDef[];
  response: JsonSchema;         // JSON Schema of the 200 answer (may $ref components)
  handler: (store: Store, params: Params) => Promise<unknown>;
}

/** `/api/entities/{id}` → `/api/entities/:id` for hono's router. */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ":$1");

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
