// Ingest throughput on PostgreSQL with 1 and 2 workers against one server, beside SQLite, on
// SaudiNewsNet (all of it by default), through the real CLI (`rasid ingest`, `rasid enqueue` +
// `rasid worker`), with the total counts checked equal across runs. Then the database's own
// cost per article, so scaling to many machines can be argued from numbers: server CPU ms per
// article (all PostgreSQL processes, from /proc), rows and bytes per article, and the store
// alone (contract documents written with 1 and 2 writers, no extraction) with its WAL volume.
//   node --import tsx bench/pg-ingest.ts [--limit N] [--skip-sqlite]
// Everything runs on this machine: PostgreSQL, the workers and SQLite share its cores (printed).
// The CLI runs from a copy of the code taken at start (the working tree may change meanwhile).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import type { ContractDocument } from "../src/core/contract.ts";
import { openStore } from "../src/store/open.ts";
import { startPg, skipReason, type PgServer } from "../test/postgres/pg-server.ts";

const { values: opt } = parseArgs({ options: { limit: { type: "string" }, "skip-sqlite": { type: "boolean" } } });
const CORPUS = process.env.RASID_BENCH_CORPUS ?? "/work/shared/corpus/saudinewsnet";
const ROOT = path.resolve(import.meta.dirname, "..");
const TICK_MS = 10;
const STORE_ONLY_MAX = 5000;   // documents the store-only runs write (enough for a steady rate, short enough to run twice)   // /proc times are in clock ticks of 1/100 s on Linux

if (!fs.existsSync(CORPUS)) { console.log(`bench/pg-ingest: ${CORPUS} is absent; nothing measured`); process.exit(0); }
if (skipReason()) { console.log(`bench/pg-ingest: ${skipReason()}`); process.exit(0); }

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-pg-bench-"));
const BIN = snapshot();
const input = corpusDir(opt.limit ? Number(opt.limit) : Infinity);
const articles = countLines(input);

/**
 * A copy of the code as it is now, run by every phase, so that edits made to the working tree
 * while the bench runs (it takes a while) cannot give two runs two versions of the extractor.
 */
function snapshot(): string {
  const dir = path.join(tmp, "code");
  for (const d of ["src", "bin", "data", "schema"]) if (fs.existsSync(path.join(ROOT, d))) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  for (const f of ["package.json", "tsconfig.json"]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return path.join(dir, "bin/rasid.mjs");
}

/** The corpus, or its first N records (whole files kept in order) in a temporary folder. */
function corpusDir(limit: number): string {
  if (!Number.isFinite(limit)) return CORPUS;
  const dir = path.join(tmp, "corpus");
  fs.mkdirSync(dir);
  let left = limit;
  for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith(".jsonl")).sort()) {
    if (left <= 0) break;
    const lines = fs.readFileSync(path.join(CORPUS, f), "utf8").split("\n").filter((l) => l.trim()).slice(0, left);
    left -= lines.length;
    fs.writeFileSync(path.join(dir, f), lines.join("\n") + "\n");
  }
  return dir;
}

function countLines(dir: string): number {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).reduce((n, f) => n + fs.readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.trim()).length, 0);
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; secs: number; cpuMs: number }> {
  const t = performance.now();
  const cpu0 = childrenCpuMs();
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, RASID_DB: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    c.stdout.on("data", (d) => { stdout += d; });
    c.stderr.on("data", (d) => { stderr += d; });
    c.on("exit", (code) => resolve({ code, stdout, stderr, secs: (performance.now() - t) / 1000, cpuMs: childrenCpuMs() - cpu0 }));
  });
}

/** CPU ms of this bench's finished child processes (and theirs): the CLI runs, whatever the load on the machine. */
function childrenCpuMs(): number {
  const st = fs.readFileSync("/proc/self/stat", "utf8");
  const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
  return (Number(f[13]) + Number(f[14])) * TICK_MS;   // cutime cstime
}

/** CPU ms used so far by the whole server: the postmaster, its live children, and its reaped children. */
function serverCpuMs(pid: number): number {
  const stat = (p: string) => fs.readFileSync(`/proc/${p}/stat`, "utf8").slice(fs.readFileSync(`/proc/${p}/stat`, "utf8").lastIndexOf(")") + 2).split(" ");
  const pm = stat(String(pid));
  let ticks = Number(pm[11]) + Number(pm[12]) + Number(pm[13]) + Number(pm[14]);   // utime stime cutime cstime
  for (const p of fs.readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try { const s = stat(p); if (Number(s[1]) === pid) ticks += Number(s[11]) + Number(s[12]); } catch { /* gone */ }
  }
  return ticks * TICK_MS;
}

