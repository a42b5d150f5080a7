#!/usr/bin/env node
// Runs after `npm install`: builds the generated data files (knowledge base from npm/Debian
// packages) that ship with no copy in git. Each step is a script under scripts/build/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dir = path.join(root, "scripts/build");
const steps = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d\d-.*\.(mjs|ts)$/.test(f)).sort() : [];
for (const s of steps) {
  const args = s.endsWith(".ts") ? ["--import", "tsx", path.join(dir, s)] : [path.join(dir, s)];
  const r = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) { console.error(`postinstall: ${s} failed`); process.exit(r.status ?? 1); }
}
