// `rasid serve` as a user runs it: prints the URL it listens on (loopback by default), answers
// the API over the given database, stops cleanly on SIGTERM; bad options and a missing database
// fail with a typed error and the usual exit codes.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, it } from "node:test";
import { BIN, ROOT, rasid } from "../helpers/cli.ts";
import { tempStore } from "./articles.ts";

let file: string;
let done: () => Promise<void>;
before(async () => { const t = await tempStore(); file = t.file; done = t.done; });
after(() => done());

describe("rasid serve", () => {
  it("serves the database on 127.0.0.1 and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--db", file, "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d: string) => { out += d; const m = out.match(/^(http:\/\/\S+)\n/m); if (m) resolve(m[1]); });
      child.once("exit", (code) => reject(new Error(`exited ${code} before listening`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const stats = await (await fetch(`${url}api/stats`)).json() as { documents: number };
    assert.equal(stats.documents, 3);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    assert.equal(code, 0);
  });

  const failures: [string[], number, RegExp][] = [
    [["serve", "--db", "/nonexistent/rasid.db", "--port", "0"], 1, /E_STORE/],
    [["serve", "--port", "http"], 2, /--port.*E_USAGE/],
  ];
  for (const [args, status, message] of failures) {
    it(`rasid ${args.join(" ")} → exit ${status}`, () => {
      const r = rasid(args);
      assert.equal(r.status, status, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, "");
    });
  }
});
