// Builds the web UI (web/ → web/dist) when the build is missing or older than its sources, so
// `npm start` right after `npm install` serves a current UI. Vite is a development dependency:
// without it the error says how to get it rather than serving a stale or missing UI silently.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RasidError } from "../core/errors.ts";

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web");

function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

/** Why the build in web/dist cannot be used as it is, or null when it is current. */
export function staleReason(root = WEB_ROOT): string | null {
  const index = path.join(root, "dist", "index.html");
  if (!fs.existsSync(index)) return "not built yet";
  const built = fs.statSync(index).mtimeMs;
  const sources = ["src", "index.html", "vite.config.ts"].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  return sources.some((s) => newest(s) > built) ? "sources changed since the last build" : null;
}

/** Build web/dist if it is missing or stale; returns what was done, for the log. */
export async function ensureWebBuilt(root = WEB_ROOT, log: (line: string) => void = () => {}): Promise<"current" | "built"> {
  const reason = staleReason(root);
  if (!reason) return "current";
  log(`building the web UI (${reason})…`);
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch (e) {
    throw new RasidError("E_USAGE", path.join(root, "dist"), `the web UI needs building and vite is not installed (${(e as Error).message}); run \`npm install\` with development dependencies, then \`npm run build:web\``);
  }
  await vite.build({ configFile: path.join(root, "vite.config.ts"), root, logLevel: "warn" });
  return "built";
}