type Counts = { documents: number; entities: number; quotes: number; events: number; sources: number };
const pick = (s: Counts): Counts => ({ documents: s.documents, entities: s.entities, quotes: s.quotes, events: s.events, sources: s.sources });
async function stats(db: string): Promise<Counts> { return pick(JSON.parse((await run(["stats", "--db", db, "--json"])).stdout)); }

/** A run that stored nothing, or stopped on an error other than bad inputs (exit 1), stops the bench with its reason. */
function check(what: string, r: { code: number | null; stderr: string }, counts?: Counts): void {
  if ((r.code === 0 || r.code === 1) && (!counts || counts.documents > 0)) return;
  throw new Error(`${what} failed (exit ${r.code}): ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
}

interface Row { run: string; secs: number; rate: number; counts: Counts; clientMsPerDoc: number; serverMsPerDoc?: number; dbMsPerDoc?: number; extractMsPerDoc?: number }
const rows: Row[] = [];
const fmt = (x: number, d = 1) => x.toFixed(d);

async function pgWorkers(pg: PgServer, n: number): Promise<Row> {
  const url = await pg.createDb(`bench_workers_${n}`);
  const q = await run(["enqueue", "--db", url, input]);
  if (q.code !== 0) throw new Error(q.stderr);
  const cpu0 = serverCpuMs(pg.pid);
  const w = await run(["worker", "--db", url, "--exit-when-idle", "--concurrency", String(n), "--json"]);
  const serverMs = serverCpuMs(pg.pid) - cpu0;
  check(`rasid worker --concurrency ${n}`, w);
  const sums = w.stdout.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { added: number; db_ms: number; extract_ms: number; done: number });
  const added = sums.reduce((a, s) => a + s.added, 0);
  const counts = await stats(url);
  check(`rasid worker --concurrency ${n}`, w, counts);
  console.log(`  enqueue ${articles} jobs: ${fmt(q.secs)}s`);
  return {
    run: `postgres, ${n} worker${n > 1 ? "s" : ""}`, secs: w.secs, rate: articles / w.secs, counts, serverMsPerDoc: serverMs / Math.max(1, added),
    clientMsPerDoc: w.cpuMs / articles,
    dbMsPerDoc: sums.reduce((a, s) => a + s.db_ms, 0) / Math.max(1, added), extractMsPerDoc: sums.reduce((a, s) => a + s.extract_ms, 0) / Math.max(1, added),
  };
}

/** The store alone: contract documents written in batches of 200 by `writers` concurrent writers. */
async function storeOnly(pg: PgServer, docs: ContractDocument[], writers: number): Promise<{ secs: number; serverMsPerDoc: number; walPerDoc: number; url: string }> {
  const url = await pg.createDb(`bench_store_${writers}`);
  const stores = await Promise.all(Array.from({ length: writers }, () => openStore(url)));
  const lsn = postgres(url, { max: 1, onnotice: () => {} });
  const wal0 = (await lsn`SELECT pg_current_wal_lsn()::text AS l`)[0].l as string;
  const cpu0 = serverCpuMs(pg.pid);
  const t = performance.now();
  let next = 0;
  await Promise.all(stores.map(async (s) => {
    for (let i = next; i < docs.length; i = next) { next += 200; await s.putBatch(docs.slice(i, i + 200)); }
  }));
  const secs = (performance.now() - t) / 1000;
  const serverMs = serverCpuMs(pg.pid) - cpu0;
  const [w] = await lsn`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ${wal0}::pg_lsn)::bigint AS b`;
  await lsn.end();
  for (const s of stores) await s.close();
  return { secs, serverMsPerDoc: serverMs / docs.length, walPerDoc: Number(w.b) / docs.length, url };
}

async function sizes(url: string, docs: number): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const tables = ["documents", "document_sources", "entities", "entity_names", "doc_entities", "quotes", "events"];
  let rowsTotal = 0, bytesTotal = 0;
  console.log(`\n  table              rows    rows/article   MB total (heap+index+toast)   bytes/article`);
  for (const t of tables) {
    const [r] = await sql.unsafe(`SELECT count(*)::bigint AS n, pg_total_relation_size('${t}')::bigint AS b FROM ${t}`);
    const n = Number(r.n), b = Number(r.b);
    rowsTotal += n; bytesTotal += b;
    console.log(`  ${t.padEnd(16)} ${String(n).padStart(8)} ${fmt(n / docs, 2).padStart(14)} ${fmt(b / 1e6).padStart(20)} ${String(Math.round(b / docs)).padStart(22)}`);
  }
  const [idx] = await sql.unsafe(`SELECT pg_relation_size('documents_tsv')::bigint AS tsv, pg_relation_size('documents_trgm')::bigint AS trgm`);
  console.log(`  all               ${String(rowsTotal).padStart(8)} ${fmt(rowsTotal / docs, 2).padStart(14)} ${fmt(bytesTotal / 1e6).padStart(20)} ${String(Math.round(bytesTotal / docs)).padStart(22)}`);
  console.log(`  of which search indexes: tsvector GIN ${fmt(Number(idx.tsv) / 1e6)} MB, trigram GIN ${fmt(Number(idx.trgm) / 1e6)} MB`);
  // hot rows: every batch naming these entities updates the same counter row
  const hot = await sql.unsafe(`SELECT id, name, documents FROM entities ORDER BY documents DESC, id LIMIT 3`);
  console.log(`  most named entities (their counter rows are updated by that share of all batches' articles): ` +
    hot.map((h) => `${h.id} ${h.name} ${fmt((100 * Number(h.documents)) / docs, 0)}%`).join(", "));
  await sql.end();
}

