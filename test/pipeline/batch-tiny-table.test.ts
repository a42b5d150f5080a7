// Stage-by-stage batches with a form table of 64 words (text/form-table.ts, RASID_FORM_CAPACITY):
// it clears several times inside every batch, also in the middle of an article, while earlier
// articles of the batch still hold Forms from before the clear and have later stages to run.
// The variable is read when the table's module loads, so every import here is dynamic.
import assert from "node:assert/strict";
import { test } from "node:test";
import { batchCases } from "./batch-cases.ts";

process.env.RASID_FORM_CAPACITY = "64";

test("the form table really is that small in this process", async () => {
  const table = await import("../../src/text/form-table.ts");
  assert.equal(table.capacity, 64);
});

batchCases(() => import("../../src/pipeline/run.ts"));
