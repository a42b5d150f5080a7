// The HTTP app: every route in routes/ mounted read-only (GET) over a Store, the OpenAPI
// description built from the same definitions, one error handler, and the web UI at `/`.
// Tests drive it in-process with `app.request('/api/…')`; `listen.ts` puts it on a socket.
import { Hono, type Context } from "hono";
import type { Store } from "../store/store.ts";
import { ResponseCache } from "./cache.ts";
import { errorResponse, notFoundRoute } from "./error-response.ts";
import { openapi } from "./openapi.ts";
import { parseParams } from "./params.ts";
import { honoPath, type Params } from "./route.ts";
import { routes } from "./routes/index.ts";
import { ReaderPool, defaultReaders } from "./readers.ts";
import { DEFAULT_WEB_DIR, mountUi } from "./static.ts";

export const API_VERSION = "1.0.0";

export interface AppOptions {
  webDir?: string | null;     // the built UI (default web/dist); null: API only
  log?: (line: string) => void;   // where unexpected errors are reported (default stderr)
  /** Bytes of answers kept until the database changes (cache.ts); 0: none. Default
   *  $RASID_SERVE_CACHE_MB megabytes, else 64 MB. Only for stores that report a revision. */
  cacheBytes?: number;
  /** Reader threads answering routes over a SQLite file (readers.ts), so one slow request does
   *  not hold the others: a number, "auto" (one per core, at most 4; `rasid serve`), or 0 / absent:
   *  answer in this thread ($RASID_SERVE_READERS overrides "auto"). PostgreSQL needs none. */
  readers?: number | "auto";
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const log = opts.log ?? ((l: string) => process.stderr.write(l + "\n"));

  app.use("/api/*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "no-store");
  });

  const description = openapi(routes, API_VERSION);
  app.get("/api/openapi.json", (c) => c.json(description));

  const cacheBytes = opts.cacheBytes ?? Number(process.env.RASID_SERVE_CACHE_MB ?? 64) * 1024 * 1024;
  const cache = cacheBytes > 0 && store.revision ? new ResponseCache(cacheBytes) : null;
  const json = (c: Context, body: string | Uint8Array<ArrayBuffer>, kept?: boolean) => c.body(body, 200, {
    "Content-Type": "application/json; charset=UTF-8", ...(kept === undefined ? {} : { "X-Rasid-Cache": kept ? "hit" : "miss" }),
  });
  const pool = readerPool(store, opts.readers);
  if (pool) pools.set(app, pool);
  for (const r of routes) {
    const answer = pool ? (params: Params) => pool.answer(r.id, params)
      : async (params: Params) => Buffer.from(JSON.stringify(await r.handler(store, params)));
    app.get(honoPath(r.path), async (c) => {
      const params = parseParams(r.params, c.req.query(), c.req.param() as Record<string, string>);
      if (!cache) return json(c, await answer(params));
      cache.sync(await store.revision!());
      const key = c.req.url;
      const kept = cache.get(key);
      if (kept !== undefined) return json(c, kept, true);
      const body = await answer(params);
      cache.set(key, body);
      return json(c, body, false);
    });
  }
  app.all("/api/*", (c) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      return c.json({ error: { code: "E_USAGE", message: "the API is read-only: only GET", input: c.req.path, detail: null } }, 405);
    }
    throw notFoundRoute(c.req.path);
  });

  app.onError((e, c) => {
    const { status, body } = errorResponse(e);
    if (status === 500) log(`rasid serve: ${c.req.method} ${c.req.url}: ${(e as Error).stack ?? e}`);
    return c.json(body, status);
  });

  if (opts.webDir !== null) mountUi(app, opts.webDir ?? DEFAULT_WEB_DIR);
  return app;
}

const pools = new WeakMap<Hono, ReaderPool>();

/** Stop the app's reader threads, if it has any (listen.ts does it on close). */
export async function closeApp(app: Hono): Promise<void> {
  await pools.get(app)?.close();
  pools.delete(app);
}

function readerPool(store: Store, readers: AppOptions["readers"]): ReaderPool | null {
  if (store.backend !== "sqlite" || !readers) return null;
  const n = readers === "auto" ? Number(process.env.RASID_SERVE_READERS ?? defaultReaders()) : readers;
  return n > 0 ? new ReaderPool((store as Store & { file: string }).file, n) : null;
}