console.log(`bench/pg-ingest: ${articles} SaudiNewsNet articles; this machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ` +
  `${fmt(os.totalmem() / 2 ** 30, 0)} GB; PostgreSQL, workers and SQLite all run on it; load average at start ${os.loadavg().map((x) => fmt(x, 1)).join(" ")}`);
const pg = await startPg({ settings: { fsync: "on", synchronous_commit: "on", full_page_writes: "on", shared_buffers: "256MB" } });
try {
  const liteDb = path.join(tmp, "bench.db");
  if (!opt["skip-sqlite"]) {
    const r = await run(["ingest", "--no-progress", "--db", liteDb, input]);
    check("rasid ingest (SQLite)", r, await stats(liteDb));
    rows.push({ run: "sqlite, rasid ingest (1 process)", secs: r.secs, rate: articles / r.secs, clientMsPerDoc: r.cpuMs / articles, counts: await stats(liteDb) });
  }
  for (const n of [1, 2]) rows.push(await pgWorkers(pg, n));

  console.log(`\n  run                                  wall s   articles/s   CLI CPU ms/article   server CPU ms/article   worker: store calls ms / extract ms per article   counts`);
  for (const r of rows) {
    console.log(`  ${r.run.padEnd(36)} ${fmt(r.secs).padStart(6)} ${fmt(r.rate).padStart(12)} ${fmt(r.clientMsPerDoc).padStart(20)} ${(r.serverMsPerDoc === undefined ? "—" : fmt(r.serverMsPerDoc, 2)).padStart(23)}` +
      `   ${(r.dbMsPerDoc === undefined ? "—" : `${fmt(r.dbMsPerDoc, 2)} / ${fmt(r.extractMsPerDoc!, 1)}`).padStart(43)}   ${JSON.stringify(r.counts)}`);
  }
  const same = rows.every((r) => JSON.stringify(r.counts) === JSON.stringify(rows[0].counts));
  console.log(`  total counts equal across runs: ${same ? "yes" : "NO"}`);
  console.log(`  (wall times depend on what else the machine runs; CPU ms/article do much less: 1000 / (CLI + server CPU ms) is the articles/s one core sustains)`);

  // the store alone, from the documents the runs stored
  const source = opt["skip-sqlite"] ? `postgres://rasid@127.0.0.1:${pg.port}/bench_workers_1` : liteDb;
  const docs: ContractDocument[] = [];
  const from = await openStore(source);
  for await (const d of from.stream()) if (docs.length < STORE_ONLY_MAX) docs.push(d);
  await from.close();
  console.log(`\n  store only (${docs.length} contract documents, batches of 200, no extraction):`);
  let last = "";
  for (const w of [1, 2]) {
    const r = await storeOnly(pg, docs, w);
    last = r.url;
    console.log(`    ${w} writer${w > 1 ? "s" : " "}: ${fmt(r.secs)}s = ${fmt(docs.length / r.secs, 0)} articles/s; server CPU ${fmt(r.serverMsPerDoc, 2)} ms/article; WAL ${fmt(r.walPerDoc / 1024, 1)} kB/article`);
  }
  await sizes(last, docs.length);
} finally {
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
