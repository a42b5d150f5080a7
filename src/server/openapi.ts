// The OpenAPI 3 description at /api/openapi.json, generated from the route definitions the
// server itself runs on (paths, parameters, answer schemas) plus the shared error answer.
import type { ParamDef, RouteDef, JsonSchema } from "./route.ts";
import { ref } from "./route.ts";
import { components } from "./schemas.ts";

function paramSchema(p: ParamDef): JsonSchema {
  switch (p.type) {
    case "string": return { type: "string", maxLength: 500 };
    case "date": return { type: "string", format: "date" };
    case "boolean": return { type: "boolean" };
    case "enum": return { type: "string", enum: [...(p.values ?? [])] };
    case "integer": return { type: "integer", ...(p.min !== undefined ? { minimum: p.min } : {}), ...(p.max !== undefined ? { maximum: p.max } : {}) };
  }
}

const errorAnswer = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });

function operation(r: RouteDef): JsonSchema {
  const responses: JsonSchema = {
    200: { description: "OK", content: { "application/json": { schema: r.response } } },
    400: errorAnswer("a parameter does not parse (code E_BAD_PARAM, input names it)"),
  };
  if (r.path.includes("{")) responses[404] = errorAnswer("nothing stored with this id (code E_NO_RECORD)");
  responses[500] = errorAnswer("the store failed (code E_STORE) or a bug (E_INTERNAL)");
  return {
    operationId: r.id,
    tags: [r.tag],
    summary: r.summary,
    parameters: r.params.map((p) => ({
      name: p.name, in: p.in, required: p.in === "path" || !!p.required, description: p.description, schema: paramSchema(p),
    })),
    responses,
  };
}

export function openapi(routes: RouteDef[], version: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const r of routes) paths[r.path] = { get: operation(r) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Rasid (راصد) API",
      version,
      description: "Read-only access to documents, entities, quotes and PLOVER events extracted from Arabic news. " +
        "Every offset is a UTF-16 index into the document's `text`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths,
    components: { schemas: components },
  };
}
