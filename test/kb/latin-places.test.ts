// The generated Latin place keys (scripts/build/kb/latin-places.ts, read by entities/spelled-places.ts):
// a place a document's town is matched to must lie in the country whose file holds it, since the
// match is asked only inside the document's country. Checks every row of the countries the press
// reports small towns from, against the country polygons (kb/geo-check.ts).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { GENERATED_DIR } from "../../src/kb/files.ts";
import { loadGeoIndex } from "../../src/kb/geo-check.ts";

const DIR = path.join(GENERATED_DIR, "latin-places");
const COUNTRIES = ["NG", "ML", "NE", "TD", "CM", "YE", "SA", "EG", "SY", "IQ", "LY", "SO", "AF", "PK", "TR"];

describe("latin place keys", { skip: !fs.existsSync(DIR) && "the build step (scripts/build/10-kb.ts) has not run" }, () => {
  it("lie inside their country (within 25 km of its border), 99.5% of rows at least", () => {
    const geo = loadGeoIndex();
    for (const cc of COUNTRIES) {
      const rows = fs.readFileSync(path.join(DIR, `${cc}.tsv`), "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
      assert.ok(rows.length > 0, `${cc}: no rows`);
      let outside = 0;
      for (const r of rows) {
        const d = geo.distanceKm(cc, Number(r[2]), Number(r[3]));
        if (d !== null && d > 25) outside++;
      }
      assert.ok(outside <= rows.length * 0.005, `${cc}: ${outside} of ${rows.length} rows outside`);
    }
  });
  it("key a town by its Latin names' consonants and written vowels", () => {
    const rows = fs.readFileSync(path.join(DIR, "NG.tsv"), "utf8").split("\n").map((l) => l.split("\t"));
    const gombe = rows.find((r) => r[6] === "Gombe");
    assert.ok(gombe, "Gombe is a cities500 town");
    assert.equal(gombe![0], "GMB");
  });
});
