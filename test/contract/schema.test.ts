// Real output, validated: every article the project ships (samples/ and test fixtures) goes
// through `rasid extract`, and each document must satisfy the JSON Schema and the invariants a
// schema cannot state (offsets are exact slices of the text, spans inside it, ids resolve).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { rasid, jsonLines, ROOT } from "../helpers/cli.ts";
import { checkInvariants } from "../helpers/invariants.ts";

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schema/rasid.document.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile<any>(schema);

const dirs = ["samples", "test/fixtures/input", "test/fixtures/articles"].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));

test("every shipped article's output validates against the schema and its invariants", () => {
  const r = rasid(["extract", ...dirs]);
  const docs = jsonLines(r.stdout);
  assert.ok(docs.length >= 1, `no documents: ${r.stderr}`);
  for (const d of docs) {
    const ok = validate(d);
    assert.ok(ok, `${d.source?.path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    assert.deepEqual(checkInvariants(d), [], d.source.path);
  }
});

test("the schema rejects what the contract forbids", () => {
  const r = rasid(["extract", "test/fixtures/input/article-utf8.txt"]);
  const [d] = jsonLines(r.stdout);
  const broken = [
    { ...d, schema: "rasid.document/2" },
    { ...d, id: "abc" },
    { ...d, published: "21/07/2015" },
    { ...d, entities: [{ id: "Q7747", type: "PERSON", name: "بوتين", name_en: null, mentions: [{ start: 0, end: 5, text: "بوتين" }] }] },
    { ...d, entities: [{ id: "wd:Q7747", type: "PEOPLE", name: "بوتين", name_en: null, mentions: [{ start: 0, end: 5, text: "بوتين" }] }] },
    { ...d, events: [{ type: "ATTACK" }] },
  ];
  for (const b of broken) assert.equal(validate(b), false, JSON.stringify(b).slice(0, 120));
});

test("the invariant checker catches an offset that does not slice to its text", () => {
  const r = rasid(["extract", "test/fixtures/input/article-utf8.txt"]);
  const [d] = jsonLines(r.stdout);
  const bad = { ...d, entities: [{ id: "rasid:x", type: "PERSON", name: "س", name_en: null, mentions: [{ start: 0, end: 3, text: "غير" }] }] };
  assert.ok(checkInvariants(bad).length > 0);
});
