// The governorates of Saudi Arabia the generated rows lack (data/kb/sa-governorates.tsv): every row
// is a Saudi GPE with 13 columns, a source and a point inside the kingdom; a governorate whose bare
// name is an ordinary word is named only with its unit word, so the word stays a word; and the
// gazetteer answers the press's forms with the row. Sentences and forms written for this test.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readTsv } from "../../src/core/tsv.ts";
import { normalize } from "../../src/text/normalize.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { ordinaryWords } from "../../src/mentions/model/features.ts";

const FILE = path.resolve(import.meta.dirname, "../../data/kb/sa-governorates.tsv");
const rows = readTsv(FILE);
const UNIT = "محافظة ";

describe("Saudi governorates: rows", () => {
  it("13 columns, GPE in SA, a source, a point inside the kingdom", () => {
    const lines = fs.readFileSync(FILE, "utf8").split("\n").filter((s) => s.trim() && !s.startsWith("#"));
    for (const s of lines) assert.equal(s.split("\t").length, 13, s);
    assert.ok(rows.length >= 60);
    for (const { row, line } of rows) {
      assert.equal(row.type, "GPE", `line ${line}`);
      assert.equal(row.country, "SA", `line ${line}`);
      assert.ok((row.source ?? "").length > 10, `line ${line}`);
      const lat = Number(row.lat), lon = Number(row.lon);
      assert.ok(lat > 16 && lat < 32.2 && lon > 34.5 && lon < 55.7, `line ${line}: ${lat},${lon}`);
    }
  });
  it("a bare name that is an ordinary word is never a name of its own", () => {
    const words = ordinaryWords();
    for (const { row, line } of rows) {
      for (const n of [row.name ?? "", ...(row.aliases ?? "").split("|")].filter(Boolean)) {
        if (n.includes(" ")) continue;
        const f = normalize(n);
        assert.ok(!words.has(f) && !words.has(f.replace(/^ال/, "")), `line ${line}: ${n}`);
      }
    }
  });
});

describe("Saudi governorates: the gazetteer", () => {
  const gaz = defaultResources().gaz;
  const idOf = (s: string) => gaz.lookup(normalize(s))?.[0]?.id;
  const cases: [string, string | undefined][] = [
    ["محافظة الدوادمي", "rasid:sa-gov-dawadmi"],
    ["الدوادمي", "rasid:sa-gov-dawadmi"],
    ["محافظة شقراء", "rasid:sa-gov-shaqra"],
    ["محافظه حقل", "rasid:sa-gov-haql"],
    ["ضباء", "gn:106909"],
    ["أبوعريش", "gn:110619"],
  ];
  for (const [form, id] of cases) it(`${form} → ${id}`, () => assert.equal(idOf(form), id));
  it("the ordinary words stay words: شقراء، حقل، الحريق", () => {
    for (const w of ["شقراء", "حقل", "الحريق"]) assert.ok(!(gaz.lookup(normalize(w)) ?? []).some((e) => e.id.startsWith("rasid:sa-gov-")), w);
  });
});
