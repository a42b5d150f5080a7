// Serves the built web UI (web/dist) at `/`. Hashed files under /assets/ never change, so they
// may be cached for good; index.html is revalidated so a rebuilt UI is picked up. Without a
// build the root says how to make one instead of answering 404.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

export const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function mountUi(app: Hono, webDir: string): void {
  const built = fs.existsSync(path.join(webDir, "index.html"));
  app.use("*", async (c, next) => {
    await next();
    if (!c.req.path.startsWith("/api/")) c.header("Content-Security-Policy", CSP);
  });
  if (!built) {
    app.get("/", (c) => c.text(`Rasid API is running; the web UI is not built (${webDir} has no index.html).\n` +
      "Build it with: npm run build:web\nThe API description is at /api/openapi.json\n", 200));
    return;
  }
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.use("/*", async (c, next) => {
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html")) c.header("Cache-Control", "no-cache");
  });
  app.use("/*", serveStatic({ root: webDir }));
}
