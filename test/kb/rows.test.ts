// The hand-written KB rows (people, orgs, media, regions, facilities) and the name lexicons (titles,
// first names, organization heads) keep their format: every file parses with the one TSV reader, every
// row has the right columns, valid types, ids, ISO codes and coordinates, a source, and no entity lists
// one alias twice. A small table pins the linking facts the rows exist for (variants meet, branches part).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readTsv, type TsvRecord } from "../../src/core/tsv.ts";
import { normalize } from "../../src/text/normalize.ts";

const DATA = path.resolve(import.meta.dirname, "../../data");
const KB_FILES = ["people", "orgs", "media", "regions", "facilities"].map((f) => path.join(DATA, "kb", `${f}.tsv`));
const KB_HEADER = ["id", "type", "subtype", "name", "name_en", "aliases", "adjectives", "country", "lat", "lon", "population", "wikidata", "source"];
const TYPES = new Set(["PERSON", "ORG", "GPE", "LOC", "FAC"]);
const PERSON_SUBTYPES = new Set(["head_of_state", "head_of_government", "minister", "spokesperson", "security_chief",
  "military_commander", "militant_leader", "cleric", "politician", "journalist", "analyst", "diplomat", "official",
  "royal", "activist", "businessperson", "writer"]);
const regionName = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const isCountry = (cc: string) => /^[A-Z]{2}$/.test(cc) && regionName.of(cc) !== undefined;

/** Data lines of a file (not comments, not blank), header first, split on tabs as written. */
function rawLines(file: string): { line: number; cells: string[] }[] {
  return fs.readFileSync(file, "utf8").split("\n").map((s, i) => ({ line: i + 1, s: s.replace(/\r$/, "") }))
    .filter(({ s }) => s.trim() && !s.startsWith("#")).map(({ line, s }) => ({ line, cells: s.split("\t") }));
}
const where = (r: TsvRecord) => `${path.basename(r.file)}:${r.line}`;
const kb = KB_FILES.map((f) => ({ file: f, rows: readTsv(f) }));
const allKb = kb.flatMap((k) => k.rows);

describe("KB files: format", () => {
  for (const { file, rows } of kb) {
    const name = path.basename(file);
    it(`${name}: header and 13 columns on every line`, () => {
      const lines = rawLines(file);
      assert.deepEqual(lines[0].cells, KB_HEADER);
      for (const { line, cells } of lines.slice(1)) assert.equal(cells.length, 13, `${name}:${line}`);
      assert.ok(rows.length > 0);
    });
    it(`${name}: type, subtype, names, country, source`, () => {
      for (const r of rows) {
        const { type, subtype, name: n, name_en, country, source } = r.row;
        assert.ok(TYPES.has(type), `${where(r)} type ${type}`);
        assert.match(subtype, /^[a-z_]+$/, where(r));
        if (type === "PERSON") assert.ok(PERSON_SUBTYPES.has(subtype), `${where(r)} subtype ${subtype}`);
        assert.match(n, /[\u0600-\u06ff]/, `${where(r)} name is Arabic`);
        assert.ok(name_en, `${where(r)} name_en`);
        if (country) assert.ok(isCountry(country), `${where(r)} country ${country}`);
        assert.match(source, /^hand(:.+)?$/, `${where(r)} source`);
        assert.equal(r.row.population, "", `${where(r)} population is for generated places`);
      }
    });
    it(`${name}: ids are wd:Q… (matching the wikidata column), rasid:<ascii-slug>, or gn:<id> taking up a generated place`, () => {
      for (const r of rows) {
        const { id, wikidata } = r.row;
        if (id.startsWith("gn:")) {
          assert.match(id, /^gn:[1-9]\d*$/, where(r));
          assert.ok(["GPE", "LOC", "FAC"].includes(r.row.type), `${where(r)} a GeoNames id names a place`);
        } else if (id.startsWith("wd:")) {
          assert.match(id, /^wd:Q[1-9]\d*$/, where(r));
          assert.equal(wikidata, id.slice(3), where(r));
        } else {
          assert.match(id, /^rasid:[a-z0-9][a-z0-9._-]*$/, where(r));
          assert.equal(wikidata, "", where(r));
        }
      }
    });
    it(`${name}: coordinates in range; places have them, people do not`, () => {
      for (const r of rows) {
        const { type, lat, lon } = r.row;
        if (type === "LOC" || type === "FAC" || (type === "GPE" && !file.endsWith("orgs.tsv"))) {
          assert.ok(lat && lon, `${where(r)} needs lat/lon`);
        }
        if (type === "PERSON") assert.ok(!lat && !lon, `${where(r)} person with coordinates`);
        if (lat || lon) {
          const [a, o] = [Number(lat), Number(lon)];
          assert.ok(Number.isFinite(a) && a >= -90 && a <= 90, `${where(r)} lat ${lat}`);
          assert.ok(Number.isFinite(o) && o >= -180 && o <= 180, `${where(r)} lon ${lon}`);
        }
      }
    });
    it(`${name}: no alias listed twice within an entity (after folding), none empty`, () => {
      for (const r of rows) {
        const names = [r.row.name, ...r.row.aliases.split("|")].filter((s) => s !== "");
        assert.equal(names.length, r.row.aliases ? r.row.aliases.split("|").length + 1 : 1, `${where(r)} empty alias`);
        const folded = names.map(normalize);
        const dup = folded.filter((s, i) => folded.indexOf(s) !== i);
        assert.deepEqual(dup, [], `${where(r)} repeats ${dup.join(", ")}`);
      }
    });
  }
  it("no id is used twice across the hand-written files", () => {
    const seen = new Map<string, string>();
    for (const r of allKb) {
      assert.ok(!seen.has(r.row.id), `${r.row.id} at ${where(r)} and ${seen.get(r.row.id)}`);
      seen.set(r.row.id, where(r));
    }
  });
  it("volume: the rows the recognizer relies on are there", () => {
    const count = (f: string) => kb.find((k) => k.file.endsWith(`${f}.tsv`))!.rows.length;
    assert.ok(count("people") >= 800, "people");
    assert.ok(count("orgs") >= 500, "orgs");
    assert.ok(count("media") >= 250, "media");
    assert.ok(count("regions") >= 200, "regions");
    assert.ok(count("facilities") >= 150, "facilities");
  });
});

