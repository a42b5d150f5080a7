// Answers kept until the database changes (src/server/cache.ts): a second identical request is
// answered from memory, a commit by another process (here: another connection) drops what was
// kept, and the bound on bytes evicts the least recently used answers first.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.ts";
import { ResponseCache } from "../../src/server/cache.ts";
import { openStore } from "../../src/store/open.ts";
import type { Stats } from "../../src/store/store.ts";
import { CLASH, THREAT, VISIT, tempStore } from "./articles.ts";

describe("response cache", () => {
  let app: Hono;
  let file: string;
  let done: () => Promise<void>;
  before(async () => {
    const t = await tempStore([VISIT, CLASH]);
    ({ file, done } = t);
    app = createApp(t.store, { webDir: null, log: () => {} });
  });
  after(() => done());

  const get = async (url: string) => {
    const res = await app.request(url);
    return { cache: res.headers.get("x-rasid-cache"), body: await res.json() as Stats };
  };

  it("answers a repeated request from memory, with the same body", async () => {
    const first = await get("/api/stats");
    const second = await get("/api/stats");
    assert.deepEqual([first.cache, second.cache], ["miss", "hit"]);
    assert.deepEqual(second.body, first.body);
    const other = await app.request("/api/entities?limit=5");
    assert.equal(other.headers.get("x-rasid-cache"), "miss", "another URL is another answer");
  });

  it("drops what it kept once another process commits", async () => {
    assert.equal((await get("/api/stats")).body.documents, 2);
    const writer = await openStore(file);
    await writer.putBatch([THREAT]);
    await writer.close();
    const after = await get("/api/stats");
    assert.deepEqual([after.cache, after.body.documents], ["miss", 3]);
  });

  it("errors are never kept", async () => {
    for (let i = 0; i < 2; i++) assert.equal((await app.request("/api/entities/wd:Q0")).headers.get("x-rasid-cache"), null);
  });

  it("is off with cacheBytes 0", async () => {
    const t = await tempStore([VISIT]);
    try {
      const res = await createApp(t.store, { webDir: null, cacheBytes: 0 }).request("/api/stats");
      assert.equal(res.headers.get("x-rasid-cache"), null);
      assert.equal((await res.json() as Stats).documents, 1);
    } finally { await t.done(); }
  });
});

describe("ResponseCache", () => {
  it("evicts the least recently used answers past its bound, and everything on a new revision", () => {
    const c = new ResponseCache(200);   // bytes; one answer may take a quarter
    c.sync("r1");
    const v = (ch: string) => Buffer.from(ch.repeat(45));
    for (const k of ["a", "b", "c", "d"]) c.set(k, v(k));
    assert.deepEqual(c.get("a"), v("a"));   // a is now the most recently used
    c.set("e", v("e"));                 // 225 bytes > 200: b, the least recently used, goes
    assert.deepEqual(["a", "b", "c", "d", "e"].map((k) => c.get(k) !== undefined), [true, false, true, true, true]);
    c.set("huge", Buffer.from("h".repeat(60)));   // more than a quarter of the bound: not kept
    assert.equal(c.get("huge"), undefined);
    c.sync("r1");
    assert.equal(c.size, 4);
    c.sync("r2");
    assert.deepEqual([c.size, c.bytes], [0, 0]);
  });
});
