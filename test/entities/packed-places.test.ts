// The Latin place rows of a country, packed (entities/spelled-places.ts: one string and typed
// arrays per country instead of an object per row): a key gives back the same rows, in file order,
// as a plain parse of the file does. Rows written for this test, and every key of a few generated files.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { GENERATED_DIR } from "../../src/kb/files.ts";
import { packPlaces, placesOfKey } from "../../src/entities/spelled-places.ts";

/** The rows of each key, as the loader before packing read them. */
function plain(tsv: string): Map<string, object[]> {
  const m = new Map<string, object[]>();
  for (const line of tsv.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const c = line.split("\t");
    const p = { key: c[0], vowels: c[1], lat: Number(c[2]), lon: Number(c[3]), population: Number(c[4]) };
    const l = m.get(p.key);
    if (l) l.push(p); else m.set(p.key, [p]);
  }
  return m;
}

const TSV = [
  "# key\tvowels\tlat\tlon\tpopulation\tgeonameid\tname",
  "KRM\t0120\t11.5\t9.25\t0\t1\tKaruma",
  "BLD\t0100\t-3.125\t40.0\t1200\t2\tBalad",
  "KRM\t0200\t11.75\t9.5\t0\t3\tKorma", // (a tie with the first KRM: file order decides)
  "BLDN\t01000\t12\t8\t35000\t4\tBaladan",
  "KRM\t4120\t10\t9\t500\t5\tIkarume",
  "",
].join("\n");

test("a key gives back its rows in file order, and an unknown key none", () => {
  const p = packPlaces(TSV);
  const cases: [string, number[]][] = [["KRM", [1, 3, 5]], ["BLD", [2]], ["BLDN", [4]], ["BL", []], ["KRMS", []], ["SSS", []]];
  const ref = plain(TSV);
  for (const [key, ids] of cases) {
    assert.deepEqual(placesOfKey(p, key), ids.length ? ref.get(key) : undefined, key);
  }
});

test("a row whose vowel gaps do not fit its key is refused", () => {
  assert.throws(() => packPlaces("KRM\t012\t1\t2\t0\t1\tX\n"), /vowel gaps/);
});

const DIR = path.join(GENERATED_DIR, "latin-places");
test("every key of generated files reads as the plain parse does", { skip: !fs.existsSync(DIR) && "the build step has not run" }, () => {
  for (const cc of ["NG", "YE", "SA", "US"]) {
    const tsv = fs.readFileSync(path.join(DIR, `${cc}.tsv`), "utf8");
    const p = packPlaces(tsv);
    for (const [key, rows] of plain(tsv)) assert.deepEqual(placesOfKey(p, key), rows, `${cc} ${key}`);
  }
});
