// Run the real `rasid` CLI in a child process, as a user would.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/rasid.mjs");

export interface CliResult { status: number | null; stdout: string; stderr: string }

export function rasid(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input, cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, maxBuffer: 256 * 1024 * 1024, encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const jsonLines = (s: string): any[] => s.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
