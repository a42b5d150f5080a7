// The compiled KB cache (src/kb/cache.ts): a second load reads the cache and answers exactly as
// the compiled rows do; editing a row file (or a bad row) is seen at once, never a stale answer.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { formatTsv } from "../../src/core/tsv.ts";
import { kbKey } from "../../src/kb/keys.ts";
import { loadKbFrom } from "../../src/kb/load.ts";
import { KB_COLUMNS } from "../../src/kb/row.ts";

const row = (r: Partial<Record<(typeof KB_COLUMNS)[number], string>>) => ({ subtype: "", name_en: "", aliases: "", adjectives: "", country: "", lat: "", lon: "", population: "", wikidata: "", source: "test", ...r });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-kbcache-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const rows = [
  row({ id: "rasid:islamic-state", type: "ORG", subtype: "militant_group", name: "تنظيم الدولة الإسلامية", name_en: "Islamic State", aliases: "داعش|تنظيم الدولة" }),
  row({ id: "wd:Q159", type: "GPE", subtype: "country", name: "روسيا", adjectives: "روسي|الروسية", country: "RU", lat: "61.5", lon: "105.3" }),
];
const generated = [
  row({ id: "gn:172955", type: "GPE", subtype: "city", name: "الرقة", country: "SY", lat: "35.95", lon: "39.01", population: "177636", source: "geonames" }),
  row({ id: "gn:1", type: "GPE", subtype: "town", name: "عند", country: "YE", lat: "15.0", lon: "44.0", source: "geonames" }),
];
const dir = path.join(tmp, "kb");
fs.mkdirSync(path.join(dir, "generated"), { recursive: true });
const orgs = path.join(dir, "orgs.tsv");
fs.writeFileSync(orgs, formatTsv([...KB_COLUMNS], rows as never[]));
fs.writeFileSync(path.join(dir, "generated", "cities.tsv"), formatTsv([...KB_COLUMNS], generated as never[]));
fs.writeFileSync(path.join(dir, "common-words.tsv"), "word\tkind\tsource\nعند\tstop\thand\n");
const cacheFile = path.join(dir, "generated", "kb-index.json");

/** Everything a recognizer can ask of the KB, for these names. */
function answers(kb: ReturnType<typeof loadKbFrom>["kb"]) {
  return ["داعش", "تنظيم الدولة", "الرقة", "رقة", "عند", "روسيا", "الروسية", "تنظيم"].map((n) => {
    const k = kbKey(n);
    return [n, kb.matches(k).map((m) => `${m.entry.id}:${m.via}`), kb.adjective(k).map((e) => e.id), kb.commonWord(k), kb.hasPrefix(k), kb.continues(k)];
  });
}

describe("compiled KB cache", () => {
  const fresh = loadKbFrom({ dir, cache: false });
  it("is written on the first load", () => {
    assert.equal(fs.existsSync(cacheFile), false);
    loadKbFrom({ dir, cache: true });
    assert.equal(fs.existsSync(cacheFile), true);
  });
  it("answers as the compiled rows do", () => {
    const cached = loadKbFrom({ dir, cache: true });
    assert.deepEqual(answers(cached.kb), answers(fresh.kb));
    assert.deepEqual(cached.kb.entries, fresh.kb.entries);
    assert.deepEqual(cached.kb.stats, fresh.kb.stats);
    assert.equal(cached.kb.maxAliasTokens, fresh.kb.maxAliasTokens);
  });
  it("sees an edited row file at once", () => {
    fs.writeFileSync(orgs, formatTsv([...KB_COLUMNS], [...rows, row({ id: "rasid:hezbollah", type: "ORG", name: "حزب الله" })] as never[]));
    const kb = loadKbFrom({ dir, cache: true }).kb;
    assert.deepEqual(kb.lookup(kbKey("حزب الله")).map((e) => e.id), ["rasid:hezbollah"]);
  });
  it("still reports a bad row after caching it", () => {
    fs.writeFileSync(orgs, formatTsv([...KB_COLUMNS], [...rows, row({ id: "bad id", type: "ORG", name: "x" })] as never[]));
    assert.throws(() => loadKbFrom({ dir, cache: true }), /bad knowledge-base row/);
    assert.throws(() => loadKbFrom({ dir, cache: true }), /bad knowledge-base row/);
    assert.equal(loadKbFrom({ dir, cache: true, onProblem: "collect" }).problems.length, 1);
  });
  it("is UTF-16 text (read back by a copy, not a UTF-8 decode), and an older UTF-8 cache is rebuilt, not misread", () => {
    fs.writeFileSync(orgs, formatTsv([...KB_COLUMNS], rows as never[]));
    loadKbFrom({ dir, cache: true });
    const text = fs.readFileSync(cacheFile).toString("utf16le");
    assert.match(JSON.parse(text).format, /^rasid\.kb-cache\//);
    fs.writeFileSync(cacheFile, text, "utf8"); // the same cache, as the older format wrote it
    assert.deepEqual(answers(loadKbFrom({ dir, cache: true }).kb), answers(fresh.kb));
    assert.equal(fs.readFileSync(cacheFile).toString("utf16le"), text);
  });
  it("ignores a damaged cache file", () => {
    fs.writeFileSync(orgs, formatTsv([...KB_COLUMNS], rows as never[]));
    loadKbFrom({ dir, cache: true });
    fs.writeFileSync(cacheFile, "{ not json");
    assert.deepEqual(answers(loadKbFrom({ dir, cache: true }).kb), answers(fresh.kb));
  });
});
