// The web UI as the server hands it out: the built index at `/` with a content security
// policy, hashed assets cached for good, no way out of the build folder, and a helpful answer
// when the UI has not been built.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createApp } from "../../src/server/app.ts";
import type { Store } from "../../src/store/store.ts";

const store = {} as Store;   // these routes never reach the store
let web: string;
before(() => {
  web = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-web-"));
  fs.mkdirSync(path.join(web, "assets"));
  fs.writeFileSync(path.join(web, "index.html"), "<!doctype html><html dir=\"rtl\"><title>راصد</title></html>");
  fs.writeFileSync(path.join(web, "assets", "index-abc123.js"), "console.log(1)");
});
after(() => fs.rmSync(web, { recursive: true, force: true }));

describe("serving the built UI", () => {
  it("/ is the index, revalidated, under a strict content security policy", async () => {
    const res = await createApp(store, { webDir: web }).request("/");
    assert.equal(res.status, 200);
    assert.match(await res.text(), /راصد/);
    assert.equal(res.headers.get("cache-control"), "no-cache");
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'self'.*script-src 'self'/);
  });

  it("hashed assets are cached for good", async () => {
    const res = await createApp(store, { webDir: web }).request("/assets/index-abc123.js");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("cache-control") ?? "", /immutable/);
  });

  for (const url of ["/../package.json", "/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json"]) {
    it(`nothing outside the build folder: ${url}`, async () => {
      const res = await createApp(store, { webDir: web }).request(url);
      assert.notEqual(res.status, 200);
    });
  }

  it("without a build, / says how to make one and the API still answers", async () => {
    const app = createApp(store, { webDir: path.join(web, "missing") });
    const res = await app.request("/");
    assert.equal(res.status, 200);
    assert.match(await res.text(), /npm run build:web/);
    assert.equal((await app.request("/api/openapi.json")).status, 200);
  });
});
