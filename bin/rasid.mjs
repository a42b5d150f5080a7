#!/usr/bin/env node
// Entry point. `rasid extract` runs from a bundle of src/ (src/.bundle/rasid.mjs and the -j
// worker's src/.bundle/worker.mjs), built here with esbuild when missing or older than any file
// under src/ (~0.5 s, once after an edit): importing ~160 TypeScript files through tsx costs
// ~1.5 s of CPU per process and again per worker thread. The bundle sits two folders below the
// root like every src/<dir>/ module, so their "../../data" and "../" paths hold. Every other
// command (some start workers or import modules by relative path), extract when the bundle
// cannot be built (no esbuild, a read-only install), and RASID_BUNDLE=0 run the TypeScript
// through tsx's loader, so there is no build step to go stale between an edit and a run.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
const OUT = path.join(SRC, ".bundle");
const MAIN = path.join(OUT, "rasid.mjs");
const BUNDLED_COMMANDS = new Set(["extract"]);

/** The newest modification time of anything under dir (folders too: a file added or removed). */
function newestUnder(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".bundle") continue;
    const p = path.join(dir, e.name);
    newest = Math.max(newest, fs.statSync(p).mtimeMs, e.isDirectory() ? newestUnder(p) : 0);
  }
  return newest;
}

async function bundle() {
  if (process.env.RASID_BUNDLE === "0" || !BUNDLED_COMMANDS.has(process.argv[2])) return null;
  try {
    if (newestUnder(SRC) < fs.statSync(MAIN).mtimeMs) return MAIN;
  } catch { /* not built yet */ }
  try {
    // dated when the build began: a file edited during the build leaves the bundle stale
    const began = new Date(Date.now() - 1000);
    const { build } = await import("esbuild");
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, ".gitignore"), "*\n");
    const tmp = `.${process.pid}.tmp`;
    await build({
      entryPoints: { rasid: path.join(SRC, "cli/main.ts"), worker: path.join(SRC, "pipeline/worker.ts") },
      outdir: OUT, outExtension: { ".js": ".mjs" + tmp }, bundle: true, platform: "node", format: "esm",
      packages: "external", target: "node20", keepNames: true, logLevel: "silent",
    });
    // the worker first: a fresh rasid.mjs always has its worker beside it
    for (const name of ["worker.mjs", "rasid.mjs"]) {
      fs.utimesSync(path.join(OUT, name + tmp), began, began);
      fs.renameSync(path.join(OUT, name + tmp), path.join(OUT, name));
    }
    return MAIN;
  } catch {
    return null;
  }
}

const main = await bundle();
if (main) await import(pathToFileURL(main).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
