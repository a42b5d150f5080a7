// The PostgreSQL backend runs the same store suite as SQLite (test/store/suite.ts) on a real
// PostgreSQL 15 started for this file, each test on a fresh database. Skipped, with the install
// command, where the PostgreSQL server binaries are absent. Then what is PostgreSQL's own:
// migrations under an advisory lock, upgrades in place, a newer schema refused.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RasidError } from "../../src/core/errors.ts";
import { openStore } from "../../src/store/open.ts";
import { LATEST } from "../../src/store/postgres/migrations.ts";
import { openPostgres } from "../../src/store/postgres/postgres-store.ts";
import { DOCS } from "../store/fixtures.ts";
import { storeSuite } from "../store/suite.ts";
import { skipReason } from "./pg-server.ts";
import { freshDb, freshStore } from "./shared.ts";

const skip = skipReason();
if (skip) it("PostgreSQL store suite", { skip }, () => {});
else storeSuite("postgres", freshStore, { stems: true });

describe("postgres: migrations", { skip }, () => {
  it("many processes opening a new database at once apply each migration exactly once", async () => {
    const url = await freshDb();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgres(url)));
    try {
      assert.deepEqual(stores.map((s) => s.version), [LATEST, LATEST, LATEST, LATEST]);
      const rows = await stores[0].sql<{ version: number }[]>`SELECT version FROM rasid_migrations ORDER BY version`;
      assert.deepEqual(rows.map((r) => r.version), Array.from({ length: LATEST }, (_, i) => i + 1));
    } finally { for (const s of stores) await s.close(); }
  });

  it("upgrades an older database in place, keeping what it holds", async () => {
    const url = await freshDb();
    const v1 = await openPostgres(url, { upTo: 1 });
    assert.equal(v1.version, 1);
    await v1.putBatch(DOCS.slice(0, 2));
    await v1.close();
    const latest = await openPostgres(url);
    try {
      assert.equal(latest.version, LATEST);
      assert.equal((await latest.stats()).documents, 2);
      // the aggregates of migration 4 are backfilled from what was stored, equal to ones kept at ingest
      const fresh = await openPostgres(await freshDb());
      try {
        await fresh.putBatch(DOCS.slice(0, 2));
        for (const e of DOCS.slice(0, 2).flatMap((d) => d.entities)) {
          const [a, b] = [await latest.entity(e.id), await fresh.entity(e.id)];
          assert.deepEqual([a?.timeline, a?.cooccurring], [b?.timeline, b?.cooccurring], e.id);
        }
        for (const entityType of ["PERSON", "ORG", "GPE", "LOC", "FAC"] as const) {
          assert.deepEqual((await latest.search({ q: "", entityType })).total, (await fresh.search({ q: "", entityType })).total, entityType);
        }
      } finally { await fresh.close(); }
    } finally { await latest.close(); }
  });

  it("the revision moves with every write, from any process, and not with reads", async () => {
    const url = await freshDb();
    const [a, b] = [await openPostgres(url), await openPostgres(url)];
    try {
      const r0 = await a.revision();
      await a.search({ q: "الرقة" });
      assert.equal(await a.revision(), r0);
      await b.putBatch(DOCS.slice(0, 1));
      const r1 = await a.revision();
      assert.notEqual(r1, r0);
      await b.addSources([{ id: DOCS[0].id, source: { path: "mirror/x.txt", url: null } }]);
      assert.notEqual(await a.revision(), r1);
    } finally { await a.close(); await b.close(); }
  });

  it("refuses a database written by a newer Rasid", async () => {
    const url = await freshDb();
    const s = await openPostgres(url);
    await s.sql`INSERT INTO rasid_migrations (version, name) VALUES (${LATEST + 1}, 'from the future')`;
    await s.close();
    await assert.rejects(openPostgres(url), (e: unknown) => e instanceof RasidError && e.code === "E_STORE" && /newer/.test(e.message));
  });

  it("a reading command on a database without Rasid's schema fails clearly", async () => {
    const url = await freshDb();
    await assert.rejects(openStore(url, { mustExist: true, readonly: true }), (e: unknown) => e instanceof RasidError && e.code === "E_STORE" && /no Rasid schema/.test(e.message));
  });
});
