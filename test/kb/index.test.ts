// The compiled index over a small KB written here: lookups by name, alias and ال-less form,
// adjectives, multi-word prefixes, hand rows taking up generated ones, and typed errors.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { RasidError } from "../../src/core/errors.ts";
import { formatTsv } from "../../src/core/tsv.ts";
import { kbKey } from "../../src/kb/keys.ts";
import { loadKbFrom } from "../../src/kb/load.ts";
import { KB_COLUMNS } from "../../src/kb/row.ts";

const row = (r: Partial<Record<(typeof KB_COLUMNS)[number], string>>) => ({ subtype: "", name_en: "", aliases: "", adjectives: "", country: "", lat: "", lon: "", population: "", wikidata: "", source: "test", ...r });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-kb-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function kbDir(name: string, hand: object[], generated: object[] = [], extra: Record<string, string> = {}): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, "generated"), { recursive: true });
  fs.writeFileSync(path.join(dir, "orgs.tsv"), formatTsv([...KB_COLUMNS], hand as never[]));
  fs.writeFileSync(path.join(dir, "generated", "cities.tsv"), formatTsv([...KB_COLUMNS], generated as never[]));
  for (const [f, content] of Object.entries(extra)) fs.writeFileSync(path.join(dir, f), content);
  return dir;
}

const dir = kbDir("ok", [
  row({ id: "rasid:islamic-state", type: "ORG", subtype: "militant_group", name: "تنظيم الدولة الإسلامية", name_en: "Islamic State", aliases: "داعش|تنظيم الدولة|الدولة الإسلامية|ISIS" }),
  row({ id: "wd:Q159", type: "GPE", subtype: "country", name: "روسيا", adjectives: "روسي|روسية|الروسي|الروسية|الروس", country: "RU", lat: "61.5", lon: "105.3" }),
  row({ id: "gn:172955", type: "GPE", subtype: "city", name: "الرقة", aliases: "الرقه الشرقية", source: "hand: corrected name" }),
], [
  row({ id: "gn:172955", type: "GPE", subtype: "city", name: "الرقة", aliases: "رقة", country: "SY", lat: "35.95", lon: "39.01", population: "177636", source: "geonames" }),
  row({ id: "gn:285728", type: "GPE", subtype: "town", name: "الرقة", country: "KW", lat: "29.14", lon: "48.09", population: "52068", source: "geonames" }),
  row({ id: "gn:1", type: "GPE", subtype: "town", name: "عند", country: "YE", lat: "15.0", lon: "44.0", source: "geonames" }),
], { "common-words.tsv": "word\tkind\tsource\nعند\tstop\thand\n" });

describe("compiled KB index", () => {
  const { kb, problems } = loadKbFrom({ dir });
  it("loads without problems", () => assert.deepEqual(problems, []));
  const table: [string, string[]][] = [
    ["داعش", ["rasid:islamic-state"]],
    ["تنظيم الدولة", ["rasid:islamic-state"]],
    ["الدولة الاسلامية", ["rasid:islamic-state"]],   // hamza folded
    ["isis", ["rasid:islamic-state"]],
    ["الرقة", ["gn:172955", "gn:285728"]],           // homonyms: both, hand-corrected one first
    ["رقة", ["gn:172955", "gn:285728"]],             // written without ال
    ["موسكو", []],
  ];
  for (const [name, ids] of table) {
    it(`lookup ${name}`, () => assert.deepEqual(kb.lookup(kbKey(name)).map((e) => e.id).sort(), ids.sort()));
  }
  it("says how a key matched", () => {
    assert.deepEqual(kb.matches(kbKey("رقة")).map((m) => `${m.entry.id}:${m.via}`), ["gn:172955:alias", "gn:285728:bare"]);
  });
  it("maps nationality adjectives to their country", () => {
    for (const a of ["الروسية", "الروس", "روسي"]) assert.deepEqual(kb.adjective(kbKey(a)).map((e) => e.id), ["wd:Q159"], a);
    assert.deepEqual(kb.adjective(kbKey("روسيا")), []);
  });
  it("knows multi-word prefixes and the longest name", () => {
    assert.equal(kb.hasPrefix(kbKey("تنظيم")), true);
    assert.equal(kb.hasPrefix(kbKey("تنظيم الدولة")), true);
    assert.equal(kb.hasPrefix(kbKey("داعش")), false);
    assert.equal(kb.maxAliasTokens, 3);
  });
  // a token after the first of some multi-word key: a name may go on with it
  const goesOn: [string, boolean][] = [["الدولة", true], ["الإسلامية", true], ["الشرقية", true], ["تنظيم", false], ["داعش", false], ["الرقة", false]];
  for (const [token, expected] of goesOn) it(`continues(${token}) is ${expected}`, () => assert.equal(kb.continues(kbKey(token)), expected));
  it("merges a hand row into the generated row with its id", () => {
    const e = kb.byId("gn:172955")!;
    assert.equal(e.population, 177636);
    assert.deepEqual(e.aliases.sort(), ["الرقه الشرقية", "رقة"].sort());
    assert.match(e.source, /hand: corrected name; geonames/);
  });
  it("flags ordinary words", () => {
    assert.equal(kb.commonWord(kbKey("عند")), "stop");
    assert.equal(kb.commonWord(kbKey("الرقة")), null);
  });
});

describe("bad rows", () => {
  it("throws E_KB_ROW naming file:line and the reason", () => {
    const bad = kbDir("bad", [row({ id: "rasid:a", type: "PERSON", name: "أ" }), row({ id: "rasid:b", type: "PERSN", name: "ب" })]);
    assert.throws(() => loadKbFrom({ dir: bad }), (e: unknown) =>
      e instanceof RasidError && e.code === "E_KB_ROW" && /orgs\.tsv:3$/.test(e.input ?? "") && /type "PERSN"/.test(e.message));
  });
  it("reports duplicate ids within hand files, and collects everything when asked", () => {
    const dup = kbDir("dup", [row({ id: "rasid:a", type: "PERSON", name: "أ" }), row({ id: "rasid:a", type: "PERSON", name: "ب" }), row({ id: "x", type: "ORG", name: "ج", source: "" })]);
    const { problems, kb } = loadKbFrom({ dir: dup, onProblem: "collect" });
    assert.deepEqual([...new Set(problems.map((p) => p.line))], [3, 4]);
    assert.match(problems[0].reason, /duplicate id \(first at .*orgs\.tsv:2\)/);
    assert.equal(kb.entries.length, 1);
  });
});
