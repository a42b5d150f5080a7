// extract(paths, { jobs: N }) runs the stages on worker threads and must give exactly what one
// thread gives: the same documents and the same typed errors, in input order, skips honoured.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { RasidError } from "../../src/core/errors.ts";
import { extract, parseJobs, type Outcome } from "../../src/pipeline/run.ts";
import { ROOT } from "../helpers/cli.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-parallel-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

// samples (plain text articles), then a JSON Lines file mixing good records, a bad one and an
// empty one, an empty file and a path that does not exist: errors must keep their places
const records = [
  { id: "r1", title: "وزير الخارجية يلتقي نظيره في الرياض", content: "التقى وزير الخارجية نظيره الأردني في الرياض يوم الأحد.\nوقال الوزير إن المحادثات تناولت الأوضاع في سوريا واليمن." },
  "{ not json",
  { id: "r3", title: "عنوان", content: "" },
  { id: "r4", title: "اشتباكات في ريف حلب", content: "قتل ثلاثة مسلحين في اشتباكات مع قوات النظام في ريف حلب الشمالي، بحسب المرصد السوري لحقوق الإنسان." },
];
fs.writeFileSync(path.join(tmp, "day.jsonl"), records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n");
fs.writeFileSync(path.join(tmp, "empty.txt"), "");
const inputs = [path.join(ROOT, "samples"), path.join(tmp, "day.jsonl"), path.join(tmp, "empty.txt"), path.join(tmp, "missing.txt")];

const collect = async (jobs: number, skip?: (r: { id: string }) => boolean) => {
  const out: Outcome[] = [];
  for await (const o of extract(inputs, { jobs, skip })) out.push(o);
  return out.map((o) => (o.ok ? o.doc : { code: o.error.code, input: o.error.input, isError: o.error instanceof RasidError }));
};

describe("extract with worker threads", () => {
  it("gives what one thread gives, in the same order", async () => {
    const one = await collect(1);
    assert.ok(one.length >= 10, "enough inputs to spread over batches");
    assert.deepEqual(await collect(2), one);
    assert.deepEqual(await collect(3), one);
  });
  it("skips what the caller says is done", async () => {
    const first = (await collect(1)).find((o) => "id" in o) as { id: string };
    const skip = (r: { id: string }) => r.id === first.id;
    const got = await collect(2, skip);
    assert.deepEqual(got, await collect(1, skip));
    assert.ok(!got.some((o) => "id" in o && o.id === first.id));
  });
  it("stops early without leaving threads behind", async () => {
    let n = 0;
    for await (const _ of extract(inputs, { jobs: 2 })) if (++n === 2) break;
    assert.equal(n, 2);
  });
});

describe("--jobs values", () => {
  const table: [string | number | undefined, number | "usage"][] = [
    [undefined, 1], ["1", 1], ["4", 4], [3, 3], ["auto", os.availableParallelism()], ["0", os.availableParallelism()],
    ["-1", "usage"], ["two", "usage"], ["1.5", "usage"],
  ];
  for (const [value, want] of table) {
    it(`${value}`, () => {
      if (want === "usage") assert.throws(() => parseJobs(value), (e: unknown) => e instanceof RasidError && e.code === "E_USAGE");
      else assert.equal(parseJobs(value), want);
    });
  }
});
