// The batch runner's checks, shared by batch.test.ts (the real form table) and
// batch-tiny-table.test.ts (a table that clears several times inside every batch): running the
// stages over a batch gives, article for article, what running each article alone gives, wherever
// the batch boundaries fall; an article that fails keeps its error to itself.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ARTICLES } from "./batch-fixture.ts";

type Run = typeof import("../../src/pipeline/run.ts");

const shown = (o: { ok: true; doc: unknown } | { ok: false; error: { code: string; input: string | null } }): string =>
  o.ok ? JSON.stringify(o.doc) : `error ${o.error.code} ${o.error.input}`;

export function batchCases(load: () => Promise<Run>): void {
  const alone = async () => {
    const { extractOne } = await load();
    return ARTICLES.map((r) => {
      try { return JSON.stringify(extractOne(r)); } catch (e) { return `error ${(e as { code: string }).code} ${r.source.path}`; }
    });
  };

  test("a batch gives each article what running it alone gives, whatever the batch boundaries", async () => {
    const { extractBatch } = await load();
    const expected = await alone();
    assert.ok(expected.filter((x) => !x.startsWith("error")).length >= 8, "most fixture articles are extracted");
    for (const sizes of [[ARTICLES.length], [3, 4, 3], [1, 9], [7, 1, 2], [2, 2, 2, 2, 2]]) {
      const got: string[] = [];
      let at = 0;
      for (const n of sizes) { got.push(...extractBatch(ARTICLES.slice(at, at + n)).map(shown)); at += n; }
      assert.deepEqual(got, expected, `batches of ${sizes.join(", ")}`);
    }
  });

  test("an article that fails at a stage keeps its typed error; the rest of the batch goes on", async () => {
    const { extractBatch } = await load();
    const codes = extractBatch(ARTICLES).map((o) => (o.ok ? "ok" : o.error.code));
    assert.deepEqual(codes, ["ok", "ok", "ok", "ok", "ok", "E_NOT_ARABIC", "E_NO_TEXT", "ok", "ok", "ok"]);
  });

  test("extract() over a JSON Lines file yields every record's outcome in input order, bad records included", async () => {
    const { extract, extractOne } = await load();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-batch-"));
    const file = path.join(dir, "records.jsonl");
    const lines: string[] = [];
    for (let k = 0; k < 5; k++) {
      ARTICLES.forEach((a, i) => lines.push(JSON.stringify({ id: `r${k}-${i}`, title: "", date: "2015-07-21", content: a.body })));
      lines.push("{ not json");
    }
    fs.writeFileSync(file, lines.join("\n") + "\n");
    try {
      const got: string[] = [];
      for await (const o of extract([file])) got.push(o.ok ? JSON.stringify(o.doc) : `error ${o.error.code}`);
      assert.equal(got.length, lines.length);
      const { readInputs } = await import("../../src/input/read.ts");
      const expected: string[] = [];
      for await (const r of readInputs([file])) {
        if ("code" in r) { expected.push(`error ${r.code}`); continue; }
        try { expected.push(JSON.stringify(extractOne(r))); } catch (e) { expected.push(`error ${(e as { code: string }).code}`); }
      }
      assert.deepEqual(got, expected);
      assert.equal(got.filter((x) => x === "error E_BAD_RECORD").length, 5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
