// The OpenAPI description is generated from the route definitions; here every route's real
// answer (over the test articles) is validated against the schema the description publishes,
// so the description cannot drift from the store's row types or the handlers.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Ajv } from "ajv";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.ts";
import { routes } from "../../src/server/routes/index.ts";
import { VISIT, tempStore } from "./articles.ts";

let app: Hono;
let done: () => Promise<void>;
before(async () => {
  const t = await tempStore();
  done = t.done;
  app = createApp(t.store, { webDir: null });
});
after(() => done());

const SAMPLE_IDS: Record<string, string> = {
  "/api/documents/{id}": VISIT.id, "/api/entities/{id}": "wd:Q184589",
  "/api/entities/{id}/events": "wd:Q21013393", "/api/entities/{id}/quotes": "rasid:antony-blinken",
};

describe("OpenAPI description", () => {
  it("lists every route once, with parameters and an answer schema", async () => {
    const doc = await (await app.request("/api/openapi.json")).json() as { openapi: string; paths: Record<string, { get: { operationId: string; parameters: { name: string }[] } }> };
    assert.match(doc.openapi, /^3\./);
    assert.deepEqual(Object.keys(doc.paths).sort(), routes.map((r) => r.path).sort());
    const ids = Object.values(doc.paths).map((p) => p.get.operationId);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(doc.paths["/api/events"].get.parameters.some((p) => p.name === "negated"));
  });

  for (const r of routes) {
    it(`${r.path} answers what its schema says`, async () => {
      const doc = await (await app.request("/api/openapi.json")).json() as { components: unknown; paths: Record<string, { get: { responses: Record<string, { content: { "application/json": { schema: unknown } } }> } }> };
      const ajv = new Ajv({ strict: false, allErrors: true });
      ajv.addSchema({ $id: "api", components: doc.components, answer: doc.paths[r.path].get.responses[200].content["application/json"].schema });
      const validate = ajv.getSchema("api#/answer")!;
      const url = r.path.replace("{id}", encodeURIComponent(SAMPLE_IDS[r.path] ?? ""));
      const res = await app.request(url);
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.ok(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`);
    });
  }

  it("an error answer matches the Error schema", async () => {
    const doc = await (await app.request("/api/openapi.json")).json() as { components: unknown };
    const ajv = new Ajv({ strict: false });
    ajv.addSchema({ $id: "api", components: doc.components });
    const validate = ajv.getSchema("api#/components/schemas/Error")!;
    assert.ok(validate(await (await app.request("/api/events?type=nope")).json()));
  });
});
