// `rasid kb add | lookup | check` run as a user would, on a temporary row file.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { rasid } from "../helpers/cli.ts";
import { readTsv } from "../../src/core/tsv.ts";
import { hasGeneratedKb } from "../../src/kb/load.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-kbcli-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, "mine.tsv");

describe("rasid kb add", () => {
  it("appends a validated row with a stable id", () => {
    const r = rasid(["kb", "add", "--type", "GPE", "--subtype", "town", "--name", "تل الزعتر", "--name-en", "Tell al-Zaatar",
      "--aliases", "تل زعتر", "--country", "SY", "--lat", "35.10", "--lon", "36.70", "--source", "hand: test", "--file", file]);
    assert.equal(r.status, 0, r.stderr);
    const rows = readTsv(file).map((x) => x.row);
    assert.deepEqual([rows[0].id, rows[0].name, rows[0].aliases, rows[0].country], ["rasid:tell-al-zaatar", "تل الزعتر", "تل زعتر", "SY"]);
  });
  it("makes an id from the Arabic name when no English one is given", () => {
    const r = rasid(["kb", "add", "--type", "PERSON", "--name", "سامر خليل", "--file", file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readTsv(file).at(-1)!.row.id, "rasid:samr-khlyl");
  });
  const refused: [string, string[], RegExp][] = [
    ["a bad type", ["--type", "PERSN", "--name", "س"], /type "PERSN"/],
    ["a point outside the country", ["--type", "GPE", "--name", "ع", "--name-en", "Elsewhere", "--country", "SY", "--lat", "30.04", "--lon", "31.24"], /km outside SY/],
    ["an id already taken", ["--type", "GPE", "--name", "ت", "--name-en", "Tell al-Zaatar", "--country", "SY"], /already exists/],
  ];
  for (const [what, args, reason] of refused) {
    it(`refuses ${what} with E_KB_ROW and leaves the file alone`, () => {
      const before = fs.readFileSync(file, "utf8");
      const r = rasid(["kb", "add", ...args, "--file", file]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, reason);
      assert.match(r.stderr, /\[E_KB_ROW\]/);
      assert.equal(fs.readFileSync(file, "utf8"), before);
    });
  }
});

describe("rasid kb lookup", { skip: !hasGeneratedKb() && "the build step has not run" }, () => {
  it("resolves names and adjectives as the recognizer would", () => {
    const r = rasid(["kb", "lookup", "--json", "سورية", "الروسية", "كلمةغيرموجودة"]);
    assert.equal(r.status, 0, r.stderr);
    const [syria, russian, none] = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(syria.matches[0].id, "wd:Q858");
    assert.equal(russian.adjective[0].id, "wd:Q159");
    assert.deepEqual([none.matches, none.adjective], [[], []]);
  });
});

describe("rasid kb check", () => {
  const header = "id\ttype\tsubtype\tname\tname_en\taliases\tadjectives\tcountry\tlat\tlon\tpopulation\twikidata\tsource\n";
  const kbDir = (name: string, rows: string) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "places.tsv"), header + rows);
    return dir;
  };
  it("exits 0 on good rows and prints a summary", () => {
    const dir = kbDir("good", "wd:Q858\tGPE\tcountry\tسوريا\tSyria\t\t\tSY\t35\t38\t\t\thand\nrasid:t\tGPE\ttown\tتل\t\t\t\tSY\t35.1\t36.7\t\t\thand\n");
    const r = rasid(["kb", "check", "--dir", dir]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /rasid kb check: 1 files, 2 entries, .* 0 errors, 0 warnings; 2 places geo-checked/);
  });
  it("exits 1 and lists each bad row by file:line", () => {
    const dir = kbDir("bad", "wd:Q858\tGPE\tcountry\tسوريا\tSyria\t\t\tSY\t35\t38\t\t\thand\nrasid:t\tGPE\ttown\tتل\t\t\t\tSY\t30.04\t31.24\t\t\thand\nrasid:u\tORG\t\tمنظمة\t\t\t\tSU\t\t\t\t\t\n");
    const r = rasid(["kb", "check", "--dir", dir]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split("\n");
    assert.match(lines[0], /places\.tsv:4: rasid:u: source is empty/);
    assert.match(r.stdout, /places\.tsv:3: rasid:t: lat\/lon 30\.04,31\.24 is \d+ km outside SY \[error\]/);
  });
});
