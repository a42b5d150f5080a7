// bench/api: requests/s and latency (p50/p95/p99) of the HTTP API under concurrent load on
// 127.0.0.1, mainly the entity page (/api/entities/{id}, goal p95 < 100 ms). The server runs
// as `rasid serve` in its own process, as users run it; this process only generates load:
// N workers, each fetching in a loop for D seconds over the most-mentioned entities.
//
//   node --import tsx bench/api.ts --db FILE [--workers 16] [--seconds 10] [--entities 50] [--routes entity,search,...]
//
// Routes: entity (the entity page's first answer), more (its events panel's next 50), floor (one
// quote of an entity: what any route costs besides its own work), search, events, document,
// graph, geo.
//
// Without --db it ingests ../shared/corpus/saudinewsnet (or --corpus DIR; --files K: only the
// first K day files) into a temporary database first, and says so; when that corpus is absent
// it says so and exits 0. Beside latency it prints the server's CPU time per request (from
// /proc) and the load average, since on a shared machine wall time depends on the neighbours.
// The server keeps answers until the database changes (src/server/cache.ts); RASID_SERVE_CACHE_MB=0
// in the environment measures every request computed afresh (the goal is about that work).
// Over SQLite the server answers from reader threads, one per core (src/server/readers.ts);
// RASID_SERVE_READERS=0 measures answering in the server's own thread, =N with N readers. The
// server CPU per request includes its reader threads (/proc counts every thread of the process).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin/rasid.mjs");
const { values: opt } = parseArgs({
  options: {
    db: { type: "string" }, workers: { type: "string", default: "16" }, seconds: { type: "string", default: "10" },
    entities: { type: "string", default: "50" }, routes: { type: "string", default: "entity,search,events,document,graph" },
    corpus: { type: "string", default: path.resolve(ROOT, "../shared/corpus/saudinewsnet") }, files: { type: "string" },
  },
});

const pct = (xs: number[], p: number) => xs.length ? xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] : NaN;

function ingestCorpus(): string | null {
  if (!fs.existsSync(opt.corpus!)) { console.log(`bench/api: no corpus at ${opt.corpus}; give --db FILE`); return null; }
  let files = fs.readdirSync(opt.corpus!).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(opt.corpus!, f));
  if (opt.files) files = files.slice(0, Number(opt.files));
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rasid-bench-api-")), "bench.db");
  console.log(`bench/api: ingesting ${files.length} file(s) of ${opt.corpus} into ${db}`);
  spawnSync(process.execPath, [BIN, "ingest", "--no-progress", "--db", db, ...files], { stdio: ["ignore", "inherit", "ignore"] });
  return db;
}

async function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout!.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: string) => { out += d; const m = out.match(/^(http:\/\/\S+)\n/m); if (m) resolve(m[1]); });
    child.once("exit", (code) => reject(new Error(`rasid serve exited ${code}`)));
  });
  return { url, child };
}

interface Result { route: string; requests: number; errors: number; seconds: number; lat: number[]; serverCpuMs: number; bytes: number }

/** CPU time (user + system, ms) the server process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuOf(pid: number | undefined): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;   // utime, stime in clock ticks (USER_HZ = 100)
  } catch { return NaN; }
}

async function load(route: string, urls: string[], workers: number, seconds: number, pid?: number): Promise<Result> {
  const lat: number[] = [];
  let errors = 0, next = 0, bytes = 0;
  const cpu0 = cpuOf(pid);
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const url = urls[next++ % urls.length];
      const t0 = performance.now();
      try {
        const res = await fetch(url);
        const body = await res.arrayBuffer();   // (not `bytes += await …`: that reads bytes before the await)
        bytes += body.byteLength;
        if (res.status !== 200) errors++;
      } catch { errors++; }
      lat.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, worker));
  return { route, requests: lat.length, errors, seconds: (performance.now() - t0) / 1000, lat: lat.sort((a, b) => a - b), serverCpuMs: cpuOf(pid) - cpu0, bytes };
}

async function main(): Promise<void> {
  const db = opt.db ?? ingestCorpus();
  if (!db) return;
  const store = await openStore(db, { readonly: true, mustExist: true });
  const stats = await store.stats();
  const top = (await store.entities({ limit: Number(opt.entities) })).items.map((e) => e.id);
  const docs = (await store.documents({ limit: 200 })).items.map((d) => d.id);
  const aliases = (await Promise.all(top.slice(0, 20).map((id) => store.entity(id)))).flatMap((p) => p?.aliases.slice(0, 1).map((a) => a.text) ?? []);
  await store.close();
  console.log(`bench/api: ${db}: ${stats.documents} documents, ${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} events`);
  console.log(`bench/api: ${opt.workers} concurrent workers, ${opt.seconds}s per route, node ${process.version}, ${os.cpus().length} cores`);
  if (!top.length) { console.log("bench/api: the database has no entities; nothing to measure"); return; }

  const { url, child } = await startServer(db);
  const enc = encodeURIComponent;
  const routes: Record<string, string[]> = {
    entity: top.map((id) => `${url}api/entities/${enc(id)}`),
    // the entity page's "more" click: the next 50 events after the 20 the page came with
    more: top.map((id) => `${url}api/entities/${enc(id)}/events?offset=20&limit=50`),
    // about the least a route answered by a reader thread costs: HTTP, parameters, the reader round trip
    floor: top.map((id) => `${url}api/entities/${enc(id)}/quotes?limit=1`),
    search: aliases.map((q) => `${url}api/search?q=${enc(q)}`),
    events: top.map((id) => `${url}api/events?entity=${enc(id)}`),
    document: docs.map((id) => `${url}api/documents/${id}`),
    graph: [`${url}api/graph`],
    geo: [`${url}api/geo`],
  };
  try {
    for (const route of opt.routes!.split(",")) {
      const urls = routes[route];
      if (!urls?.length) { console.log(`bench/api: unknown or empty route "${route}"`); continue; }
      await load(route, urls, 2, 1);   // warm the page cache and the JIT
      const r = await load(route, urls, Number(opt.workers), Number(opt.seconds), child.pid);
      console.log(`${route.padEnd(9)} ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s  p50 ${pct(r.lat, 50).toFixed(1)} ms  ` +
        `p95 ${pct(r.lat, 95).toFixed(1)} ms  p99 ${pct(r.lat, 99).toFixed(1)} ms  server cpu ${(r.serverCpuMs / r.requests).toFixed(2)} ms/req  ` +
        `${(r.bytes / r.requests / 1000).toFixed(0)} kB/answer  (${r.requests} requests, ${r.errors} errors, ${urls.length} distinct URLs; load ${os.loadavg()[0].toFixed(1)})`);
    }
  } finally {
    child.kill("SIGTERM");
  }
}

await main();
