// What the user named on the command line, expanded into inputs: files, folders (recursively,
// in a stable order), and "-" for standard input. Missing paths become errors, not crashes.
import fs from "node:fs";
import path from "node:path";
import { RasidError } from "../core/errors.ts";

export type InputRef = { kind: "file"; path: string } | { kind: "stdin" } | { kind: "error"; error: RasidError };

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** Expand paths; folders yield their files sorted by name, hidden files skipped. */
export function* expandPaths(paths: string[]): Generator<InputRef> {
  for (const p of paths) {
    if (p === "-") { yield { kind: "stdin" }; continue; }
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch { yield { kind: "error", error: new RasidError("E_NOT_FOUND", p) }; continue; }
    if (st.isDirectory()) yield* walk(p);
    else yield { kind: "file", path: p };
  }
}

function* walk(dir: string): Generator<InputRef> {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) {
    yield { kind: "error", error: new RasidError("E_NOT_FOUND", dir, (e as Error).message) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) yield* walk(p); }
    else if (e.isFile() && !/\.(md|gold\.json)$/i.test(e.name)) yield { kind: "file", path: p };
  }
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