describe("KB rows: the linking facts they encode", () => {
  const index = new Map<string, Set<string>>();
  for (const r of allKb) {
    for (const n of [r.row.name, ...r.row.aliases.split("|")].filter(Boolean)) {
      const k = normalize(n);
      if (!index.has(k)) index.set(k, new Set());
      index.get(k)!.add(r.row.id);
    }
  }
  const ids = (s: string) => [...(index.get(normalize(s)) ?? [])];
  const table: [string, string][] = [
    ["بوتين", "wd:Q7747"],
    ["فلاديمير بوتين", "wd:Q7747"],
    ["نتانياهو", "wd:Q43723"],
    ["نتنياهو", "wd:Q43723"],
    ["إردوغان", "wd:Q39259"],
    ["أبو مازن", "wd:Q127998"],
    ["داعش", "wd:Q2429253"],
    ["تنظيم الدولة", "wd:Q2429253"],
    ["الدولة الإسلامية", "wd:Q2429253"],
    ["ولاية خراسان", "rasid:iskp"],
    ["جبهة النصرة", "rasid:hts"],
    ["قسد", "rasid:sdf"],
    ["أنصار الله", "rasid:houthis"],
    ["الجارديان", "wd:Q11148"],
    ["بي بي سي", "wd:Q9531"],
    ["واس", "rasid:spa"],
    ["شبه جزيرة القرم", "wd:Q7835"],
    ["معبر رفح", "rasid:rafah-crossing"],
    ["كروكوس سيتي هول", "rasid:crocus-city-hall"],
  ];
  for (const [alias, id] of table) it(`${alias} → ${id}`, () => assert.deepEqual(ids(alias), [id]));
  it("an ISIS branch the press names apart is not ISIS", () => assert.notDeepEqual(ids("ولاية خراسان"), ids("داعش")));
});

describe("lexicons: format", () => {
  const lex = (f: string) => path.join(DATA, "lexicon", f);
  const check = (file: string, header: string[], each: (r: TsvRecord) => void) => {
    const lines = rawLines(file);
    assert.deepEqual(lines[0].cells, header);
    for (const { line, cells } of lines.slice(1)) assert.equal(cells.length, header.length, `${path.basename(file)}:${line}`);
    const rows = readTsv(file);
    for (const r of rows) { assert.match(r.row.source, /^hand(:.+)?$/, where(r)); each(r); }
    const keys = rows.map((r) => normalize(r.row[header[0]]));
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], `${path.basename(file)} repeats a ${header[0]}`);
    return rows;
  };
  it("titles.tsv: kind, implied type, gender", () => {
    const kinds = new Set(["political", "royal", "military", "security", "militant", "spokesperson", "spokesperson_of",
      "religious", "academic", "professional", "honorific"]);
    const rows = check(lex("titles.tsv"), ["title", "kind", "implies_type", "gender", "source"], (r) => {
      assert.ok(kinds.has(r.row.kind), `${where(r)} kind ${r.row.kind}`);
      assert.ok(TYPES.has(r.row.implies_type), where(r));
      assert.match(r.row.gender, /^[mfu]$/, where(r));
      if (r.row.kind === "spokesperson_of") assert.notEqual(r.row.implies_type, "PERSON", where(r));
    });
    assert.ok(rows.some((r) => r.row.gender === "f"), "feminine forms");
  });
  it("first-names.tsv: 1500+ single names with gender and origin", () => {
    const rows = check(lex("first-names.tsv"), ["name", "gender", "origin", "also_word", "source"], (r) => {
      assert.match(r.row.gender, /^[mfu]$/, where(r));
      assert.match(r.row.origin, /^[a-z-]+$/, where(r));
      assert.match(r.row.also_word, /^y?$/, where(r));
    });
    assert.ok(rows.length >= 1500, `${rows.length} names`);
  });
  it("org-heads.tsv: the type each head implies", () => {
    check(lex("org-heads.tsv"), ["head", "type", "source", "note"], (r) => {
      assert.ok(["ORG", "FAC", "LOC", "GPE"].includes(r.row.type), where(r));
      assert.ok(r.row.note, `${where(r)} note`);
    });
  });
});
