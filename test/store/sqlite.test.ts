// The SQLite backend: the shared store suite on a fresh temporary file each time, plus what is
// SQLite's own: versioned migrations (an older database is upgraded and its search index
// backfilled; a newer one is refused; the aggregates of version 4 are backfilled as ingest
// keeps them), WAL journal, the revision readers cache by, the store factory and --db/RASID_DB.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { RasidError } from "../../src/core/errors.ts";
import { isPostgresUrl, openStore, redact, resolveDb } from "../../src/store/open.ts";
import { LATEST } from "../../src/store/sqlite/migrations.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { DOCS } from "./fixtures.ts";
import { storeSuite } from "./suite.ts";

function tempFile(): { file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-store-"));
  return { dir, file: path.join(dir, "test.db") };
}

storeSuite("sqlite", async () => {
  const { dir, file } = tempFile();
  const store = await openStore(file);
  return { store, cleanup: async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
});

describe("sqlite: migrations", () => {
  it("a new database is at the latest version, each migration recorded once", async () => {
    const { dir, file } = tempFile();
    const s = new SqliteStore(file);
    await s.close();
    const again = new SqliteStore(file);   // reopening applies nothing
    const rows = again.db.prepare("SELECT version FROM migrations ORDER BY version").pluck().all();
    assert.deepEqual(rows, Array.from({ length: LATEST }, (_, i) => i + 1));
    assert.equal((await again.stats()).schema_version, LATEST);
    await again.close();
    fs.rmSync(dir, { recursive: true });
  });

  it("upgrades a version-1 database and backfills the search index for documents already stored", async () => {
    const { dir, file } = tempFile();
    const v1 = new SqliteStore(file, { upTo: 1 });
    assert.equal(v1.version, 1);
    // a version-1 database has no search index yet: write the rows the way version 1 did
    v1.db.prepare(`INSERT INTO documents (id, title, published, language, outlet, url, path, text, body, n_entities, n_quotes, n_events, ingested_at)
                   VALUES (?, ?, ?, 'ar', NULL, NULL, ?, ?, ?, 0, 0, 0, '2015-08-01T00:00:00Z')`)
      .run(DOCS[1].id, DOCS[1].title, DOCS[1].published, DOCS[1].source.path, DOCS[1].text, JSON.stringify({ ...DOCS[1], text: undefined }));
    await v1.close();
    const latest = new SqliteStore(file);
    assert.equal(latest.version, LATEST);
    const hits = await latest.search({ q: "بالرقة" });
    assert.deepEqual(hits.hits.map((h) => h.id), [DOCS[1].id]);
    await latest.close();
    fs.rmSync(dir, { recursive: true });
  });

  it("upgrading a version-3 database backfills the aggregates as ingest keeps them, and moves the text to its own table", async () => {
    const { dir, file } = tempFile();
    const fresh = new SqliteStore(file);
    await fresh.putBatch(DOCS);
    const ids = ["wd:Q1136767", "wd:Q2429253", "rasid:arab-coalition", "wd:Q39803"];
    const reads = async (s: SqliteStore) => ({
      profiles: await Promise.all(ids.map((id) => s.entity(id))), graph: await s.graph({}), doc: await s.getDocument(DOCS[2].id),
      ranged: [await s.graph({ from: "2015-07-21" }), await s.geo({ to: "2015-07-22" })],
      typed: await Promise.all((["PERSON", "ORG", "GPE", "LOC", "FAC"] as const).map((t) => s.search({ q: "", entityType: t }))),
    });
    const before = await reads(fresh);
    // turn it back into what version 3 wrote: text in documents, no pairs, no keys
    fresh.db.pragma("foreign_keys = OFF");
    fresh.db.exec(`
      ALTER TABLE documents ADD COLUMN text BLOB; ALTER TABLE documents ADD COLUMN body BLOB;
      UPDATE documents SET text = (SELECT text FROM document_text t WHERE t.n = documents.n), body = (SELECT body FROM document_text t WHERE t.n = documents.n);
      DROP TABLE document_text; DROP TABLE entity_pairs; DROP TABLE entity_keys; DROP INDEX events_edges;
      DROP TABLE entity_days; DROP INDEX events_edges_day; DROP INDEX events_self; ALTER TABLE documents DROP COLUMN types;
      DELETE FROM migrations WHERE version >= 4;`);
    await fresh.close();
    const upgraded = new SqliteStore(file);
    assert.equal(upgraded.version, LATEST);
    assert.deepEqual(await reads(upgraded), before);
    assert.equal((await upgraded.putBatch(DOCS)).unchanged, DOCS.length);
    await upgraded.close();
    fs.rmSync(dir, { recursive: true });
  });

  it("a reader opening an older database upgrades it first (reads expect the latest tables)", async () => {
    const { dir, file } = tempFile();
    const old = new SqliteStore(file, { upTo: 3 });
    await old.close();
    const reader = new SqliteStore(file, { readonly: true });
    assert.equal(reader.version, LATEST);
    assert.deepEqual(await reader.search({ q: "صنعاء" }), { hits: [], total: 0, approximate: false });
    assert.equal(await reader.entity("wd:Q851"), null);
    await reader.close();
    fs.rmSync(dir, { recursive: true });
  });

  it("refuses a database written by a newer Rasid", () => {
    const { dir, file } = tempFile();
    const db = new Database(file);
    db.exec("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    db.prepare("INSERT INTO migrations VALUES (?, 'from the future', '2030-01-01')").run(LATEST + 1);
    db.close();
    assert.throws(() => new SqliteStore(file), (e: unknown) => e instanceof RasidError && e.code === "E_STORE" && /newer/.test(e.message));
    fs.rmSync(dir, { recursive: true });
  });

  it("the revision moves when another connection commits, and not otherwise", async () => {
    const { dir, file } = tempFile();
    const writer = new SqliteStore(file);
    const reader = new SqliteStore(file, { readonly: true });
    const r0 = await reader.revision();
    assert.equal(await reader.revision(), r0);
    await reader.search({ q: "صنعاء" });
    assert.equal(await reader.revision(), r0, "reading changes nothing");
    await writer.putBatch([DOCS[0]]);
    const r1 = await reader.revision();
    assert.notEqual(r1, r0);
    await writer.putBatch([DOCS[0]]);   // already stored: nothing committed that matters, but a transaction ran
    await writer.addSources([{ id: DOCS[0].id, source: { path: "mirror/a.txt", url: null } }]);
    assert.notEqual(await reader.revision(), r1);
    await reader.close(); await writer.close();
    fs.rmSync(dir, { recursive: true });
  });

  it("uses the WAL journal so readers do not block the writer", async () => {
    const { dir, file } = tempFile();
    const s = new SqliteStore(file);
    assert.equal(s.db.pragma("journal_mode", { simple: true }), "wal");
    await s.close();
    fs.rmSync(dir, { recursive: true });
  });
});

describe("store factory", () => {
  it("--db wins over RASID_DB, which wins over ./rasid.db", () => {
    const cases: [string | undefined, string | undefined, string][] = [
      ["a.db", "b.db", "a.db"],
      [undefined, "b.db", "b.db"],
      [undefined, undefined, "rasid.db"],
      ["postgres://u:secret@h/db", "b.db", "postgres://u:secret@h/db"],
    ];
    for (const [flag, env, expected] of cases) assert.equal(resolveDb(flag, env ? { RASID_DB: env } : {}), expected);
  });

  it("tells PostgreSQL URLs from file paths, and hides passwords in messages", () => {
    const cases: [string, boolean][] = [["postgres://h/db", true], ["postgresql://u@h:5432/db", true], ["postgres.db", false], ["./data/rasid.db", false]];
    for (const [t, pg] of cases) assert.equal(isPostgresUrl(t), pg, t);
    assert.equal(redact("postgres://rasid:hunter2@127.0.0.1/rasid"), "postgres://rasid:***@127.0.0.1/rasid");
  });

  it("a reading command on a missing file fails clearly instead of creating an empty database", async () => {
    const { dir, file } = tempFile();
    await assert.rejects(openStore(file, { mustExist: true }), (e: unknown) => e instanceof RasidError && e.code === "E_STORE");
    assert.equal(fs.existsSync(file), false);
    fs.rmSync(dir, { recursive: true });
  });
});
