// The queue under faults, through the real CLI: `rasid enqueue` a folder (plain articles, bad
// inputs, a JSON Lines file with a broken record), start 4 `rasid worker` processes, SIGKILL two
// of them at random moments while they hold jobs, and let the other two finish. Every article
// must be stored exactly once (counts and documents equal a clean SQLite `rasid ingest` of the
// same folder, entity counters equal their rows), the killed workers' jobs retried after their lease ran
// out, and every bad input recorded as a failed job with its typed reason.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import postgres from "postgres";
import { openStore } from "../../src/store/open.ts";
import { writeArticles } from "../cli-ingest/articles.ts";
import { BIN, ROOT } from "../helpers/cli.ts";
import { skipReason } from "./pg-server.ts";
import { freshDb } from "./shared.ts";

const ARTICLES = 30;
const env = { ...process.env, RASID_DB: "" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rasid(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeCorpus(dir: string): void {
  writeArticles(path.join(dir, "txt"), ARTICLES);
  fs.writeFileSync(path.join(dir, "empty.txt"), " \n\n");
  fs.writeFileSync(path.join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  fs.writeFileSync(path.join(dir, "english.txt"), "The committee met on Tuesday to discuss the budget for the coming year and agreed on most items.\n");
  const rec = (id: number, title: string, content: string) => JSON.stringify({ id, title, content, date_extracted: "2015-07-24 10:00:00", url: `https://akhbar-example.sa/r/${id}` });
  fs.writeFileSync(path.join(dir, "feed.jsonl"), [
    rec(1, "وزير الخارجية يزور عمّان", "وصل وزير الخارجية اليمني إلى عمّان أمس في زيارة رسمية يبحث خلالها مع نظيره الأردني تطورات الأوضاع في اليمن."),
    "{not json",
    rec(2, "أمطار غزيرة في جدة", "شهدت مدينة جدة أمطارا غزيرة مساء الثلاثاء، وقال الدفاع المدني إن فرقه تعاملت مع عشرات البلاغات دون تسجيل إصابات."),
    "",
  ].join("\n") + "\n");
}

describe("rasid enqueue + 4 workers, two killed with SIGKILL", { skip: skipReason() }, () => {
  let tmp: string;
  let url: string;
  let sql: postgres.Sql;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-workers-"));
    writeCorpus(path.join(tmp, "in"));
    url = await freshDb("rasid_workers");
    sql = postgres(url, { max: 1, onnotice: () => {} });
  });
  after(async () => { await sql?.end(); fs.rmSync(tmp, { recursive: true, force: true }); });

  it("stores every article exactly once and records the failures with their reasons", { timeout: 240_000 }, async () => {
    const input = path.join(tmp, "in");
    const q = rasid(["enqueue", "--db", url, input]);
    assert.equal(q.code, 0, q.stderr);
    assert.match(q.stderr, new RegExp(`${ARTICLES + 3 + 3} job\\(s\\) queued`));
    assert.match(rasid(["enqueue", "--db", url, input]).stderr, /0 job\(s\) queued/, "enqueueing again adds nothing");

    const workers: ChildProcess[] = Array.from({ length: 4 }, () =>
      spawn(process.execPath, [BIN, "worker", "--db", url, "--exit-when-idle", "--batch", "3", "--lease", "3", "--poll", "200"],
        { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] }));
    const exits = workers.map((w) => new Promise<{ code: number | null; signal: string | null }>((r) => w.on("exit", (code, signal) => r({ code, signal }))));
    const stderr = workers.map((w) => { let s = ""; w.stderr!.on("data", (d) => { s += d; }); return () => s; });

    // kill two workers at random moments early in the run, each while it holds jobs when there are any left to hold
    const count = async (state: string) => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM jobs WHERE state = ${state}`)[0].n;
    const holding = async (pid: number) => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM jobs WHERE state = 'running' AND worker = ${`${os.hostname()}:${pid}`}`)[0].n;
    let killedHolding = 0;
    for (const [i, victim] of workers.slice(0, 2).entries()) {
      const threshold = 2 + Math.floor(Math.random() * (ARTICLES / 4)) + i * 2;
      while ((await count("done")) < threshold) await sleep(50);
      while (!(await holding(victim.pid!)) && (await count("queued")) > 0) await sleep(20);
      if (await holding(victim.pid!)) killedHolding++;
      victim.kill("SIGKILL");
    }
    const ends = await Promise.all(exits);
    assert.deepEqual(ends.slice(0, 2).map((e) => e.signal), ["SIGKILL", "SIGKILL"]);
    assert.deepEqual(ends.slice(2).map((e) => e.code), [0, 0], stderr.map((s) => s()).join("\n"));

    const states = Object.fromEntries((await sql<{ state: string; n: number }[]>`SELECT state, count(*)::int AS n FROM jobs GROUP BY state`).map((r) => [r.state, r.n]));
    assert.deepEqual(states, { done: ARTICLES + 2, failed: 4 });
    const failures = (await sql<{ path: string; line: number; error_code: string }[]>`SELECT path, line, error_code FROM jobs WHERE state = 'failed' ORDER BY path, line`)
      .map((f) => [path.basename(f.path) + (f.line ? `#${f.line}` : ""), f.error_code]);
    assert.deepEqual(failures, [["empty.txt", "E_EMPTY"], ["english.txt", "E_NOT_ARABIC"], ["feed.jsonl#2", "E_BAD_RECORD"], ["photo.png", "E_BINARY"]]);
    const [retried] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM jobs WHERE state = 'done' AND attempts > 1 AND error_code = 'E_JOB_LEASE'`;
    assert.ok(killedHolding >= 1, "at least one worker was killed holding jobs");
    assert.ok(retried.n >= killedHolding, `the killed workers' jobs were taken over after their leases ran out (${retried.n})`);

    // exactly once: every count a clean single-process SQLite ingest of the same folder gives
    const pg = JSON.parse(rasid(["stats", "--db", url, "--json"]).stdout);
    const db = path.join(tmp, "clean.db");
    assert.equal(rasid(["ingest", "--db", db, "--no-progress", input]).code, 1, "the bad inputs make ingest exit 1");
    const lite = JSON.parse(rasid(["stats", "--db", db, "--json"]).stdout);
    for (const k of ["documents", "entities", "quotes", "events", "sources"]) assert.equal(pg[k], lite[k], k);
    assert.equal(pg.documents, ARTICLES + 2);
    assert.equal(pg.sources, pg.documents);
    const [drift] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM entities e
      WHERE e.documents <> (SELECT count(*) FROM doc_entities x WHERE x.entity = e.id)
         OR e.mentions <> (SELECT coalesce(sum(mentions), 0) FROM doc_entities x WHERE x.entity = e.id)`;
    assert.equal(drift.n, 0, "entity counters equal their document rows: nothing counted twice");

    // and the documents themselves: what the workers stored is what a single ingest stores, sources included
    const [a, b] = [await openStore(url, { readonly: true }), await openStore(db, { readonly: true })];
    try {
      const ids = await b.allIds();
      assert.deepEqual(await a.allIds(), ids);
      for (const id of ids) assert.deepEqual(await a.getDocument(id), await b.getDocument(id), id);
    } finally { await a.close(); await b.close(); }
  });
});
