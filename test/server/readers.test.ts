// The reader threads of `rasid serve` (src/server/readers.ts): a route answered by a reader is
// byte for byte what the same route answers in the server's own thread, typed errors keep their
// code and status across the thread boundary, and concurrent requests spread over the readers.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { closeApp, createApp } from "../../src/server/app.ts";
import { ReaderPool } from "../../src/server/readers.ts";
import { CLASH, THREAT, VISIT, tempStore } from "./articles.ts";

describe("reader threads", () => {
  let inline: Hono;
  let pooled: Hono;
  let file: string;
  let done: () => Promise<void>;
  before(async () => {
    const t = await tempStore([VISIT, CLASH, THREAT]);
    ({ file, done } = t);
    inline = createApp(t.store, { webDir: null, cacheBytes: 0, log: () => {} });
    pooled = createApp(t.store, { webDir: null, cacheBytes: 0, readers: 2, log: () => {} });
  });
  after(async () => { await closeApp(pooled); await done(); });

  const entity = () => VISIT.entities[0].id;
  const cases: [string, () => string, number][] = [
    ["stats", () => "/api/stats", 200],
    ["an entity page", () => `/api/entities/${encodeURIComponent(entity())}`, 200],
    ["a search", () => `/api/search?q=${encodeURIComponent(VISIT.entities[0].name)}`, 200],
    ["events of an entity", () => `/api/events?entity=${encodeURIComponent(entity())}`, 200],
    ["a missing entity", () => "/api/entities/rasid:no-such-entity", 404],
    ["a bad parameter", () => "/api/events?limit=abc", 400],
  ];
  for (const [what, url, status] of cases) {
    it(`${what}: same status and body from a reader as inline`, async () => {
      const [a, b] = [await inline.request(url()), await pooled.request(url())];
      assert.equal(b.status, status);
      assert.equal(a.status, status);
      assert.equal(await b.text(), await a.text());
    });
  }

  it("answers concurrent requests, spread over its readers", async () => {
    const pool = new ReaderPool(file, 2);
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => pool.answer("stats", {})));
      const texts = new Set(answers.map((b) => new TextDecoder().decode(b)));
      assert.equal(texts.size, 1);
      assert.equal(JSON.parse([...texts][0]).documents, 3);
    } finally { await pool.close(); }
  });

  it("a closed pool refuses with a typed error", async () => {
    const pool = new ReaderPool(file, 1);
    await pool.close();
    await assert.rejects(pool.answer("stats", {}), { code: "E_INTERNAL" });
  });
});
