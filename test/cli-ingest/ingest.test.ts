// The real CLI in a temporary folder: `rasid ingest` is idempotent and resumable, lists bad
// inputs, and survives being killed. The crash test SIGKILLs an ingest of a few hundred
// generated articles part-way, runs it again, and compares every count with a clean run's.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { writeArticles } from "./articles.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const BIN = path.join(ROOT, "bin/rasid.mjs");

function rasid(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, RASID_DB: "", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function stats(db: string, env: NodeJS.ProcessEnv = {}) {
  const r = rasid(["stats", ...(db ? ["--db", db] : []), "--json"], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as { documents: number; entities: number; quotes: number; events: number; sources: number };
}

/** Everything a database holds that a resumed run must reproduce exactly. */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  const all = (sql: string) => db.prepare(sql).all();
  const out = {
    documents: all("SELECT id, title, published, n_entities, n_quotes, n_events FROM documents ORDER BY id"),
    sources: all("SELECT d.id, s.path FROM document_sources s JOIN documents d ON d.n = s.doc ORDER BY d.id, s.path"),
    entities: all("SELECT id, type, name, documents, mentions, first_seen, last_seen FROM entities ORDER BY id"),
    quotes: all("SELECT d.id, q.idx, q.text FROM quotes q JOIN documents d ON d.n = q.doc ORDER BY d.id, q.idx"),
    events: all("SELECT d.id, e.idx, e.type, e.source, e.target FROM events e JOIN documents d ON d.n = e.doc ORDER BY d.id, e.idx"),
    indexed: db.prepare("SELECT count(*) FROM fts_words WHERE fts_words MATCH 'مواقع'").pluck().get(),
  };
  db.close();
  return out;
}

function countDocs(file: string): number {
  if (!fs.existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try { return db.prepare("SELECT count(*) FROM documents").pluck().get() as number; } finally { db.close(); }
  } catch { return 0; }   // not created yet, or the schema is being written
}

/** Start an ingest, wait until at least `atLeast` documents are committed, then send `signal`. */
async function interruptAfter(args: string[], db: string, atLeast: number, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, RASID_DB: "" }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (c) => { stderr += c; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
  let done = false;
  void exited.then(() => { done = true; });
  while (!done && countDocs(db) < atLeast) await new Promise((r) => setTimeout(r, 50));
  if (!done) child.kill(signal);
  return { ...(await exited), stderr };
}

let tmp: string;
before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-cli-ingest-")); });
after(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

describe("rasid ingest", () => {
  it("is idempotent, records a second source for the same content, and lists bad inputs", () => {
    const dir = path.join(tmp, "small");
    writeArticles(dir, 20);
    fs.mkdirSync(path.join(dir, "mirror"));
    fs.copyFileSync(path.join(dir, "000.txt"), path.join(dir, "mirror", "copy.txt"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "  \n");
    fs.writeFileSync(path.join(dir, "image.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const db = path.join(tmp, "small.db");

    const first = rasid(["ingest", "--db", db, dir]);
    assert.equal(first.code, 1, "bad inputs make the exit status 1");
    assert.match(first.stderr, /2 input\(s\) could not be ingested/);
    assert.match(first.stderr, /empty\.txt: .*\[E_EMPTY\]/);
    assert.match(first.stderr, /image\.bin: .*\[E_BINARY\]/);
    const s1 = stats(db);
    assert.deepEqual([s1.documents, s1.sources], [20, 21]);

    const again = rasid(["ingest", "--db", db, dir]);
    assert.match(again.stderr, /0 added, 0 new source\(s\), 21 already stored/);
    assert.deepEqual(stats(db), s1);

    // RASID_DB is used without --db, and --db wins over it
    assert.deepEqual(stats("", { RASID_DB: db }), s1);
    assert.deepEqual(stats(db, { RASID_DB: path.join(tmp, "elsewhere.db") }), s1);
  });

  it("search prints id, title and snippet per line; --json prints JSON Lines", () => {
    const db = path.join(tmp, "small.db");
    const plain = rasid(["search", "--db", db, "بالموصل", "--limit", "5"]);
    assert.equal(plain.code, 0, plain.stderr);
    const lines = plain.stdout.trimEnd().split("\n");
    assert.ok(lines.length >= 1 && lines.length <= 5);
    for (const l of lines) {
      const [id, title, snippet, extra] = l.split("\t");
      assert.match(id, /^[0-9a-f]{64}$/);
      assert.match(title, /الموصل/);
      assert.match(snippet, /الموصل/);
      assert.equal(extra, undefined);
    }
    const json = rasid(["search", "--db", db, "--json", "الموصل"]);
    for (const l of json.stdout.trimEnd().split("\n")) {
      const hit = JSON.parse(l);
      assert.equal(typeof hit.id, "string");
      assert.ok(hit.snippet.highlights.length >= 1);
    }
    const bad = rasid(["search", "--db", db, "x", "--from", "yesterday"]);
    assert.equal(bad.code, 2);
  });
});

describe("rasid ingest: crash and interrupt", () => {
  const N = 300;
  let dir: string;
  let clean: ReturnType<typeof snapshot>;
  before(() => {
    dir = path.join(tmp, "many");
    writeArticles(dir, N);
    const db = path.join(tmp, "clean.db");
    const r = rasid(["ingest", "--db", db, "--batch", "25", dir]);
    assert.equal(r.code, 0, r.stderr);
    clean = snapshot(db);
    assert.equal(clean.documents.length, N);
  });

  it("SIGKILL mid-run, then ingest again: the same database as a clean run", async () => {
    const db = path.join(tmp, "crash.db");
    const killed = await interruptAfter(["ingest", "--db", db, "--batch", "20", dir], db, 60, "SIGKILL");
    assert.equal(killed.signal, "SIGKILL", "the run was killed before it finished");
    const partial = countDocs(db);
    assert.ok(partial >= 60 && partial < N, `killed with ${partial} documents stored`);
    assert.equal(partial % 20, 0, "only whole batches are committed");
    const resumed = rasid(["ingest", "--db", db, "--batch", "20", dir]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stderr, new RegExp(`${N - partial} added`));
    assert.deepEqual(snapshot(db), clean);
  });

  it("Ctrl-C finishes the batch in flight, exits 130, and the next run completes the job", async () => {
    const db = path.join(tmp, "sigint.db");
    const stopped = await interruptAfter(["ingest", "--db", db, "--batch", "10", dir], db, 30, "SIGINT");
    assert.equal(stopped.code, 130, stopped.stderr);
    assert.match(stopped.stderr, /interrupted/);
    const partial = countDocs(db);
    assert.ok(partial > 0 && partial < N);
    const resumed = rasid(["ingest", "--db", db, dir]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.deepEqual(snapshot(db), clean);
  });
});
