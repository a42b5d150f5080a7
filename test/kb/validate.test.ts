// Validation: places must lie in their country (world-atlas 50m, 50 km tolerance), names shared
// by a person or organization and another entity must be declared, and every error is reported.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { compileKb } from "../../src/kb/compile.ts";
import { loadGeoIndex, type GeoIndex } from "../../src/kb/geo-check.ts";
import type { KbEntry } from "../../src/kb/row.ts";
import { checkKb, readCollisions } from "../../src/kb/validate.ts";

let n = 0;
const entry = (e: Partial<KbEntry>): KbEntry => ({
  id: `rasid:e${++n}`, type: "GPE", subtype: "city", name: "س", nameEn: null, aliases: [], adjectives: [], country: null,
  lat: null, lon: null, population: null, wikidata: null, source: "test", file: "fixture.tsv", line: n, ...e,
});

let geo: GeoIndex;
before(() => { geo = loadGeoIndex(); });

describe("coordinates inside the country", () => {
  const table: [string, string, number, number, boolean][] = [
    ["Damascus", "SY", 33.51, 36.29, true],
    ["Aden, on the coast", "YE", 12.78, 45.04, true],
    ["Manama, a small island state", "BH", 26.22, 50.58, true],
    ["Simferopol (GeoNames UA, Natural Earth RU)", "UA", 44.95, 34.10, true],
    ["Laayoune (EH, disputed with MA)", "EH", 27.15, -13.20, true],
    ["Cairo filed under Syria", "SY", 30.04, 31.24, false],
    ["lat/lon swapped", "IQ", 44.36, 33.31, false],
    ["a point at sea, 150 km off Lebanon", "LB", 34.0, 33.8, false],
  ];
  for (const [what, cc, lat, lon, ok] of table) {
    it(`${what}: ${ok ? "ok" : "error"}`, () => {
      const kb = compileKb([entry({ country: cc, lat, lon }), entry({ subtype: "country", country: cc })], new Map());
      const errors = checkKb(kb, [], geo, new Map()).issues.filter((i) => i.severity === "error");
      assert.equal(errors.length, ok ? 0 : 1, errors.map((e) => e.reason).join("; "));
    });
  }
  const special: [string, Partial<KbEntry>, number][] = [
    ["a gulf at sea is not geo-checked", { type: "LOC", subtype: "gulf", country: "LY", lat: 31.5, lon: 18.5 }, 0],
    ["a small island far off the 50m coast passes", { type: "LOC", subtype: "island", country: "IT", lat: 35.5, lon: 12.6 }, 0],
    ["but a town there does not", { subtype: "town", country: "IT", lat: 35.5, lon: 12.6 }, 1],
  ];
  for (const [what, e, errors] of special) {
    it(what, () => {
      const kb = compileKb([entry(e), entry({ subtype: "country", country: e.country })], new Map());
      assert.equal(checkKb(kb, [], geo, new Map()).issues.filter((i) => i.severity === "error").length, errors);
    });
  }
  it("flags an unknown country code", () => {
    const kb = compileKb([entry({ country: "SY", subtype: "country", lat: 35, lon: 38 }), entry({ country: "ZZ", lat: 1, lon: 1 })], new Map());
    assert.deepEqual(checkKb(kb, [], null, new Map()).issues.map((i) => i.reason), ["country ZZ is not a known country code"]);
  });
});

describe("name collisions", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-col-"));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const person = entry({ id: "rasid:tzipi-livni", type: "PERSON", subtype: "politician", name: "تسيبي ليفني", aliases: ["ليفني"] });
  const town = entry({ id: "gn:534701", name: "ليفني" });
  const town2 = entry({ id: "gn:2", name: "الرقة" }), town3 = entry({ id: "gn:3", name: "الرقة" });
  const kb = compileKb([person, town, town2, town3], new Map());

  it("leaves place homonyms to the geocoder and warns about a person named like a place", () => {
    const r = checkKb(kb, [], null, new Map());
    assert.equal(r.placeHomonyms, 1);
    assert.deepEqual(r.issues.map((i) => [i.severity, i.id]), [["warning", "rasid:tzipi-livni"]]);
    assert.match(r.issues[0].reason, /"ليفني" also names gn:534701/);
  });
  it("accepts the collision once declared in collisions.tsv", () => {
    const file = path.join(tmp, "collisions.tsv");
    fs.writeFileSync(file, "form\tids\treason\nليفني\trasid:tzipi-livni|gn:534701\tthe surname is far more frequent in the news than the village\n");
    const r = checkKb(kb, [], null, readCollisions(file));
    assert.deepEqual(r.issues, []);
    assert.equal(r.declaredCollisions, 1);
  });
  it("warns when two entries claim one adjective", () => {
    const a = entry({ id: "wd:Q1", subtype: "country", name: "أ", adjectives: ["كوري"] });
    const b = entry({ id: "wd:Q2", subtype: "country", name: "ب", adjectives: ["كوري"] });
    const r = checkKb(compileKb([a, b], new Map()), [], null, new Map());
    assert.match(r.issues.map((i) => i.reason).join(), /adjective "كوري" also refers to wd:Q2/);
  });
});
