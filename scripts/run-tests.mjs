#!/usr/bin/env node
// `npm test`: type-check, then run every test/**/*.test.ts with node's test runner.
// Node 20's runner takes explicit paths (a folder or a glob runs nothing), so list them here.
// Pass file paths or name filters to run a subset: `npm test -- clean normalize`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const filters = process.argv.slice(2);

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}
let files = walk(path.join(root, "test")).sort();
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (!files.length) { console.error("run-tests: no test files matched"); process.exit(1); }

if (!filters.length) {
  const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", root], { stdio: "inherit" });
  if (tsc.status !== 0) { console.error("run-tests: type check failed"); process.exit(tsc.status ?? 1); }
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files.map((f) => path.relative(root, f))], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
